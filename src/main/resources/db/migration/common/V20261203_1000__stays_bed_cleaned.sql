-- Bed turnaround in three steps (issue 11 §2: discharge → cleaning done → bed ready): a bed whose cleaning is done
-- is CLEANED until staff mark it ready (FREE). The status check constraint is replaced by one naming it too.

ALTER TABLE bed DROP CONSTRAINT bed_status_ck;
ALTER TABLE bed ADD CONSTRAINT bed_status_ck CHECK (status IN ('FREE','OCCUPIED','RESERVED','CLEANING','CLEANED','BLOCKED'));

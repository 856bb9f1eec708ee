-- A bed's isolation (issue 11 §2), whatever its status: HL7 v2 table 0116 I (isolated) and K (contaminated), set by
-- the bed manager or by the ADT feed (A20). NULL: no isolation.
ALTER TABLE bed ADD COLUMN isolation VARCHAR(12);
ALTER TABLE bed ADD COLUMN isolation_reason VARCHAR(200);
ALTER TABLE bed ADD CONSTRAINT bed_isolation_ck CHECK (isolation IS NULL OR isolation IN ('ISOLATED','CONTAMINATED'));

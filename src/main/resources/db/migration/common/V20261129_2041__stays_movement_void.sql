-- Stays: a movement recorded by mistake (a discharge) is cancelled by voiding it with its reason, never deleted;
-- who voided it and when go to the audit columns changed_by / changed_at.
ALTER TABLE movement ADD COLUMN voided BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE movement ADD COLUMN void_reason VARCHAR(200);
ALTER TABLE movement ADD COLUMN changed_at TIMESTAMP;
ALTER TABLE movement ADD COLUMN changed_by VARCHAR(60);

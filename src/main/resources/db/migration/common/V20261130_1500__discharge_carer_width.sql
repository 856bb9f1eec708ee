-- The carer column was two characters too narrow for its longest code, FAMILY_AND_PROFESSIONAL (23 characters).
ALTER TABLE discharge_plan ALTER COLUMN carer SET DATA TYPE VARCHAR(30);

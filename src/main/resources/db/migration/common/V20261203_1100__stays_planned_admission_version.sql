-- A planned admission's version, raised by every change: an edit made on what was read before another change (the
-- ADT feed's A05/A14, another bed manager) is refused instead of overwriting it (API If-Match, the form's version).
ALTER TABLE planned_admission ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;

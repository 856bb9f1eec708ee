-- A partner's territory (radius in km around its site, served at home or recruited from) and the date its
-- partnership agreement was signed (set when a prospect becomes an active partner).
ALTER TABLE organisation ADD COLUMN service_radius_km INTEGER;
ALTER TABLE organisation ADD COLUMN agreement_date DATE;
ALTER TABLE organisation ADD CONSTRAINT organisation_radius_ck CHECK (service_radius_km IS NULL OR service_radius_km BETWEEN 1 AND 500);

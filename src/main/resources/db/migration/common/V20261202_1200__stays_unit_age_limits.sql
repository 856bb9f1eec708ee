-- A unit may take patients of some ages only (a paediatric unit, an adult unit, a geriatric unit): the placement
-- optimiser's hard rules departmentMinimumAge / departmentMaximumAge. Null: no limit on that side.
ALTER TABLE unit ADD COLUMN min_age INTEGER;
ALTER TABLE unit ADD COLUMN max_age INTEGER;
ALTER TABLE unit ADD CONSTRAINT unit_min_age_ck CHECK (min_age BETWEEN 0 AND 150);
ALTER TABLE unit ADD CONSTRAINT unit_max_age_ck CHECK (max_age BETWEEN 0 AND 150);
ALTER TABLE unit ADD CONSTRAINT unit_age_range_ck CHECK (min_age IS NULL OR max_age IS NULL OR min_age <= max_age);

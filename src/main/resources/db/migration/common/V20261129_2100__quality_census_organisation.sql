-- Quality: one row per organisation whose census was rebuilt from the stays read API. It serialises rebuilds of an
-- organisation (row lock) and tells the start-up backfill which organisations were never rebuilt (a database that
-- held stays before the census existed).
CREATE TABLE census_organisation (
    organisation_id  BIGINT    NOT NULL PRIMARY KEY,
    rebuilt_at       TIMESTAMP NOT NULL
);

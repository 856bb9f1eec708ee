-- The organisations whose stays were given their discharge plans in bulk (a bulk load's StaysLoaded, or the start-up
-- back-fill of stays that predate the discharge module): the back-fill passes over them.
CREATE TABLE discharge_plan_sync (
    organisation_id  BIGINT     PRIMARY KEY,
    synced_at        TIMESTAMP  NOT NULL
);

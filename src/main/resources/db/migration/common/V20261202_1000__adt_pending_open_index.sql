-- The monitor lists a hospital's open announced movements by expected time (adt/monitor/PendingQueries).
CREATE INDEX adt_pending_open_ix ON adt_pending (organisation_id, status, expected_at);

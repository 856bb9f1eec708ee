-- An A17 (swap) names a second visit: kept on the message, so that a swap waiting for that visit's stay is tried
-- again when it is admitted (adt/feed/WaitingRetry).
ALTER TABLE adt_message ADD COLUMN other_visit VARCHAR(64);

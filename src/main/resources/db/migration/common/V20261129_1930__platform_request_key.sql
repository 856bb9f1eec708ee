-- Keys of requests that must take effect once (a double click, a client retrying after a time-out): the first
-- request stores its result, a repeat with the same key gets that result back. Kept a week.
CREATE TABLE request_key (
    actor        VARCHAR(80)  NOT NULL,
    request_key  VARCHAR(100) NOT NULL,
    operation    VARCHAR(60)  NOT NULL,
    fingerprint  VARCHAR(64)  NOT NULL,
    result       VARCHAR(100),
    created_at   TIMESTAMP    NOT NULL,
    PRIMARY KEY (actor, request_key)
);
CREATE INDEX request_key_created_ix ON request_key (created_at);

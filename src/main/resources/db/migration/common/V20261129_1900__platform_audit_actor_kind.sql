-- Who acted: a signed-in person or a named system actor (interface feed, import, scheduled job).
ALTER TABLE audit_event ADD COLUMN actor_kind VARCHAR(10) DEFAULT 'PERSON' NOT NULL;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_actor_kind_ck CHECK (actor_kind IN ('PERSON', 'SYSTEM'));

-- PostgreSQL-only guards (H2 has no partial indexes nor PL/pgSQL).

-- At most one patient in hospital per bed, whatever the application does.
CREATE UNIQUE INDEX stay_bed_in_hospital_uk ON stay (bed_id) WHERE status = 'IN_HOSPITAL';

-- The audit log is append-only.
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END;
$$;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

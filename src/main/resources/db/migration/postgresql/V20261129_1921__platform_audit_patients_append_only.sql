-- The patients of an audit entry are append-only, like the entry itself.
CREATE TRIGGER audit_event_patient_no_update BEFORE UPDATE OR DELETE ON audit_event_patient
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

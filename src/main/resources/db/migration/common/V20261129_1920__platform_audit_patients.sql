-- One audit entry per view of a list (stays list, bed board): the patients it showed are listed here, one narrow
-- row each, instead of one whole audit entry per patient. A single-patient entry keeps audit_event.patient_id.
CREATE TABLE audit_event_patient (
    event_id    BIGINT NOT NULL REFERENCES audit_event (id),
    patient_id  BIGINT NOT NULL,
    PRIMARY KEY (event_id, patient_id)
);
CREATE INDEX audit_event_patient_by_patient_ix ON audit_event_patient (patient_id);
CREATE INDEX audit_event_org_ix ON audit_event (organisation_id, id);

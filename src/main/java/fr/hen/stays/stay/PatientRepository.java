package fr.hen.stays.stay;

import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Patients of a hospital, found by MRN within the organisation and created with their audit columns. */
@Repository
class PatientRepository {

  record Patient(long id, PatientIdentity identity) {}

  private final JdbcClient jdbc;

  PatientRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The patient with this MRN in the organisation, locked until the end of the transaction. */
  Optional<Patient> lockByMrn(long organisationId, String mrn) {
    return jdbc.sql("""
            SELECT id, mrn, family_name, given_name, birth_date, sex FROM patient
            WHERE organisation_id = :org AND mrn = :mrn AND voided = FALSE FOR UPDATE""")
        .param("org", organisationId).param("mrn", mrn)
        .query((rs, n) -> new Patient(rs.getLong("id"), new PatientIdentity(rs.getString("mrn"),
            rs.getString("family_name"), rs.getString("given_name"), rs.getObject("birth_date",
            java.time.LocalDate.class), Sex.valueOf(rs.getString("sex")))))
        .optional();
  }

  long insert(long organisationId, PatientIdentity p, String username, LocalDateTime now) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO patient (organisation_id, mrn, family_name, given_name, birth_date, sex, created_at, created_by)
            VALUES (:org, :mrn, :family, :given, :birth, :sex, :now, :user)""")
        .param("org", organisationId).param("mrn", p.mrn()).param("family", p.familyName())
        .param("given", p.givenName()).param("birth", p.birthDate()).param("sex", p.sex().name())
        .param("now", now).param("user", username)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  boolean inHospital(long organisationId, long patientId) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM stay
            WHERE organisation_id = :org AND patient_id = :patient AND status = 'IN_HOSPITAL' AND voided = FALSE""")
        .param("org", organisationId).param("patient", patientId).query(Long.class).single() > 0;
  }

  Sex sexOf(long organisationId, long patientId) {
    return Sex.valueOf(jdbc.sql("SELECT sex FROM patient WHERE id = :id AND organisation_id = :org")
        .param("id", patientId).param("org", organisationId).query(String.class).single());
  }

  /** Locks the patient until the end of the transaction, so that an admission of the same patient waits. */
  void lock(long organisationId, long patientId) {
    jdbc.sql("SELECT id FROM patient WHERE id = :id AND organisation_id = :org FOR UPDATE")
        .param("id", patientId).param("org", organisationId).query(Long.class).single();
  }
}

package fr.hen.stays.stay;

import fr.hen.stays.HospitalFeed.FeedPlace;
import fr.hen.stays.HospitalFeed.FeedStay;
import fr.hen.stays.StayStatus;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The feed's look-ups by its own identifiers (visit number, place codes); scoped to the organisation in SQL. */
@Repository
class FeedQueries {

  private final JdbcClient jdbc;

  FeedQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<FeedStay> stay(long organisationId, String visitNumber) {
    return jdbc.sql("""
            SELECT s.id, s.status, u.code AS unit, r.code AS room, b.code AS bed
            FROM stay s JOIN unit u ON u.id = s.unit_id LEFT JOIN bed b ON b.id = s.bed_id
                 LEFT JOIN room r ON r.id = b.room_id
            WHERE s.organisation_id = :org AND s.external_id = :visit AND s.voided = FALSE""")
        .param("org", organisationId).param("visit", visitNumber)
        .query((rs, n) -> new FeedStay(rs.getLong("id"), StayStatus.valueOf(rs.getString("status")),
            new FeedPlace(rs.getString("unit"), rs.getString("room"), rs.getString("bed"))))
        .optional();
  }

  /** The bed of the organisation at this place (unit, room and bed codes as sent, unit case ignored). */
  Optional<Long> bed(long organisationId, FeedPlace place) {
    return jdbc.sql("""
            SELECT b.id FROM bed b JOIN room r ON r.id = b.room_id JOIN unit u ON u.id = r.unit_id
            WHERE u.organisation_id = :org AND u.code = :unit AND r.code = :room AND b.code = :bed""")
        .param("org", organisationId).param("unit", place.unit().toUpperCase(java.util.Locale.ROOT))
        .param("room", place.room()).param("bed", place.bed())
        .query(Long.class).optional();
  }


  /** Gives the visit number to the in-hospital stay of this MRN that has none; true when one took it. */
  boolean adopt(long organisationId, String visitNumber, String mrn) {
    return jdbc.sql("""
            UPDATE stay SET external_id = :visit
            WHERE organisation_id = :org AND external_id IS NULL AND status = 'IN_HOSPITAL' AND voided = FALSE
              AND patient_id = (SELECT id FROM patient WHERE organisation_id = :org AND mrn = :mrn AND voided = FALSE)""")
        .param("visit", visitNumber).param("org", organisationId).param("mrn", mrn).update() == 1;
  }

  Optional<String> visitNumber(long organisationId, long stayId) {
    return jdbc.sql("SELECT external_id FROM stay WHERE id = :id AND organisation_id = :org AND voided = FALSE")
        .param("id", stayId).param("org", organisationId).query(String.class).optional()
        .filter(v -> v != null && !v.isBlank());
  }

  Optional<Long> patient(long organisationId, String mrn) {
    return jdbc.sql("SELECT id FROM patient WHERE organisation_id = :org AND mrn = :mrn AND voided = FALSE")
        .param("org", organisationId).param("mrn", mrn).query(Long.class).optional();
  }

  /** A voided stay keeps its visit number with its id appended, so that the number can be admitted again. */
  void retireExternalId(long stayId) {
    jdbc.sql("UPDATE stay SET external_id = CONCAT(external_id, '~', CAST(id AS VARCHAR(20))) WHERE id = :id")
        .param("id", stayId).update();
  }

  /** Takes the stay out of its bed for an exchange of beds (the one-stay-per-bed index holds meanwhile). */
  void leaveBed(long stayId) {
    jdbc.sql("UPDATE stay SET bed_id = NULL WHERE id = :id").param("id", stayId).update();
  }

  void updatePatient(long patientId, PatientIdentity identity, String username, LocalDateTime now) {
    jdbc.sql("""
            UPDATE patient SET family_name = :family, given_name = :given, birth_date = :birth, sex = :sex,
                               changed_at = :now, changed_by = :user
            WHERE id = :id""")
        .param("family", identity.familyName()).param("given", identity.givenName())
        .param("birth", identity.birthDate()).param("sex", identity.sex().name()).param("now", now)
        .param("user", username).param("id", patientId).update();
  }

  /** The movement id and beds of the stay's last transfer not voided, if it is its last movement. */
  record LastTransfer(long movementId, String kind, long fromBedId, long toBedId, LocalDateTime recordedAt) {}

  Optional<LastTransfer> lastTransfer(long stayId) {
    return jdbc.sql("""
            SELECT id, kind, from_bed_id, to_bed_id, created_at FROM movement
            WHERE stay_id = :stay AND voided = FALSE ORDER BY occurred_at DESC, id DESC LIMIT 1""")
        .param("stay", stayId)
        .query((rs, n) -> new LastTransfer(rs.getLong("id"), rs.getString("kind"), rs.getLong("from_bed_id"),
            rs.getLong("to_bed_id"), rs.getObject("created_at", LocalDateTime.class)))
        .optional().filter(m -> "TRANSFER".equals(m.kind()));
  }
}

package fr.hen.discharge;

import fr.hen.stays.StaysFixture;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Writes discharge data straight into the tables for tests: capabilities, partners with coordinates, territory and
 * capacities, plan rows and referrals (with their file).
 */
public final class DischargeFixture {

  private final JdbcClient jdbc;

  public DischargeFixture(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A new capability of the catalogue, so that only a test's own partners cover it; returns its code. */
  public String capability() {
    String code = StaysFixture.unique("CAP_").toUpperCase();
    jdbc.sql("INSERT INTO capability (code, label_fr, label_en) VALUES (?, ?, ?)")
        .params(code, "Capacité " + code, "Capability " + code).update();
    return code;
  }

  /** An organisation with coordinates, postcode, territory radius and partnership status; returns its id. */
  public long organisation(String code, String type, Double latitude, Double longitude, String postcode,
      Integer radiusKm, String status) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO organisation (code, type, name, city, postcode, latitude, longitude, service_radius_km,
                partnership_status, answer_delay_hours, created_at, updated_at)
            VALUES (:code, :type, :name, 'Lille', :postcode, :lat, :lon, :radius, :status, 48, CURRENT_TIMESTAMP,
                CURRENT_TIMESTAMP)""")
        .param("code", code).param("type", type).param("name", "Structure " + code).param("postcode", postcode)
        .param("lat", latitude).param("lon", longitude).param("radius", radiusKm).param("status", status)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public void capacity(long organisationId, String capability, int places, int free, LocalDateTime declaredAt) {
    jdbc.sql("""
            INSERT INTO organisation_capability (organisation_id, capability_code, places, free_places,
                capacity_status, declared_at) VALUES (?, ?, ?, ?, 'AVAILABLE', ?)""")
        .params(organisationId, capability, places, free, declaredAt).update();
  }

  /** The plan row of a stay (what the plan part writes when a patient is admitted). */
  public void plan(long stayId, long organisationId, String needs, String homePostcode, String homeTown,
      String destinationType, LocalDate edd, LocalDateTime medicallyReadyAt) {
    long patient = jdbc.sql("SELECT patient_id FROM stay WHERE id = ?").param(stayId).query(Long.class).single();
    LocalDateTime admitted = jdbc.sql("SELECT admitted_at FROM stay WHERE id = ?").param(stayId)
        .query(LocalDateTime.class).single();
    jdbc.sql("""
            INSERT INTO discharge_plan (stay_id, organisation_id, patient_id, admitted_at, status,
                expected_discharge_date, medically_ready_at, needs, home_postcode, home_town, destination_type,
                created_at, updated_at)
            VALUES (:stay, :org, :patient, :admitted, 'IN_HOSPITAL', :edd, :ready, :needs, :postcode, :town, :dest,
                CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
        .param("stay", stayId).param("org", organisationId).param("patient", patient).param("admitted", admitted)
        .param("edd", edd).param("ready", medicallyReadyAt).param("needs", needs).param("postcode", homePostcode)
        .param("town", homeTown).param("dest", destinationType).update();
  }

  /**
   * A referral of a stay to a partner in a status, sent at a time; answered (accepted or refused) an hour later
   * when the status says so.
   */
  public long referral(long organisationId, long stayId, long partnerId, String partnerType, String status,
      LocalDateTime sentAt) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO referral_file (organisation_id, stay_id, patient_id, patient_name, birth_date, sex, summary,
                created_at, created_by)
            VALUES (:org, :stay, 0, 'MARTIN Jeanne', DATE '1950-02-03', 'F', 'Résumé', :at, 'fixture')""")
        .param("org", organisationId).param("stay", stayId).param("at", sentAt).update(keys, "id");
    long file = keys.getKey().longValue();
    boolean accepted = status.equals("ACCEPTED") || status.equals("CONFIRMED") || status.equals("TRANSFERRED");
    boolean refused = status.equals("REFUSED");
    LocalDateTime answered = accepted || refused || status.equals("INFO_REQUESTED") ? sentAt.plusHours(1) : null;
    GeneratedKeyHolder ids = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO referral (file_id, organisation_id, stay_id, partner_id, partner_code, partner_type, status,
                sent_at, answered_at, accepted_at, refused_at, refusal_reason, created_at, updated_at)
            VALUES (:file, :org, :stay, :partner, (SELECT code FROM organisation WHERE id = :partner), :type, :status,
                :sent, :answered, :accepted, :refused, :reason, :sent, :sent)""")
        .param("file", file).param("org", organisationId).param("stay", stayId).param("partner", partnerId)
        .param("type", partnerType).param("status", status).param("sent", sentAt).param("answered", answered)
        .param("accepted", accepted ? answered : null).param("refused", refused ? answered : null)
        .param("reason", refused ? "NO_CAPACITY" : null).update(ids, "id");
    return ids.getKey().longValue();
  }
}

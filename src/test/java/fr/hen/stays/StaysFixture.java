package fr.hen.stays;

import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Creates organisations, units, rooms and beds with unique codes, and users of a given organisation. */
public final class StaysFixture {

  private static final AtomicLong USER_IDS = new AtomicLong(1_000_000);

  private final JdbcClient jdbc;

  public StaysFixture(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  public static HenUser user(long organisationId, Role... roles) {
    long id = USER_IDS.incrementAndGet();
    return new HenUser(id, "user" + id, "{noop}x", "Test user " + id, organisationId, List.of(roles), true, false);
  }

  public long organisation(String type) {
    return insert("""
        INSERT INTO organisation (code, type, name, city, partnership_status, created_at, updated_at)
        VALUES (:code, :type, :code, 'Lille', 'ACTIVE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""",
        "code", unique("ORG-"), "type", type);
  }

  public long unit(long organisationId, String code) {
    return insert("""
        INSERT INTO unit (organisation_id, code, name, specialism) VALUES (:org, :code, :name, 'INTERNAL_MEDICINE')""",
        "org", organisationId, "code", code, "name", "Unit " + code);
  }

  public long room(long unitId, String code, String genderPolicy) {
    return insert("""
        INSERT INTO room (unit_id, code, capacity, gender_policy) VALUES (:unit, :code, 2, :policy)""",
        "unit", unitId, "code", code, "policy", genderPolicy);
  }

  public long bed(long roomId, String code, String status, String blockedReason) {
    return insert("""
        INSERT INTO bed (room_id, code, status, blocked_reason, status_changed_at)
        VALUES (:room, :code, :status, :reason, CURRENT_TIMESTAMP)""",
        "room", roomId, "code", code, "status", status, "reason", blockedReason);
  }

  /** A unit with one room of policy ANY holding one free bed; returns the bed id. */
  public long freeBed(long organisationId, String unitCode) {
    long unit = unit(organisationId, unitCode);
    return bed(room(unit, "101", "ANY"), "A", "FREE", null);
  }

  /** A patient admitted at a time into a bed of a unit, written straight into the tables; returns the stay id. */
  public long admittedStay(long organisationId, long unitId, long bedId, java.time.LocalDateTime at) {
    long patient = insert("""
        INSERT INTO patient (organisation_id, mrn, family_name, given_name, birth_date, sex, created_at, created_by)
        VALUES (:org, :mrn, 'Martin', 'Jeanne', DATE '1950-02-03', 'F', CURRENT_TIMESTAMP, 'fixture')""",
        "org", organisationId, "mrn", unique("M"));
    long stay = insert("""
        INSERT INTO stay (organisation_id, patient_id, status, unit_id, bed_id, admitted_at, admission_source,
                          created_at, created_by)
        VALUES (:org, :patient, 'IN_HOSPITAL', :unit, :bed, :at, 'EMERGENCY', CURRENT_TIMESTAMP, 'fixture')""",
        "org", organisationId, "patient", patient, "unit", unitId, "bed", bedId, "at", at);
    insert("""
        INSERT INTO movement (stay_id, kind, occurred_at, to_unit_id, to_bed_id, created_at, created_by)
        VALUES (:stay, 'ADMISSION', :at, :unit, :bed, CURRENT_TIMESTAMP, 'fixture')""",
        "stay", stay, "at", at, "unit", unitId, "bed", bedId);
    return stay;
  }

  public String bedStatus(long bedId) {
    return jdbc.sql("SELECT status FROM bed WHERE id = :id").param("id", bedId).query(String.class).single();
  }

  public long count(String sql, Object... params) {
    var spec = jdbc.sql(sql);
    for (Object p : params) {
      spec = spec.param(p);
    }
    return spec.query(Long.class).single();
  }

  private long insert(String sql, Object... namedValues) {
    var spec = jdbc.sql(sql);
    for (int i = 0; i < namedValues.length; i += 2) {
      spec = spec.param((String) namedValues[i], namedValues[i + 1]);
    }
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    spec.update(keys, "id");
    return keys.getKey().longValue();
  }
}

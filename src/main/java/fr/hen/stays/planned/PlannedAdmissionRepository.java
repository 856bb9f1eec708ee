package fr.hen.stays.planned;

import fr.hen.stays.PlannedAdmissions.Patient;
import fr.hen.stays.PlannedAdmissions.Plan;
import fr.hen.stays.PlannedAdmissions.PlannedAdmission;
import fr.hen.stays.PlannedAdmissions.PlannedAdmissionFact;
import fr.hen.stays.PlannedAdmissions.Status;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Planned admissions; every query is scoped to the organisation in its SQL. */
@Repository
class PlannedAdmissionRepository {

  static final String SELECT = """
      SELECT pa.*, u.code AS unit_code, r.code AS room_code, b.code AS bed_code
      FROM planned_admission pa LEFT JOIN unit u ON u.id = pa.unit_id
           LEFT JOIN bed b ON b.id = pa.reserved_bed_id LEFT JOIN room r ON r.id = b.room_id
      WHERE pa.organisation_id = :org""";

  /** The state of a planned admission as its changes need it (read under a row lock). */
  record Locked(long id, Status status, String sex, Long reservedBedId, String mrn, int version) {}

  private final JdbcClient jdbc;

  PlannedAdmissionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long org, Plan plan, Long unitId, String user, LocalDateTime now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO planned_admission (organisation_id, status, planned_date, nights, specialism, sex, age,
                required_equipment, preferred_equipment, preferred_room_size, unit_id, external_ref, mrn, family_name,
                given_name, birth_date, note, created_at, created_by)
            VALUES (:org, 'PLANNED', :date, :nights, :specialism, :sex, :age, :required, :preferred, :size, :unit,
                :ref, :mrn, :family, :given, :birth, :note, :now, :user)""")
        .param("org", org).params(fields(plan, unitId)).param("now", now).param("user", user)
        .update(key, "id");
    return key.getKey().longValue();
  }

  void update(long id, Plan plan, Long unitId, Status status, String user, LocalDateTime now) {
    jdbc.sql("""
            UPDATE planned_admission SET planned_date = :date, nights = :nights, specialism = :specialism, sex = :sex,
                age = :age, required_equipment = :required, preferred_equipment = :preferred,
                preferred_room_size = :size, unit_id = :unit, external_ref = :ref, mrn = :mrn, family_name = :family,
                given_name = :given, birth_date = :birth, note = :note, status = :status, cancel_reason = NULL,
                changed_at = :now, changed_by = :user, version = version + 1
            WHERE id = :id""")
        .params(fields(plan, unitId)).param("status", status.name()).param("now", now).param("user", user)
        .param("id", id).update();
  }

  private static java.util.Map<String, Object> fields(Plan plan, Long unitId) {
    Patient patient = plan.patient();
    java.util.Map<String, Object> map = new java.util.HashMap<>();
    map.put("date", plan.plannedDate());
    map.put("nights", plan.nights());
    map.put("specialism", plan.specialism());
    map.put("sex", plan.sex());
    map.put("age", patient != null && patient.birthDate() != null ? null : plan.age());
    map.put("required", store(plan.requiredEquipment()));
    map.put("preferred", store(plan.preferredEquipment()));
    map.put("size", plan.preferredRoomSize());
    map.put("unit", unitId);
    map.put("ref", plan.externalReference());
    map.put("mrn", patient == null ? null : patient.mrn().trim());
    map.put("family", patient == null ? null : blankToNull(patient.familyName()));
    map.put("given", patient == null ? null : blankToNull(patient.givenName()));
    map.put("birth", patient == null ? null : patient.birthDate());
    map.put("note", blankToNull(plan.note()));
    return map;
  }

  Optional<Locked> lock(long org, long id) {
    return jdbc.sql("""
            SELECT id, status, sex, reserved_bed_id, mrn, version FROM planned_admission WHERE organisation_id = :org
            AND id = :id FOR UPDATE""")
        .param("org", org).param("id", id).query(PlannedAdmissionRepository::locked).optional();
  }

  Optional<Locked> lockByReference(long org, String reference) {
    return jdbc.sql("""
            SELECT id, status, sex, reserved_bed_id, mrn, version FROM planned_admission WHERE organisation_id = :org
            AND external_ref = :ref FOR UPDATE""")
        .param("org", org).param("ref", reference).query(PlannedAdmissionRepository::locked).optional();
  }

  /** The waiting planned admission of this MRN planned from {@code from} to {@code to}, nearest date first. */
  Optional<Locked> lockByMrn(long org, String mrn, LocalDate from, LocalDate to, LocalDate day) {
    return jdbc.sql("""
            SELECT id, status, sex, reserved_bed_id, mrn, version, planned_date FROM planned_admission
            WHERE organisation_id = :org AND mrn = :mrn AND status = 'PLANNED'
              AND planned_date BETWEEN :from AND :to
            ORDER BY planned_date, id FOR UPDATE""")
        .param("org", org).param("mrn", mrn).param("from", from).param("to", to)
        .query((rs, n) -> new Object[] {locked(rs, n), rs.getObject("planned_date", LocalDate.class)}).list()
        .stream().min(java.util.Comparator.comparingLong(
            row -> Math.abs(((LocalDate) row[1]).toEpochDay() - day.toEpochDay())))
        .map(row -> (Locked) row[0]);
  }

  /** The waiting planned admission holding this bed, locked. */
  /** The planned admission a bed is reserved or held for, read without a lock. */
  Optional<Long> holder(long org, long bedId) {
    return jdbc.sql("SELECT id FROM planned_admission WHERE organisation_id = :org AND reserved_bed_id = :bed")
        .param("org", org).param("bed", bedId).query(Long.class).optional();
  }

  Optional<Locked> lockHolder(long org, long bedId) {
    return jdbc.sql("""
            SELECT id, status, sex, reserved_bed_id, mrn, version FROM planned_admission WHERE organisation_id = :org
            AND reserved_bed_id = :bed FOR UPDATE""")
        .param("org", org).param("bed", bedId).query(PlannedAdmissionRepository::locked).optional();
  }

  void setStatus(long id, Status status, String cancelReason, Long stayId, String user, LocalDateTime now) {
    jdbc.sql("""
            UPDATE planned_admission SET status = :status, cancel_reason = :reason, stay_id = :stay,
                reserved_bed_id = NULL, reserved_at = NULL, changed_at = :now, changed_by = :user,
                version = version + 1 WHERE id = :id""")
        .param("status", status.name()).param("reason", cancelReason).param("stay", stayId).param("now", now)
        .param("user", user).param("id", id).update();
  }

  void setReservation(long id, Long bedId, String user, LocalDateTime now) {
    jdbc.sql("""
            UPDATE planned_admission SET reserved_bed_id = :bed, reserved_at = :at, changed_at = :now,
                changed_by = :user, version = version + 1 WHERE id = :id""")
        .param("bed", bedId).param("at", bedId == null ? null : now).param("now", now).param("user", user)
        .param("id", id).update();
  }

  Optional<PlannedAdmission> find(long org, long id) {
    return jdbc.sql(SELECT + " AND pa.id = :id").param("org", org).param("id", id)
        .query(PlannedAdmissionRepository::admission).optional();
  }

  Optional<PlannedAdmission> findByReference(long org, String reference) {
    return jdbc.sql(SELECT + " AND pa.external_ref = :ref").param("org", org).param("ref", reference)
        .query(PlannedAdmissionRepository::admission).optional();
  }

  List<PlannedAdmissionFact> queue(long org, LocalDate from, LocalDate to) {
    return jdbc.sql(SELECT + " AND pa.status = 'PLANNED' AND pa.planned_date BETWEEN :from AND :to"
            + " ORDER BY pa.planned_date, pa.id")
        .param("org", org).param("from", from).param("to", to)
        .query((rs, n) -> fact(admission(rs, n))).list();
  }

  static PlannedAdmissionFact fact(PlannedAdmission a) {
    Plan p = a.plan();
    return new PlannedAdmissionFact(a.id(), a.organisationId(), a.status(), p.plannedDate(), p.nights(),
        p.specialism(), p.sex(), a.ageOnPlannedDate(), p.requiredEquipment(), p.preferredEquipment(),
        p.preferredRoomSize(), p.unitCode(), a.reservedBedId());
  }

  static PlannedAdmission admission(ResultSet rs, int n) throws SQLException {
    String mrn = rs.getString("mrn");
    LocalDate birth = rs.getObject("birth_date", LocalDate.class);
    Patient patient = mrn == null ? null
        : new Patient(mrn, rs.getString("family_name"), rs.getString("given_name"), birth);
    LocalDate date = rs.getObject("planned_date", LocalDate.class);
    Integer age = rs.getObject("age", Integer.class);
    Plan plan = new Plan(date, rs.getInt("nights"), rs.getString("specialism"), rs.getString("sex"), age,
        parse(rs.getString("required_equipment")), parse(rs.getString("preferred_equipment")),
        rs.getObject("preferred_room_size", Integer.class), rs.getString("unit_code"),
        rs.getString("external_ref"), patient, rs.getString("note"));
    Long bed = rs.getObject("reserved_bed_id", Long.class);
    return new PlannedAdmission(rs.getLong("id"), rs.getLong("organisation_id"),
        Status.valueOf(rs.getString("status")), plan, PlanRules.ageOn(date, age, birth), bed,
        bed == null ? null : rs.getString("room_code") + "-" + rs.getString("bed_code"),
        rs.getObject("stay_id", Long.class), rs.getString("cancel_reason"),
        rs.getObject("created_at", LocalDateTime.class), rs.getString("created_by"),
        rs.getObject("changed_at", LocalDateTime.class), rs.getString("changed_by"), rs.getInt("version"));
  }

  private static Locked locked(ResultSet rs, int n) throws SQLException {
    return new Locked(rs.getLong("id"), Status.valueOf(rs.getString("status")), rs.getString("sex"),
        rs.getObject("reserved_bed_id", Long.class), rs.getString("mrn"), rs.getInt("version"));
  }

  static String store(Collection<String> codes) {
    return codes == null ? "" : String.join(",", new TreeSet<>(codes));
  }

  static Set<String> parse(String stored) {
    return stored == null || stored.isBlank() ? Set.of()
        : Arrays.stream(stored.split(",")).map(String::trim).filter(s -> !s.isEmpty())
            .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The unit of this organisation with this code (case ignored), or empty. */
  Optional<Long> unitId(long org, String code) {
    return jdbc.sql("SELECT id FROM unit WHERE organisation_id = :org AND UPPER(code) = UPPER(:code)")
        .param("org", org).param("code", code.trim()).query(Long.class).optional();
  }

  /** The hospital's patient record of this MRN, when there is one (named in the audit entries). */
  Long patientId(long org, String mrn) {
    return mrn == null ? null : jdbc.sql("SELECT id FROM patient WHERE organisation_id = :org AND mrn = :mrn")
        .param("org", org).param("mrn", mrn).query(Long.class).optional().orElse(null);
  }

  /** The planned admission consumed by this stay goes back to the queue; its id, if there was one. */
  Optional<Long> reopen(long org, long stayId, String user, LocalDateTime now) {
    Optional<Long> id = jdbc.sql("""
            SELECT id FROM planned_admission WHERE organisation_id = :org AND stay_id = :stay FOR UPDATE""")
        .param("org", org).param("stay", stayId).query(Long.class).optional();
    id.ifPresent(planId -> setStatus(planId, fr.hen.stays.PlannedAdmissions.Status.PLANNED, null, null, user, now));
    return id;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  /** The age limits of a unit: minimum and maximum, each null when the unit has none. */
  /** The expected discharge date of the patient in this bed (null: none given, or nobody in it). */
  LocalDate occupantLeaves(long bedId) {
    return jdbc.sql("""
            SELECT expected_discharge_date FROM stay
            WHERE bed_id = :bed AND status = 'IN_HOSPITAL' AND voided = FALSE""")
        .param("bed", bedId).query((rs, n) -> rs.getObject(1, LocalDate.class)).optional().orElse(null);
  }

  Integer[] unitAges(long unitId) {
    return jdbc.sql("SELECT min_age, max_age FROM unit WHERE id = :id").param("id", unitId)
        .query((rs, n) -> new Integer[] {rs.getObject(1, Integer.class), rs.getObject(2, Integer.class)}).single();
  }
}

package fr.hen.stays.stay;

import fr.hen.stays.DischargeDestination;
import fr.hen.stays.StayStatus;
import fr.hen.stays.beds.BedRef;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Writes of stays and movements; a stay is always locked through its organisation before it changes. */
@Repository
class StayRepository {

  /** The state of a stay that the write rules look at. */
  record StayState(long id, long patientId, StayStatus status, long unitId, Long bedId, LocalDateTime admittedAt) {}

  enum MovementKind { ADMISSION, TRANSFER, DISCHARGE }

  private final JdbcClient jdbc;

  StayRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The stay of this organisation, locked until the end of the transaction; empty when not visible. */
  Optional<StayState> lock(long organisationId, long stayId) {
    return jdbc.sql("""
            SELECT id, patient_id, status, unit_id, bed_id, admitted_at FROM stay
            WHERE id = :id AND organisation_id = :org AND voided = FALSE FOR UPDATE""")
        .param("id", stayId).param("org", organisationId)
        .query((rs, n) -> new StayState(rs.getLong("id"), rs.getLong("patient_id"),
            StayStatus.valueOf(rs.getString("status")), rs.getLong("unit_id"), (Long) rs.getObject("bed_id",
            Long.class), rs.getObject("admitted_at", LocalDateTime.class)))
        .optional();
  }

  long insert(long organisationId, long patientId, AdmitCommand c, BedRef bed, String username,
      LocalDateTime now) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO stay (organisation_id, patient_id, status, unit_id, bed_id, admitted_at, admission_source,
                              planned, external_id, created_at, created_by)
            VALUES (:org, :patient, 'IN_HOSPITAL', :unit, :bed, :at, :source, :planned, :external, :now, :user)""")
        .param("org", organisationId).param("patient", patientId).param("unit", bed.unitId())
        .param("bed", bed.id()).param("at", c.admittedAt()).param("source", c.source().name())
        .param("planned", c.planned()).param("external", c.externalId()).param("now", now).param("user", username)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  void movement(long stayId, MovementKind kind, LocalDateTime at, Long fromUnit, Long fromBed, Long toUnit,
      Long toBed, String username, LocalDateTime now) {
    jdbc.sql("""
            INSERT INTO movement (stay_id, kind, occurred_at, from_unit_id, from_bed_id, to_unit_id, to_bed_id,
                                  created_at, created_by)
            VALUES (:stay, :kind, :at, :fromUnit, :fromBed, :toUnit, :toBed, :now, :user)""")
        .param("stay", stayId).param("kind", kind.name()).param("at", at).param("fromUnit", fromUnit)
        .param("fromBed", fromBed).param("toUnit", toUnit).param("toBed", toBed).param("now", now)
        .param("user", username)
        .update();
  }

  LocalDateTime lastMovementAt(long stayId) {
    return jdbc.sql("SELECT MAX(occurred_at) FROM movement WHERE stay_id = :stay AND voided = FALSE")
        .param("stay", stayId)
        .query(LocalDateTime.class).single();
  }

  /** Sexes of the patients in hospital in a room, other than the given stay's. */
  List<Sex> roommates(long organisationId, long roomId, long excludedStayId) {
    return jdbc.sql("""
            SELECT p.sex FROM stay s JOIN patient p ON p.id = s.patient_id JOIN bed b ON b.id = s.bed_id
            WHERE s.organisation_id = :org AND s.status = 'IN_HOSPITAL' AND s.voided = FALSE AND b.room_id = :room
              AND s.id <> :stay""")
        .param("org", organisationId).param("room", roomId).param("stay", excludedStayId)
        .query((rs, n) -> Sex.valueOf(rs.getString("sex"))).list();
  }

  void moveTo(long stayId, BedRef target, String username, LocalDateTime now) {
    jdbc.sql("""
            UPDATE stay SET unit_id = :unit, bed_id = :bed, changed_at = :now, changed_by = :user,
                            version = version + 1
            WHERE id = :id""")
        .param("unit", target.unitId()).param("bed", target.id()).param("now", now).param("user", username)
        .param("id", stayId).update();
  }

  /** Discharges the stay and frees its bed reference (the one-stay-per-bed index covers in-hospital stays). */
  void discharge(long stayId, LocalDateTime at, DischargeDestination destination, Long destinationOrganisationId,
      String username, LocalDateTime now) {
    jdbc.sql("""
            UPDATE stay SET status = 'DISCHARGED', discharged_at = :at, discharge_destination = :destination,
                            discharge_organisation_id = :destOrg, bed_id = NULL, changed_at = :now,
                            changed_by = :user, version = version + 1
            WHERE id = :id""")
        .param("at", at).param("destination", destination.name()).param("destOrg", destinationOrganisationId)
        .param("now", now).param("user", username).param("id", stayId).update();
  }

  /** The discharge plan's dates the stay holds now: expected discharge date and medically ready time. */
  record PlanDates(LocalDate expectedDischargeDate, LocalDateTime medicallyReadyAt) {}

  PlanDates planDates(long stayId) {
    return jdbc.sql("SELECT expected_discharge_date, medically_ready_at FROM stay WHERE id = :id")
        .param("id", stayId).query((rs, n) -> new PlanDates(rs.getObject(1, LocalDate.class),
            rs.getObject(2, LocalDateTime.class))).single();
  }

  void planDischarge(long stayId, LocalDate expectedDischargeDate, LocalDateTime medicallyReadyAt, String username,
      LocalDateTime now) {
    jdbc.sql("""
            UPDATE stay SET expected_discharge_date = :edd, medically_ready_at = :ready, changed_at = :now,
                            changed_by = :user, version = version + 1
            WHERE id = :id""")
        .param("edd", expectedDischargeDate).param("ready", medicallyReadyAt).param("now", now)
        .param("user", username).param("id", stayId).update();
  }

  // Cancelling a mistaken admission or discharge

  /** A stay as its cancellation sees it, voided or not. */
  record CancelState(long id, long patientId, StayStatus status, long unitId, Long bedId, boolean voided) {}

  /** A movement with the time it was recorded (not the time it happened). */
  record RecordedMovement(long id, MovementKind kind, Long fromUnitId, Long fromBedId, LocalDateTime recordedAt,
      boolean voided) {}

  /**
   * The stay of this organisation, voided or not, locked until the end of the transaction: a second cancellation
   * waits for the first and then sees what it did (a 409, not a 404).
   */
  Optional<CancelState> lockForCancel(long organisationId, long stayId) {
    return jdbc.sql("""
            SELECT id, patient_id, status, unit_id, bed_id, voided FROM stay
            WHERE id = :id AND organisation_id = :org FOR UPDATE""")
        .param("id", stayId).param("org", organisationId)
        .query((rs, n) -> new CancelState(rs.getLong("id"), rs.getLong("patient_id"),
            StayStatus.valueOf(rs.getString("status")), rs.getLong("unit_id"), rs.getObject("bed_id", Long.class),
            rs.getBoolean("voided")))
        .optional();
  }

  /** The stay's movements in the order they happened, voided ones included. */
  List<RecordedMovement> recordedMovements(long stayId) {
    return jdbc.sql("""
            SELECT id, kind, from_unit_id, from_bed_id, created_at, voided FROM movement
            WHERE stay_id = :stay ORDER BY occurred_at, id""")
        .param("stay", stayId)
        .query((rs, n) -> new RecordedMovement(rs.getLong("id"), MovementKind.valueOf(rs.getString("kind")),
            rs.getObject("from_unit_id", Long.class), rs.getObject("from_bed_id", Long.class),
            rs.getObject("created_at", LocalDateTime.class), rs.getBoolean("voided")))
        .list();
  }

  /** Voids the stay with its reason and drops its bed reference (the bed is free for another patient). */
  void voidStay(long stayId, String reason, String username, LocalDateTime now) {
    jdbc.sql("""
            UPDATE stay SET voided = TRUE, void_reason = :reason, bed_id = NULL, changed_at = :now,
                            changed_by = :user, version = version + 1
            WHERE id = :id""")
        .param("reason", reason).param("now", now).param("user", username).param("id", stayId).update();
  }

  /** Marks a movement voided with its reason; the row is kept. */
  void voidMovement(long movementId, String reason, String username, LocalDateTime now) {
    jdbc.sql("""
            UPDATE movement SET voided = TRUE, void_reason = :reason, changed_at = :now, changed_by = :user
            WHERE id = :id""")
        .param("reason", reason).param("now", now).param("user", username).param("id", movementId).update();
  }

  /** Puts a discharged stay back in hospital in a bed: the discharge time, destination and organisation go. */
  void backInHospital(long stayId, long unitId, long bedId, String username, LocalDateTime now) {
    jdbc.sql("""
            UPDATE stay SET status = 'IN_HOSPITAL', discharged_at = NULL, discharge_destination = NULL,
                            discharge_organisation_id = NULL, unit_id = :unit, bed_id = :bed, changed_at = :now,
                            changed_by = :user, version = version + 1
            WHERE id = :id""")
        .param("unit", unitId).param("bed", bedId).param("now", now).param("user", username).param("id", stayId)
        .update();
  }
}

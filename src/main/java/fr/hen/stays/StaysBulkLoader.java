package fr.hen.stays;

import fr.hen.platform.BulkInsert;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stays module's bulk loader (demo seeding, imports): writes whole hospitals (units, rooms, beds) with their
 * patients, stays and movements in a few bulk statements, restarts the identities past the highest ids, then
 * publishes one {@link StaysLoaded} per organisation so that read models (the bed census) rebuild themselves. Ids
 * are given by the caller; every reference points inside the same {@link Load} (checked by {@link StaysLoadCheck}
 * before anything is written). No audit entry and no movement event: the rows are history, not users' actions.
 */
@Component
public class StaysBulkLoader {

  /** A care unit of an organisation; {@code specialism} a code of the stays module's list (e.g. {@code CARDIOLOGY}). */
  public record Unit(long id, long organisationId, String code, String name, String specialism) {}

  /** A room of a unit; {@code genderPolicy} one of {@code ANY}, {@code MALE}, {@code FEMALE}, {@code SAME}. */
  public record Room(long id, long unitId, String code, int capacity, String genderPolicy, List<String> equipment) {}

  /** A bed of a room in its current status ({@code blockedReason} required when {@code BLOCKED}). */
  public record Bed(long id, long roomId, String code, BedStatus status, String blockedReason,
      LocalDateTime statusChangedAt) {}

  /** A patient of an organisation; {@code sex} one of {@code M}, {@code F}, {@code U}. */
  public record Patient(long id, long organisationId, String mrn, String familyName, String givenName,
      LocalDate birthDate, String sex) {}

  /** A stay; {@code bedId} only while in hospital; a discharged stay has its time and destination. */
  public record Stay(long id, long organisationId, long patientId, StayStatus status, long unitId, Long bedId,
      LocalDateTime admittedAt, AdmissionSource source, boolean planned, LocalDate expectedDischargeDate,
      LocalDateTime medicallyReadyAt, LocalDateTime dischargedAt, DischargeDestination destination,
      Long destinationOrganisationId) {}

  /** What a movement records. */
  public enum MovementKind { ADMISSION, TRANSFER, DISCHARGE }

  /** A movement of a stay from a bed ({@code from…} null on admission) to a bed ({@code to…} null on discharge). */
  public record Movement(long id, long stayId, MovementKind kind, LocalDateTime occurredAt, Long fromUnitId,
      Long fromBedId, Long toUnitId, Long toBedId) {}

  /** One load; {@code createdBy} fills the audit columns of patients, stays and movements. */
  public record Load(List<Unit> units, List<Room> rooms, List<Bed> beds, List<Patient> patients, List<Stay> stays,
      List<Movement> movements, String createdBy) {}

  private static final List<String> TABLES = List.of("unit", "room", "bed", "patient", "stay", "movement");

  private final BulkInsert bulk;
  private final JdbcClient jdbc;
  private final StaysLoadedPublisher events;

  StaysBulkLoader(BulkInsert bulk, JdbcClient jdbc, StaysLoadedPublisher events) {
    this.bulk = bulk;
    this.jdbc = jdbc;
    this.events = events;
  }

  /**
   * Writes the load (in the caller's transaction if any, otherwise statement by statement), then publishes one
   * {@link StaysLoaded} per organisation of the load in a transaction of its own (or the caller's), so that the
   * event publication registry keeps them; a load made while the application starts has them published once it
   * has started ({@link StaysLoadedPublisher}). A broken reference is an {@link IllegalArgumentException} before
   * anything is written.
   */
  public void load(Load load) {
    StaysLoadCheck.check(load);
    bulk.insert("unit", List.of("id", "organisation_id", "code", "name", "specialism"), rows(load.units(),
        u -> new Object[] {u.id(), u.organisationId(), u.code(), u.name(), u.specialism()}));
    bulk.insert("room", List.of("id", "unit_id", "code", "capacity", "gender_policy", "equipment"), rows(load.rooms(),
        r -> new Object[] {r.id(), r.unitId(), r.code(), r.capacity(), r.genderPolicy(),
            String.join(",", r.equipment())}));
    bulk.insert("bed", List.of("id", "room_id", "code", "status", "blocked_reason", "status_changed_at"),
        rows(load.beds(), b -> new Object[] {b.id(), b.roomId(), b.code(), b.status().name(), b.blockedReason(),
            ts(b.statusChangedAt())}));
    String by = load.createdBy();
    Timestamp now = ts(LocalDateTime.now());
    bulk.insert("patient", List.of("id", "organisation_id", "mrn", "family_name", "given_name", "birth_date", "sex",
        "created_at", "created_by"), rows(load.patients(), p -> new Object[] {p.id(), p.organisationId(), p.mrn(),
        p.familyName(), p.givenName(), Date.valueOf(p.birthDate()), p.sex(), now, by}));
    bulk.insert("stay", List.of("id", "organisation_id", "patient_id", "status", "unit_id", "bed_id", "admitted_at",
        "admission_source", "planned", "expected_discharge_date", "medically_ready_at", "discharged_at",
        "discharge_destination", "discharge_organisation_id", "created_at", "created_by"), rows(load.stays(),
        s -> new Object[] {s.id(), s.organisationId(), s.patientId(), s.status().name(), s.unitId(), s.bedId(),
            ts(s.admittedAt()), s.source().name(), s.planned(), date(s.expectedDischargeDate()),
            ts(s.medicallyReadyAt()), ts(s.dischargedAt()), s.destination() == null ? null : s.destination().name(),
            s.destinationOrganisationId(), ts(s.admittedAt()), by}));
    bulk.insert("movement", List.of("id", "stay_id", "kind", "occurred_at", "from_unit_id", "from_bed_id",
        "to_unit_id", "to_bed_id", "created_at", "created_by"), rows(load.movements(), m -> new Object[] {m.id(),
        m.stayId(), m.kind().name(), ts(m.occurredAt()), m.fromUnitId(), m.fromBedId(), m.toUnitId(), m.toBedId(),
        ts(m.occurredAt()), by}));
    TABLES.forEach(bulk::restartIdentity);
    publishLoaded(load);
  }

  /**
   * Deletes every unit, room, bed, patient, stay and movement: only for undoing a load into an empty database that
   * failed half way without a transaction around it.
   */
  public void clear() {
    for (String table : TABLES.reversed()) {
      jdbc.sql("DELETE FROM " + table).update();
    }
  }

  private void publishLoaded(Load load) {
    Map<Long, Integer> stays = new TreeMap<>();
    load.units().forEach(u -> stays.putIfAbsent(u.organisationId(), 0));
    load.stays().forEach(s -> stays.merge(s.organisationId(), 1, Integer::sum));
    events.publish(stays.entrySet().stream().map(e -> new StaysLoaded(e.getKey(), e.getValue())).toList());
  }

  private static <T> List<Object[]> rows(List<T> items, Function<T, Object[]> values) {
    List<Object[]> rows = new ArrayList<>(items.size());
    items.forEach(item -> rows.add(values.apply(item)));
    return rows;
  }

  private static Timestamp ts(LocalDateTime t) {
    return t == null ? null : Timestamp.valueOf(t);
  }

  private static Date date(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }
}

package fr.hen.stays.stay;

import fr.hen.platform.Actor;
import fr.hen.platform.AuditAction;
import fr.hen.platform.AuditLog;
import fr.hen.platform.ConflictException;
import fr.hen.stays.BedStatus;
import fr.hen.stays.BedStatusChanged;
import fr.hen.stays.HospitalFeed.FeedMovement;
import fr.hen.stays.HospitalFeed.FeedPatient;
import fr.hen.stays.HospitalFeed.FeedPlace;
import fr.hen.stays.PatientAdmitted;
import fr.hen.stays.PatientDischarged;
import fr.hen.stays.PatientTransferred;
import fr.hen.stays.StayStatus;
import fr.hen.stays.StaysAuditTypes;
import fr.hen.stays.beds.GenderPolicy;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * A feed's run of admissions, transfers and discharges in bulk ({@code HospitalFeed.record}): the rows the run needs
 * are read and locked with one statement per table, the rules of {@link StayService} are checked in memory movement
 * after movement, and the writes go as JDBC batches. The rows, audit entries and events are those of the single
 * calls; the run stops before the first movement that is not the plain case (a rule broken, a stay not known, a
 * reserved bed, a planned admission), which the caller then applies with the single call.
 */
@Component
class FeedBatch {

  /** A stay as the run sees it; {@code id} is null for a stay the run admits until it is inserted. */
  private static final class StayMem {
    Long id;
    long patientKey;
    StayStatus status;
    long unitId;
    Long bedId;
    LocalDateTime lastAt;
    String sex;
    // the final state to write, and how many changes led to it (the stay's version grows by one per change)
    int changes;
    LocalDateTime dischargedAt;
    fr.hen.stays.DischargeDestination destination;
    final String visit;

    StayMem(String visit) {
      this.visit = visit;
    }
  }

  /** A patient of the run; {@code id} is null for one the run creates until it is inserted. */
  private static final class PatientMem {
    Long id;
    final PatientIdentity identity;
    boolean inHospital;

    PatientMem(Long id, PatientIdentity identity, boolean inHospital) {
      this.id = id;
      this.identity = identity;
      this.inHospital = inHospital;
    }
  }

  /** A bed of the run: its status before the run and now. */
  private static final class BedMem {
    final long id;
    final String label;
    final long roomId;
    final long unitId;
    final BedStatus initial;
    BedStatus status;

    BedMem(long id, String label, long roomId, long unitId, BedStatus status) {
      this.id = id;
      this.label = label;
      this.roomId = roomId;
      this.unitId = unitId;
      this.initial = status;
      this.status = status;
    }
  }

  private record Place(String unit, String room, String bed) {
    static Place of(FeedPlace p) {
      return new Place(p.unit().trim().toUpperCase(Locale.ROOT), p.room(), p.bed());
    }
  }

  private record Move(StayMem stay, StayRepository.MovementKind kind, LocalDateTime at, Long fromUnit, Long fromBed,
      Long toUnit, Long toBed, AuditAction action, String detail, Object event) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final AuditLog audit;
  private final MovementEvents movements;
  private final Clock clock;

  FeedBatch(JdbcClient jdbc, JdbcTemplate template, AuditLog audit, MovementEvents movements, Clock clock) {
    this.jdbc = jdbc;
    this.template = template;
    this.audit = audit;
    this.movements = movements;
    this.clock = clock;
  }

  int record(Actor actor, List<FeedMovement> run, boolean mayBackdate) {
    long org = actor.organisationId();
    LocalDateTime now = LocalDateTime.now(clock);
    int usable = 0;
    while (usable < run.size() && wellFormed(run.get(usable))) {
      usable++;
    }
    if (usable == 0) {
      return 0;
    }
    List<FeedMovement> usableRun = run.subList(0, usable);

    // 1. read and lock what the run touches, one statement per table
    Set<String> visits = new HashSet<>();
    Set<String> mrns = new HashSet<>();
    Set<Place> places = new HashSet<>();
    for (FeedMovement m : usableRun) {
      visits.add(m.visitNumber().trim());
      if (m.kind() == FeedMovement.Kind.ADMISSION) {
        mrns.add(m.patient().mrn().trim());
      }
      if (m.place() != null && m.kind() != FeedMovement.Kind.DISCHARGE) {
        places.add(Place.of(m.place()));
      }
    }
    Map<String, StayMem> stays = lockStays(org, visits);
    Map<String, PatientMem> patients = lockPatients(org, mrns);
    Set<String> planned = planned(org, visits, mrns);
    Set<Long> current = new HashSet<>();
    stays.values().forEach(s -> {
      if (s.bedId != null) {
        current.add(s.bedId);
      }
    });
    Map<Place, Long> bedIds = new HashMap<>();
    Map<Long, BedRow> bedRows = beds(org, places, current, bedIds);
    // locks in the single calls' order: rooms placed into, then the beds (their statuses read again under lock)
    Map<Long, GenderPolicy> rooms = lockRooms(bedIds.values().stream().map(id -> bedRows.get(id).roomId())
        .toList());
    Map<Long, BedMem> beds = lockBeds(bedRows);
    boolean gendered = rooms.values().stream().anyMatch(p -> p != GenderPolicy.ANY);
    // the sexes of the patients in the rooms the run places patients in (for SAME rooms), keyed by stay
    Map<Long, Map<Object, String>> occupants = new HashMap<>();
    if (gendered) {
      sexes(org, stays.values());
      occupants = occupants(org, rooms.entrySet().stream().filter(e -> e.getValue() == GenderPolicy.SAME)
          .map(Map.Entry::getKey).toList());
    }

    // 2. the rules, movement after movement, in memory
    List<PatientMem> newPatients = new ArrayList<>();
    List<StayMem> newStays = new ArrayList<>();
    Map<StayMem, PatientMem> patientOfNewStay = new HashMap<>();
    List<Move> moves = new ArrayList<>();
    List<BedStatusChanged> bedChanges = new ArrayList<>();
    int applied = 0;
    for (FeedMovement m : usableRun) {
      String visit = m.visitNumber().trim();
      StayMem stay = stays.get(visit);
      try {
        StayRules.notInFuture(m.at(), now, "at");
        StayRules.notBackdated(m.at(), now, mayBackdate, "at");
      } catch (RuntimeException e) {
        break;
      }
      if (m.kind() == FeedMovement.Kind.ADMISSION) {
        if (stay != null || planned.contains("v:" + visit) || planned.contains("m:" + m.patient().mrn().trim())) {
          break;
        }
        PatientIdentity identity = identity(m.patient());
        BedMem bed = beds.get(bedIds.get(Place.of(m.place())));
        if (bed == null || bed.status != BedStatus.FREE) {
          break;
        }
        PatientMem patient = patients.get(identity.mrn());
        try {
          StayRules.birthDatePlausible(identity.birthDate());
          StayRules.notBeforeBirth(m.at(), identity.birthDate());
          if (patient != null) {
            StayRules.identityMatches(patient.identity, identity);
          }
        } catch (RuntimeException e) {
          break;
        }
        if (patient != null && patient.inHospital) {
          break;
        }
        GenderPolicy policy = rooms.get(bed.roomId);
        if (!policy.admits(identity.sex().name(), occupants.getOrDefault(bed.roomId, Map.of()).values())) {
          break;
        }
        if (patient == null) {
          patient = new PatientMem(null, identity, false);
          patients.put(identity.mrn(), patient);
          newPatients.add(patient);
        }
        patient.inHospital = true;
        stay = new StayMem(visit);
        stay.status = StayStatus.IN_HOSPITAL;
        stay.unitId = bed.unitId;
        stay.bedId = bed.id;
        stay.lastAt = m.at();
        stay.sex = identity.sex().name();
        stays.put(visit, stay);
        newStays.add(stay);
        patientOfNewStay.put(stay, patient);
        occupy(org, bed, bedChanges);
        occupants.computeIfAbsent(bed.roomId, k -> new HashMap<>()).put(key(stay), stay.sex);
        moves.add(new Move(stay, StayRepository.MovementKind.ADMISSION, m.at(), null, null, bed.unitId, bed.id,
            AuditAction.ADMIT, "bed " + bed.label, m));
      } else {
        if (stay == null || stay.status != StayStatus.IN_HOSPITAL || stay.bedId == null || stay.lastAt == null
            || m.at().isBefore(stay.lastAt)) {
          break;
        }
        BedMem from = beds.get(stay.bedId);
        if (m.kind() == FeedMovement.Kind.TRANSFER) {
          BedMem target = beds.get(bedIds.get(Place.of(m.place())));
          if (target == null || target.id == stay.bedId || target.status != BedStatus.FREE
              || (rooms.get(target.roomId) != GenderPolicy.ANY && stay.sex == null)) {
            break;
          }
          Map<Object, String> roommates = new HashMap<>(occupants.getOrDefault(target.roomId, Map.of()));
          roommates.remove(key(stay));
          if (!rooms.get(target.roomId).admits(stay.sex, roommates.values())) {
            break;
          }
          occupy(org, target, bedChanges);
          release(org, from, bedChanges);
          if (from != null) {
            Map<Object, String> left = occupants.get(from.roomId);
            if (left != null) {
              left.remove(key(stay));
            }
          }
          occupants.computeIfAbsent(target.roomId, k -> new HashMap<>()).put(key(stay), stay.sex);
          moves.add(new Move(stay, StayRepository.MovementKind.TRANSFER, m.at(), stay.unitId, stay.bedId,
              target.unitId, target.id, AuditAction.TRANSFER, "to bed " + target.label, m));
          stay.unitId = target.unitId;
          stay.bedId = target.id;
        } else {
          release(org, from, bedChanges);
          if (from != null) {
            Map<Object, String> left = occupants.get(from.roomId);
            if (left != null) {
              left.remove(key(stay));
            }
          }
          moves.add(new Move(stay, StayRepository.MovementKind.DISCHARGE, m.at(), stay.unitId, stay.bedId, null,
              null, AuditAction.DISCHARGE, m.destination().name(), m));
          stay.status = StayStatus.DISCHARGED;
          stay.bedId = null;
          stay.dischargedAt = m.at();
          stay.destination = m.destination();
          patientOf(stay, patients, patientOfNewStay);
        }
        stay.lastAt = m.at();
        stay.changes++;
      }
      applied++;
    }
    if (applied == 0) {
      return 0;
    }
    // moves beyond the applied ones were never added: the loop stops at the first one it does not apply

    // 3. the writes, as batches, in the order the single calls make them
    String user = actor.name();
    insertPatients(org, newPatients, user, now);
    newStays.forEach(s -> s.patientKey = patientOfNewStay.get(s).id);
    insertStays(org, newStays, moves, user, now);
    updateStays(stays.values(), user, now);
    updateBeds(beds.values(), now);
    bedChanges.forEach(movements::bedChanged);
    template.batchUpdate("""
            INSERT INTO movement (stay_id, kind, occurred_at, from_unit_id, from_bed_id, to_unit_id, to_bed_id,
                                  created_at, created_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", moves.stream().map(mv -> new Object[] {mv.stay().id,
            mv.kind().name(), Timestamp.valueOf(mv.at()), mv.fromUnit(), mv.fromBed(), mv.toUnit(), mv.toBed(),
            Timestamp.valueOf(now), user}).toList(), new int[] {Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP,
            Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.TIMESTAMP, Types.VARCHAR});
    audit.recordAll(actor, moves.stream().map(mv -> new AuditLog.Entry(mv.action(), "Stay",
        String.valueOf(mv.stay().id), mv.stay().patientKey, mv.detail())).toList());
    for (Move mv : moves) {
      long id = mv.stay().id;
      switch (mv.kind()) {
        case ADMISSION -> movements.admitted(new PatientAdmitted(id, org));
        case TRANSFER -> movements.transferred(new PatientTransferred(id, org, mv.fromBed(), mv.toBed()));
        case DISCHARGE -> movements.discharged(new PatientDischarged(id, org,
            ((FeedMovement) mv.event()).destination(), mv.at(), null));
      }
    }
    return applied;
  }

  /** What the single calls check first (shape, lengths); a movement failing it is left to them. */
  private static boolean wellFormed(FeedMovement m) {
    if (m == null || m.kind() == null || m.at() == null || blank(m.visitNumber())
        || m.visitNumber().length() > StayFeed.MAX_VISIT) {
      return false;
    }
    if (m.kind() != FeedMovement.Kind.DISCHARGE && (m.place() == null || blank(m.place().unit())
        || blank(m.place().room()) || blank(m.place().bed()))) {
      return false;
    }
    if (m.kind() == FeedMovement.Kind.DISCHARGE && m.destination() == null) {
      return false;
    }
    if (m.kind() == FeedMovement.Kind.ADMISSION) {
      FeedPatient p = m.patient();
      return p != null && !blank(p.mrn()) && !blank(p.familyName()) && !blank(p.givenName())
          && p.birthDate() != null && p.mrn().length() <= 32 && p.familyName().length() <= 100
          && p.givenName().length() <= 100 && m.source() != null;
    }
    return true;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static PatientIdentity identity(FeedPatient p) {
    Sex sex = switch (p.sex() == null ? "" : p.sex().trim()) {
      case "M" -> Sex.M;
      case "F" -> Sex.F;
      default -> Sex.U;
    };
    return new PatientIdentity(p.mrn().trim(), p.familyName().trim(), p.givenName().trim(), p.birthDate(), sex);
  }

  /** A stay's key among a room's occupants: its id once it has one, the run's own object before. */
  private static Object key(StayMem stay) {
    return stay.id != null ? stay.id : stay;
  }

  private static void occupy(long org, BedMem bed, List<BedStatusChanged> changes) {
    changes.add(new BedStatusChanged(bed.id, org, bed.status, BedStatus.OCCUPIED));
    bed.status = BedStatus.OCCUPIED;
  }

  /** The bed a patient leaves goes to cleaning (when it was occupied, as the single call's conditional update). */
  private static void release(long org, BedMem bed, List<BedStatusChanged> changes) {
    if (bed != null && bed.status == BedStatus.OCCUPIED) {
      changes.add(new BedStatusChanged(bed.id, org, BedStatus.OCCUPIED, BedStatus.CLEANING));
      bed.status = BedStatus.CLEANING;
    }
  }

  /** A discharged stay's patient is no longer in hospital (for a later admission of the run). */
  private static void patientOf(StayMem stay, Map<String, PatientMem> patients,
      Map<StayMem, PatientMem> patientOfNewStay) {
    PatientMem p = patientOfNewStay.get(stay);
    if (p != null) {
      p.inHospital = false;
      return;
    }
    for (PatientMem candidate : patients.values()) {
      if (candidate.id != null && candidate.id == stay.patientKey) {
        candidate.inHospital = false;
      }
    }
  }

  // reads

  private Map<String, StayMem> lockStays(long org, Collection<String> visits) {
    Map<String, StayMem> stays = new HashMap<>();
    jdbc.sql("""
            SELECT id, patient_id, status, unit_id, bed_id, external_id,
                   (SELECT MAX(m.occurred_at) FROM movement m WHERE m.stay_id = stay.id AND m.voided = FALSE)
                     AS last_at
            FROM stay
            WHERE organisation_id = :org AND external_id IN (:visits) AND voided = FALSE ORDER BY id FOR UPDATE""")
        .param("org", org).param("visits", visits)
        .query(rs -> {
          StayMem s = new StayMem(rs.getString("external_id"));
          s.id = rs.getLong("id");
          s.patientKey = rs.getLong("patient_id");
          s.status = StayStatus.valueOf(rs.getString("status"));
          s.unitId = rs.getLong("unit_id");
          s.bedId = rs.getObject("bed_id", Long.class);
          s.lastAt = rs.getObject("last_at", LocalDateTime.class);
          stays.put(s.visit, s);
        });
    return stays;
  }

  private Map<String, PatientMem> lockPatients(long org, Collection<String> mrns) {
    Map<String, PatientMem> patients = new HashMap<>();
    if (mrns.isEmpty()) {
      return patients;
    }
    jdbc.sql("""
            SELECT id, mrn, family_name, given_name, birth_date, sex,
                   EXISTS (SELECT 1 FROM stay s WHERE s.organisation_id = :org AND s.patient_id = patient.id
                             AND s.status = 'IN_HOSPITAL' AND s.voided = FALSE) AS in_hospital
            FROM patient
            WHERE organisation_id = :org AND mrn IN (:mrns) AND voided = FALSE ORDER BY id FOR UPDATE""")
        .param("org", org).param("mrns", mrns)
        .query(rs -> {
          patients.put(rs.getString("mrn"), new PatientMem(rs.getLong("id"), new PatientIdentity(rs.getString("mrn"),
              rs.getString("family_name"), rs.getString("given_name"), rs.getObject("birth_date", LocalDate.class),
              Sex.valueOf(rs.getString("sex"))), rs.getBoolean("in_hospital")));
        });
    return patients;
  }

  /** The visits ({@code v:}) and MRNs ({@code m:}) of the run that a waiting planned admission names. */
  private Set<String> planned(long org, Collection<String> visits, Collection<String> mrns) {
    Set<String> named = new HashSet<>();
    jdbc.sql("""
            SELECT external_ref, mrn FROM planned_admission
            WHERE organisation_id = :org AND status = 'PLANNED'
              AND (external_ref IN (:visits) OR mrn IN (:mrns))""")
        .param("org", org).param("visits", visits).param("mrns", mrns.isEmpty() ? List.of("") : mrns)
        .query(rs -> {
          named.add("v:" + rs.getString("external_ref"));
          named.add("m:" + rs.getString("mrn"));
        });
    return named;
  }

  private record BedRow(long id, String label, long roomId, long unitId) {}

  /**
   * The beds of the organisation at the run's places (codes as sent, unit case ignored), put in {@code atPlaces},
   * and the beds the run's known stays are in (a second query for those not at the places; one query with an
   * {@code OR} would scan every bed).
   */
  private Map<Long, BedRow> beds(long org, Collection<Place> places, Collection<Long> current,
      Map<Place, Long> atPlaces) {
    Map<Long, BedRow> beds = new HashMap<>();
    if (!places.isEmpty()) {
      jdbc.sql("""
              SELECT b.id, u.code AS unit, r.code AS room, b.code AS bed, b.room_id, r.unit_id
              FROM bed b JOIN room r ON r.id = b.room_id JOIN unit u ON u.id = r.unit_id
              WHERE u.organisation_id = :org AND u.code IN (:units) AND r.code IN (:rooms) AND b.code IN (:beds)""")
          .param("org", org).param("units", places.stream().map(Place::unit).distinct().toList())
          .param("rooms", places.stream().map(Place::room).distinct().toList())
          .param("beds", places.stream().map(Place::bed).distinct().toList())
          .query(rs -> {
            Place place = new Place(rs.getString("unit"), rs.getString("room"), rs.getString("bed"));
            if (places.contains(place)) {
              long id = rs.getLong("id");
              atPlaces.put(place, id);
              beds.put(id, new BedRow(id, place.room() + "-" + place.bed(), rs.getLong("room_id"),
                  rs.getLong("unit_id")));
            }
          });
    }
    List<Long> others = current.stream().filter(id -> !beds.containsKey(id)).toList();
    if (!others.isEmpty()) {
      jdbc.sql("""
              SELECT b.id, b.code, b.room_id, r.code AS room_code, r.unit_id FROM bed b
              JOIN room r ON r.id = b.room_id WHERE b.id IN (:ids)""")
          .param("ids", others)
          .query(rs -> {
            beds.put(rs.getLong("id"), new BedRow(rs.getLong("id"), rs.getString("room_code") + "-"
                + rs.getString("code"), rs.getLong("room_id"), rs.getLong("unit_id")));
          });
    }
    return beds;
  }

  /** Locks the beds, in id order, and reads their statuses under the lock. */
  private Map<Long, BedMem> lockBeds(Map<Long, BedRow> rows) {
    Map<Long, BedMem> beds = new HashMap<>();
    if (rows.isEmpty()) {
      return beds;
    }
    jdbc.sql("SELECT id, status FROM bed WHERE id IN (:ids) ORDER BY id FOR UPDATE").param("ids", rows.keySet())
        .query(rs -> {
          BedRow row = rows.get(rs.getLong("id"));
          beds.put(row.id(), new BedMem(row.id(), row.label(), row.roomId(), row.unitId(),
              BedStatus.valueOf(rs.getString("status"))));
        });
    return beds;
  }

  private Map<Long, GenderPolicy> lockRooms(Collection<Long> roomIds) {
    Map<Long, GenderPolicy> rooms = new HashMap<>();
    if (roomIds.isEmpty()) {
      return rooms;
    }
    jdbc.sql("SELECT id, gender_policy FROM room WHERE id IN (:ids) ORDER BY id FOR UPDATE")
        .param("ids", new HashSet<>(roomIds))
        .query(rs -> {
          rooms.put(rs.getLong("id"), GenderPolicy.valueOf(rs.getString("gender_policy")));
        });
    return rooms;
  }

  /** The sexes of the known stays' patients (for the gender policy of their new room). */
  private void sexes(long org, Collection<StayMem> known) {
    Map<Long, List<StayMem>> byPatient = new HashMap<>();
    known.forEach(s -> byPatient.computeIfAbsent(s.patientKey, k -> new ArrayList<>()).add(s));
    if (byPatient.isEmpty()) {
      return;
    }
    jdbc.sql("SELECT id, sex FROM patient WHERE organisation_id = :org AND id IN (:ids)")
        .param("org", org).param("ids", byPatient.keySet())
        .query(rs -> {
          String sex = rs.getString("sex");
          byPatient.get(rs.getLong("id")).forEach(s -> s.sex = sex);
        });
  }

  /** The patients in hospital in these rooms: their stay id and sex, per room. */
  private Map<Long, Map<Object, String>> occupants(long org, Collection<Long> roomIds) {
    Map<Long, Map<Object, String>> occupants = new HashMap<>();
    if (roomIds.isEmpty()) {
      return occupants;
    }
    jdbc.sql("""
            SELECT b.room_id, s.id, p.sex
            FROM stay s JOIN patient p ON p.id = s.patient_id JOIN bed b ON b.id = s.bed_id
            WHERE s.organisation_id = :org AND s.status = 'IN_HOSPITAL' AND s.voided = FALSE
              AND b.room_id IN (:rooms)""")
        .param("org", org).param("rooms", roomIds)
        .query(rs -> {
          occupants.computeIfAbsent(rs.getLong("room_id"), k -> new HashMap<>()).put(rs.getLong("id"),
              rs.getString("sex"));
        });
    return occupants;
  }

  // writes

  private void insertPatients(long org, List<PatientMem> created, String user, LocalDateTime now) {
    if (created.isEmpty()) {
      return;
    }
    List<Long> ids = insertReturningIds("""
        INSERT INTO patient (organisation_id, mrn, family_name, given_name, birth_date, sex, created_at, created_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", created.size(), (ps, i) -> {
          PatientIdentity p = created.get(i).identity;
          ps.setLong(1, org);
          ps.setString(2, p.mrn());
          ps.setString(3, p.familyName());
          ps.setString(4, p.givenName());
          ps.setObject(5, p.birthDate());
          ps.setString(6, p.sex().name());
          ps.setTimestamp(7, Timestamp.valueOf(now));
          ps.setString(8, user);
        });
    for (int i = 0; i < created.size(); i++) {
      created.get(i).id = ids.get(i);
    }
  }

  /** New stays as the admission made them (the later changes of the run are written by {@link #updateStays}). */
  private void insertStays(long org, List<StayMem> created, List<Move> moves, String user, LocalDateTime now) {
    if (created.isEmpty()) {
      return;
    }
    Map<StayMem, Move> admissions = new LinkedHashMap<>();
    moves.stream().filter(mv -> mv.kind() == StayRepository.MovementKind.ADMISSION)
        .forEach(mv -> admissions.put(mv.stay(), mv));
    List<Long> ids = insertReturningIds("""
        INSERT INTO stay (organisation_id, patient_id, status, unit_id, bed_id, admitted_at, admission_source,
                          planned, external_id, created_at, created_by)
        VALUES (?, ?, 'IN_HOSPITAL', ?, ?, ?, ?, FALSE, ?, ?, ?)""", created.size(), (ps, i) -> {
          StayMem s = created.get(i);
          Move admission = admissions.get(s);
          FeedMovement m = (FeedMovement) admission.event();
          ps.setLong(1, org);
          ps.setLong(2, s.patientKey);
          ps.setLong(3, admission.toUnit());
          ps.setLong(4, admission.toBed());
          ps.setTimestamp(5, Timestamp.valueOf(admission.at()));
          ps.setString(6, m.source().name());
          ps.setString(7, s.visit);
          ps.setTimestamp(8, Timestamp.valueOf(now));
          ps.setString(9, user);
        });
    for (int i = 0; i < created.size(); i++) {
      created.get(i).id = ids.get(i);
    }
  }

  /** Each stay the run changed after its admission, written once in its final state. */
  private void updateStays(Collection<StayMem> all, String user, LocalDateTime now) {
    List<StayMem> changed = all.stream().filter(s -> s.changes > 0).sorted((a, b) -> Long.compare(a.id, b.id))
        .toList();
    if (changed.isEmpty()) {
      return;
    }
    template.batchUpdate("""
        UPDATE stay SET status = ?, unit_id = ?, bed_id = ?, discharged_at = COALESCE(?, discharged_at),
                        discharge_destination = COALESCE(?, discharge_destination), changed_at = ?, changed_by = ?,
                        version = version + ?
        WHERE id = ?""", new BatchPreparedStatementSetter() {
          @Override
          public void setValues(PreparedStatement ps, int i) throws SQLException {
            StayMem s = changed.get(i);
            ps.setString(1, s.status.name());
            ps.setLong(2, s.unitId);
            ps.setObject(3, s.bedId, Types.BIGINT);
            ps.setObject(4, s.dischargedAt == null ? null : Timestamp.valueOf(s.dischargedAt), Types.TIMESTAMP);
            ps.setObject(5, s.destination == null ? null : s.destination.name(), Types.VARCHAR);
            ps.setTimestamp(6, Timestamp.valueOf(now));
            ps.setString(7, user);
            ps.setInt(8, s.changes);
            ps.setLong(9, s.id);
          }

          @Override
          public int getBatchSize() {
            return changed.size();
          }
        });
  }

  /** Each bed the run changed, from its status before the run (locked) to its final one. */
  private void updateBeds(Collection<BedMem> all, LocalDateTime now) {
    List<BedMem> changed = all.stream().filter(b -> b.status != b.initial).sorted((a, b) -> Long.compare(a.id, b.id))
        .toList();
    if (changed.isEmpty()) {
      return;
    }
    int[] counts = template.batchUpdate("""
        UPDATE bed SET status = ?, blocked_reason = NULL, status_changed_at = ? WHERE id = ? AND status = ?""",
        new BatchPreparedStatementSetter() {
          @Override
          public void setValues(PreparedStatement ps, int i) throws SQLException {
            BedMem b = changed.get(i);
            ps.setString(1, b.status.name());
            ps.setTimestamp(2, Timestamp.valueOf(now));
            ps.setLong(3, b.id);
            ps.setString(4, b.initial.name());
          }

          @Override
          public int getBatchSize() {
            return changed.size();
          }
        });
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == 0) {
        throw new ConflictException("concurrent-change", "Bed " + changed.get(i).label + " changed meanwhile");
      }
    }
  }

  private interface Setter {
    void set(PreparedStatement ps, int i) throws SQLException;
  }

  /** A batch of INSERTs, with the generated id of each row in order. */
  private List<Long> insertReturningIds(String sql, int size, Setter setter) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    template.batchUpdate(connection -> connection.prepareStatement(sql, new String[] {"id"}),
        new BatchPreparedStatementSetter() {
          @Override
          public void setValues(PreparedStatement ps, int i) throws SQLException {
            setter.set(ps, i);
          }

          @Override
          public int getBatchSize() {
            return size;
          }
        }, keys);
    List<Long> ids = keys.getKeyList().stream().map(k -> ((Number) k.values().iterator().next()).longValue())
        .toList();
    if (ids.size() != size) {
      throw new IllegalStateException("expected " + size + " generated ids, got " + ids.size());
    }
    return ids;
  }
}

package fr.hen.adt.feed;

import static fr.hen.stays.HospitalFeed.FeedMovement.Kind.ADMISSION;
import static fr.hen.stays.HospitalFeed.FeedMovement.Kind.DISCHARGE;
import static fr.hen.stays.HospitalFeed.FeedMovement.Kind.TRANSFER;
import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.PostgresIntegrationTest;
import fr.hen.platform.SystemActor;
import fr.hen.platform.SystemActors;
import fr.hen.stays.AdmissionSource;
import fr.hen.stays.DischargeDestination;
import fr.hen.stays.HospitalFeed;
import fr.hen.stays.HospitalFeed.FeedMovement;
import fr.hen.stays.HospitalFeed.FeedPatient;
import fr.hen.stays.HospitalFeed.FeedPlace;
import fr.hen.stays.StayMovementsRecorded;
import fr.hen.stays.StaysFixture;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The feed's bulk path ({@link HospitalFeed#record}) against the single calls: the same run applied to two identical
 * hospitals, one in bulk and one call by call, leaves the same stays, movements, beds, patients, audit entries and
 * bed history; the run stops before each case it leaves to the single calls, having changed nothing of it; two runs
 * racing for one bed never both take it.
 */
@PostgresIntegrationTest
@RecordApplicationEvents
class FeedBatchIntegrationTest {

  @Autowired HospitalFeed feed;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ApplicationEvents events;

  StaysFixture fixture;
  final LocalDateTime t0 = LocalDateTime.now().minusHours(6).withNano(0);

  @BeforeEach
  void setUp() {
    fixture = new StaysFixture(jdbc);
  }

  /** A hospital: unit MED with rooms 101 (any), 102 (same sex), 103 (women only), 104 (any), two beds each. */
  long hospital() {
    long org = fixture.organisation("HOSPITAL");
    long med = fixture.unit(org, "MED");
    for (String[] room : new String[][] {{"101", "ANY"}, {"102", "SAME"}, {"103", "FEMALE"}, {"104", "ANY"}}) {
      long id = fixture.room(med, room[0], room[1]);
      fixture.bed(id, "A", "FREE", null);
      fixture.bed(id, "B", "FREE", null);
    }
    return org;
  }

  static FeedPatient patient(String mrn, String sex) {
    return new FeedPatient(mrn, "Nom" + mrn, "Prenom", LocalDate.of(1960, 5, 6), sex);
  }

  static FeedPlace at(String room, String bed) {
    return new FeedPlace("MED", room, bed);
  }

  FeedMovement admit(String visit, String mrn, String sex, String room, String bed, int minutes) {
    return new FeedMovement(ADMISSION, visit, patient(mrn, sex), at(room, bed), t0.plusMinutes(minutes),
        AdmissionSource.HOME, null);
  }

  FeedMovement transfer(String visit, String room, String bed, int minutes) {
    return new FeedMovement(TRANSFER, visit, null, at(room, bed), t0.plusMinutes(minutes), null, null);
  }

  FeedMovement discharge(String visit, int minutes) {
    return new FeedMovement(DISCHARGE, visit, null, null, t0.plusMinutes(minutes), null, DischargeDestination.SMR);
  }

  /** Applies the run in bulk, in one transaction gathering its events; returns how many it applied. */
  int bulk(SystemActor actor, List<FeedMovement> run) {
    return new TransactionTemplate(transactions).execute(s -> feed.together(
        () -> SystemActors.run(actor, () -> feed.record(actor, run))));
  }

  /** Applies the run with one single call each, in one transaction, each movement publishing its own event. */
  void oneByOne(SystemActor actor, List<FeedMovement> run) {
    new TransactionTemplate(transactions).executeWithoutResult(s -> SystemActors.run(actor, () -> {
      for (FeedMovement m : run) {
        switch (m.kind()) {
          case ADMISSION -> feed.admit(actor, m.visitNumber(), m.patient(), m.place(), m.at(), m.source());
          case TRANSFER -> feed.transfer(actor, m.visitNumber(), m.place(), m.at());
          case DISCHARGE -> feed.discharge(actor, m.visitNumber(), m.at(), m.destination());
        }
      }
      return null;
    }));
  }

  /** A run touching stays known before it (one admitted earlier, one of a patient who comes back) and its own. */
  List<FeedMovement> run() {
    return List.of(
        admit("N1", "M1", "F", "101", "B", 60), // next to the earlier stay E1
        transfer("E1", "102", "A", 61), // a known stay into the same-sex room
        admit("N2", "M2", "F", "102", "B", 62), // a woman beside her
        admit("N3", "M3", "M", "104", "A", 63),
        transfer("N3", "104", "B", 64), // admitted and moved in the same run
        discharge("N3", 65), // ... and gone: bed 104-B to cleaning
        admit("N4", "ME", "M", "104", "A", 66), // 104-A was left for cleaning by N3: the single call refuses it
        discharge("E1", 67),
        admit("N5", "MR", "F", "103", "A", 68), // the patient of a past stay comes back
        transfer("N1", "103", "B", 69),
        discharge("N2", 70));
  }

  void before(SystemActor actor) {
    // E1 in 101-A (woman), and a past stay of patient MR, discharged
    new TransactionTemplate(transactions).executeWithoutResult(s -> SystemActors.run(actor, () -> {
      feed.admit(actor, "E1", patient("ME1", "F"), at("101", "A"), t0, AdmissionSource.HOME);
      feed.admit(actor, "P1", patient("MR", "F"), at("104", "B"), t0.plusMinutes(1), AdmissionSource.HOME);
      feed.discharge(actor, "P1", t0.plusMinutes(2), DischargeDestination.HOME);
      return null;
    }));
    // the bed left by P1 is clean again
    jdbc.sql("""
            UPDATE bed SET status = 'FREE' WHERE status = 'CLEANING' AND room_id IN (SELECT r.id FROM room r
              JOIN unit u ON u.id = r.unit_id WHERE u.organisation_id = :org)""")
        .param("org", actor.organisationId()).update();
  }

  @Test
  void bulkLeavesWhatTheSingleCallsLeave() throws InterruptedException {
    long bulkOrg = hospital();
    long singleOrg = hospital();
    SystemActor bulkActor = Facilities.actorFor(bulkOrg, "bulk" + bulkOrg);
    SystemActor singleActor = Facilities.actorFor(singleOrg, "bulk" + bulkOrg); // same name: same audit rows
    before(bulkActor);
    before(singleActor);
    // N4 goes to 104-A, left for cleaning by N3 in the same run: the bulk path stops there, as the single call fails
    List<FeedMovement> run = run();
    int stop = run.indexOf(run.stream().filter(m -> m.visitNumber().equals("N4")).findFirst().orElseThrow());
    List<FeedMovement> first = run.subList(0, stop);
    List<FeedMovement> rest = new ArrayList<>(run.subList(stop + 1, run.size()));

    events.clear();
    assertThat(bulk(bulkActor, run)).isEqualTo(stop);
    assertThat(bulk(bulkActor, rest)).isEqualTo(rest.size());
    List<StayMovementsRecorded> bulkEvents = events.stream(StayMovementsRecorded.class)
        .filter(e -> e.organisationId() == bulkOrg).toList();
    oneByOne(singleActor, first);
    oneByOne(singleActor, rest);
    assertThat(events.stream(StayMovementsRecorded.class).filter(e -> e.organisationId() == singleOrg)).isEmpty();

    assertThat(snapshot(bulkOrg)).isEqualTo(snapshot(singleOrg));
    assertThat(described(bulkOrg, bulkEvents)).containsExactly(
        "admitted N1 N2 N3; transferred E1 N3; discharged N3:SMR@" + t0.plusMinutes(65),
        "admitted N5; transferred N1; discharged E1:SMR@" + t0.plusMinutes(67) + " N2:SMR@" + t0.plusMinutes(70));
    // the other modules' listeners of the batch events (census, discharge plans) end where those of the single
    // events do
    // the listeners run after the commits, the bulk side's once per batch: wait for the bulk side's final state
    // (nine placements, every plan at its stay's status, four status changes), then for the single side to equal it
    List<String> finalPlans = List.of("E1 DISCHARGED SMR", "N1 IN_HOSPITAL -", "N2 DISCHARGED SMR",
        "N3 DISCHARGED SMR", "N5 IN_HOSPITAL -", "P1 DISCHARGED HOME");
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < deadline) {
      Map<String, List<String>> bulk = readModels(bulkOrg);
      if (bulk.get("census").size() == 9 && bulk.get("plans").equals(finalPlans)
          && bulk.get("plan changes").size() == 2 && bulk.equals(readModels(singleOrg))) {
        break;
      }
      Thread.sleep(50);
    }
    assertThat(readModels(bulkOrg).get("census")).hasSize(9);
    assertThat(readModels(bulkOrg).get("plans")).isEqualTo(finalPlans);
    assertThat(readModels(bulkOrg)).isEqualTo(readModels(singleOrg));
    assertThat(readModels(bulkOrg).get("plan changes")).anyMatch(c -> c.startsWith("N2 status IN_HOSPITAL>DISCHARGED"));
  }

  /**
   * The census placements and discharge plans of the hospital's stays, by visit number. A plan's version and history
   * are compared only for E1 and N2, admitted and discharged in different transactions: for a stay admitted and
   * discharged in one (P1, N3), the single events' listeners run in either order, and the plan opens discharged
   * (no status change) or opens in hospital and then changes.
   */
  Map<String, List<String>> readModels(long org) {
    return Map.of(
        "census", jdbc.sql("""
            SELECT s.external_id || ' ' || c.unit_code || ' ' || c.from_at || ' '
                   || COALESCE(CAST(c.to_at AS VARCHAR), '-')
            FROM census_placement c JOIN stay s ON s.id = c.stay_id WHERE c.organisation_id = :org ORDER BY 1""")
            .param("org", org).query(String.class).list(),
        "plans", jdbc.sql("""
            SELECT s.external_id || ' ' || d.status || ' ' || COALESCE(d.discharge_destination, '-')
            FROM discharge_plan d JOIN stay s ON s.id = d.stay_id WHERE d.organisation_id = :org ORDER BY 1""")
            .param("org", org).query(String.class).list(),
        "plan details", jdbc.sql("""
            SELECT s.external_id || ' ' || d.version || ' ' || COALESCE(CAST(d.discharged_at AS VARCHAR), '-') || ' '
                   || COALESCE(d.updated_by, '-')
            FROM discharge_plan d JOIN stay s ON s.id = d.stay_id
            WHERE d.organisation_id = :org AND s.external_id IN ('E1', 'N2') ORDER BY 1""")
            .param("org", org).query(String.class).list(),
        "plan changes", jdbc.sql("""
            SELECT s.external_id || ' ' || c.field || ' ' || COALESCE(c.old_value, '-') || '>'
                   || COALESCE(c.new_value, '-') || ' ' || c.changed_by || ' ' || c.actor_kind
            FROM discharge_plan_change c JOIN stay s ON s.id = c.stay_id
            WHERE c.organisation_id = :org AND s.external_id IN ('E1', 'N2') ORDER BY 1""")
            .param("org", org).query(String.class).list());
  }

  /** Everything the movements wrote, by codes and visit numbers (never ids), in a stable order. */
  Map<String, List<String>> snapshot(long org) {
    return Map.of(
        "stays", jdbc.sql("""
            SELECT s.external_id || ' ' || s.status || ' ' || COALESCE(r.code || '-' || b.code, '-') || ' '
                   || s.admitted_at || ' ' || COALESCE(CAST(s.discharged_at AS VARCHAR), '-') || ' '
                   || COALESCE(s.discharge_destination, '-') || ' ' || s.admission_source || ' ' || s.planned || ' '
                   || s.version || ' ' || p.mrn || ' ' || COALESCE(s.changed_by, '-') || ' ' || s.voided
            FROM stay s JOIN patient p ON p.id = s.patient_id LEFT JOIN bed b ON b.id = s.bed_id
                 LEFT JOIN room r ON r.id = b.room_id
            WHERE s.organisation_id = :org ORDER BY s.external_id""").param("org", org).query(String.class).list(),
        "movements", jdbc.sql("""
            SELECT s.external_id || ' ' || m.kind || ' ' || m.occurred_at || ' '
                   || COALESCE(fr.code || '-' || fb.code, '-') || ' ' || COALESCE(tr.code || '-' || tb.code, '-')
                   || ' ' || m.voided
            FROM movement m JOIN stay s ON s.id = m.stay_id
                 LEFT JOIN bed fb ON fb.id = m.from_bed_id LEFT JOIN room fr ON fr.id = fb.room_id
                 LEFT JOIN bed tb ON tb.id = m.to_bed_id LEFT JOIN room tr ON tr.id = tb.room_id
            WHERE s.organisation_id = :org ORDER BY s.external_id, m.occurred_at, m.id""")
            .param("org", org).query(String.class).list(),
        "beds", jdbc.sql("""
            SELECT r.code || '-' || b.code || ' ' || b.status || ' ' || COALESCE(b.blocked_reason, '-')
            FROM bed b JOIN room r ON r.id = b.room_id JOIN unit u ON u.id = r.unit_id
            WHERE u.organisation_id = :org ORDER BY r.code, b.code""").param("org", org).query(String.class).list(),
        "patients", jdbc.sql("""
            SELECT mrn || ' ' || family_name || ' ' || given_name || ' ' || birth_date || ' ' || sex || ' '
                   || created_by
            FROM patient WHERE organisation_id = :org ORDER BY mrn""").param("org", org).query(String.class).list(),
        "audit", jdbc.sql("""
            SELECT a.action || ' ' || a.resource_type || ' ' || COALESCE(s.external_id, '-') || ' '
                   || COALESCE(p.mrn, '-') || ' ' || COALESCE(a.detail, '-') || ' ' || a.username || ' ' || a.actor_kind
            FROM audit_event a LEFT JOIN stay s ON CAST(s.id AS VARCHAR) = a.resource_id AND a.resource_type = 'Stay'
                 LEFT JOIN patient p ON p.id = a.patient_id
            WHERE a.organisation_id = :org ORDER BY 1""").param("org", org).query(String.class).list(),
        "history", jdbc.sql("""
            SELECT r.code || '-' || b.code || ' ' || h.from_status || '>' || h.to_status
            FROM bed_status_history h JOIN bed b ON b.id = h.bed_id JOIN room r ON r.id = b.room_id
            WHERE h.organisation_id = :org ORDER BY 1""").param("org", org).query(String.class).list());
  }

  /** Each batch event as text, stays named by visit number. */
  List<String> described(long org, List<StayMovementsRecorded> batches) {
    Map<Long, String> visits = jdbc.sql("SELECT id, external_id FROM stay WHERE organisation_id = :org")
        .param("org", org).query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    return batches.stream().map(b -> "admitted " + b.admitted().stream().map(e -> visits.get(e.stayId()))
        .collect(Collectors.joining(" ")) + "; transferred " + b.transferred().stream()
        .map(e -> visits.get(e.stayId())).collect(Collectors.joining(" ")) + "; discharged " + b.discharged().stream()
        .map(e -> visits.get(e.stayId()) + ":" + e.destination() + "@" + e.dischargedAt())
        .collect(Collectors.joining(" "))).toList();
  }

  @Test
  void stopsBeforeWhatItLeavesToTheSingleCalls() {
    long org = hospital();
    SystemActor actor = Facilities.actorFor(org, "stops" + org);
    before(actor);
    // each case after one good admission: the run applies the admission and stops before the case, unchanged
    Map<String, FeedMovement> cases = new java.util.LinkedHashMap<>();
    cases.put("unknown stay", transfer("NOPE", "104", "A", 90));
    cases.put("occupied bed", transfer("E1", "102", "B", 90));
    cases.put("before the last movement", discharge("E1", -30));
    cases.put("opposite sex in a same-sex room", admit("X2", "MX2", "M", "102", "A", 90));
    cases.put("men into a women-only room", admit("X3", "MX3", "M", "103", "A", 90));
    cases.put("patient already in hospital", admit("X4", "ME1", "F", "104", "A", 90));
    cases.put("another identity for the MRN", new FeedMovement(ADMISSION, "X5", new FeedPatient("MR", "Autre",
        "Prenom", LocalDate.of(1960, 5, 6), "F"), at("104", "A"), t0.plusMinutes(90), AdmissionSource.HOME, null));
    cases.put("visit already admitted", admit("E1", "MX6", "F", "104", "A", 90));
    cases.put("in the future", discharge("E1", 60 * 24));
    cases.put("no bed given", new FeedMovement(TRANSFER, "E1", null, null, t0.plusMinutes(90), null, null));
    cases.put("unknown bed", transfer("E1", "999", "Z", 90));
    int n = 0;
    for (Map.Entry<String, FeedMovement> c : cases.entrySet()) {
      n++;
      String visit = "G" + n;
      long movementsBefore = fixture.count("SELECT COUNT(*) FROM movement m JOIN stay s ON s.id = m.stay_id "
          + "WHERE s.organisation_id = ?", org);
      int applied = bulk(actor, List.of(admit(visit, "MG" + n, "F", "102", "B", 80), c.getValue(),
          transfer("E1", "104", "A", 95)));
      assertThat(applied).as(c.getKey()).isEqualTo(1);
      assertThat(fixture.count("SELECT COUNT(*) FROM movement m JOIN stay s ON s.id = m.stay_id "
          + "WHERE s.organisation_id = ?", org)).as(c.getKey()).isEqualTo(movementsBefore + 1);
      // the good admission leaves again, so that the next case finds 102-B free
      bulk(actor, List.of(discharge(visit, 85)));
      jdbc.sql("""
              UPDATE bed SET status = 'FREE' WHERE status = 'CLEANING' AND room_id IN (SELECT r.id FROM room r
                JOIN unit u ON u.id = r.unit_id WHERE u.organisation_id = :org)""").param("org", org).update();
    }
    assertThat(fixture.count("SELECT COUNT(*) FROM stay s JOIN bed b ON b.id = s.bed_id JOIN room r "
        + "ON r.id = b.room_id WHERE s.organisation_id = ? AND s.external_id = 'E1' AND r.code = '101'", org))
        .isEqualTo(1);
  }

  @Test
  void stopsAtAReservedBedAndAPlannedAdmission() {
    long org = hospital();
    SystemActor actor = Facilities.actorFor(org, "plans" + org);
    before(actor);
    jdbc.sql("""
            UPDATE bed SET status = 'RESERVED' WHERE code = 'A' AND room_id IN (SELECT r.id FROM room r
              JOIN unit u ON u.id = r.unit_id WHERE u.organisation_id = :org AND r.code = '104')""")
        .param("org", org).update();
    assertThat(bulk(actor, List.of(admit("R1", "MR1", "F", "101", "B", 80), admit("R2", "MR2", "F", "104", "A",
        81)))).isEqualTo(1);
    jdbc.sql("""
            INSERT INTO planned_admission (organisation_id, planned_date, nights, specialism, sex, status, mrn,
                                           family_name, given_name, birth_date, external_ref, created_at, created_by,
                                           changed_at, changed_by)
            VALUES (:org, :day, 2, 'INTERNAL_MEDICINE', 'F', 'PLANNED', 'MP', 'Nom', 'Prenom', DATE '1960-05-06',
                    'PV', CURRENT_TIMESTAMP, 'test', CURRENT_TIMESTAMP, 'test')""")
        .param("org", org).param("day", t0.toLocalDate()).update();
    assertThat(bulk(actor, List.of(admit("PV", "MP", "F", "104", "B", 82)))).isZero();
    assertThat(fixture.count("SELECT COUNT(*) FROM stay WHERE organisation_id = ? AND external_id = 'PV'", org))
        .isZero();
  }

  @Test
  void twoRunsRacingForOneBedNeverBothTakeIt() throws Exception {
    long org = hospital();
    SystemActor actor = Facilities.actorFor(org, "race" + org);
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (String visit : List.of("RA", "RB")) {
        Callable<Integer> run = () -> {
          start.await();
          return bulk(actor, List.of(admit(visit, "M" + visit, "F", "101", "A", 10),
              admit(visit + "2", "M" + visit + "2", "F", "104", visit.equals("RA") ? "A" : "B", 11)));
        };
        runs.add(pool.submit(run));
      }
      List<Integer> applied = List.of(runs.get(0).get(), runs.get(1).get());
      assertThat(applied).containsExactlyInAnyOrder(2, 0);
    } finally {
      pool.shutdownNow();
    }
    assertThat(fixture.count("SELECT COUNT(*) FROM stay s JOIN bed b ON b.id = s.bed_id JOIN room r ON r.id = "
        + "b.room_id WHERE s.organisation_id = ? AND r.code = '101' AND b.code = 'A'", org)).isEqualTo(1);
  }
}

package fr.hen.demo;

import fr.hen.demo.DemoHospitals.Bed;
import fr.hen.demo.DemoNetwork.Org;
import fr.hen.discharge.DischargeBulkLoader;
import fr.hen.network.CapacityStatus;
import fr.hen.network.Contact;
import fr.hen.network.GeoPoint;
import fr.hen.network.OrganisationBulkLoader;
import fr.hen.network.OrganisationType;
import fr.hen.network.PartnershipStatus;
import fr.hen.platform.BulkInsert;
import fr.hen.stays.AdmissionSource;
import fr.hen.stays.BedStatus;
import fr.hen.stays.DischargeDestination;
import fr.hen.stays.StayStatus;
import fr.hen.stays.StaysBulkLoader;
import fr.hen.stays.StaysBulkLoader.MovementKind;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.StopWatch;

/**
 * Writes the demo network through the modules' bulk loaders (tens of thousands of rows in seconds): the network's
 * {@link OrganisationBulkLoader}, the discharge module's {@link DischargeBulkLoader} (plans and referrals, see
 * {@link DemoDischarge}), then the stays module's {@link StaysBulkLoader}. Ids are assigned here, since the
 * stays refer to the organisations; each loader restarts its identities past them.
 */
@Component
class DemoWriter {

  /** What was written; {@code organisationIds} by organisation code (left out of the log line). */
  record Counts(int organisations, int units, int beds, int patients, int stays, int referrals, String timings,
      Map<String, Long> organisationIds) {

    @Override
    public String toString() {
      return "Counts[organisations=%d, units=%d, beds=%d, patients=%d, stays=%d, referrals=%d, timings=%s]"
          .formatted(organisations, units, beds, patients, stays, referrals, timings);
    }
  }

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoWriter.class);

  static final long SEED = 20_260_101L;
  /**
   * The tables the H2 bulk load writes most rows into: their plain indexes are built after it, one after the other
   * (building them on each loading thread as soon as it had written its tables took more processor time: 5.4–5.5 s
   * for the three threads against 4.4–4.9 s, the 2 cores being shared with the start of the application).
   */
  private static final Set<String> BULK_TABLES = Set.of("patient", "stay", "movement", "discharge_plan",
      "discharge_plan_change", "referral_file", "referral", "referral_transition", "referral_message");
  private static final String BY = "demo";

  private final OrganisationBulkLoader organisations;
  private final StaysBulkLoader stays;
  private final BulkInsert bulk;
  private final DischargeBulkLoader discharge;
  private final JdbcTemplate jdbc;

  DemoWriter(OrganisationBulkLoader organisations, StaysBulkLoader stays, BulkInsert bulk,
      DischargeBulkLoader discharge, JdbcTemplate jdbc) {
    this.organisations = organisations;
    this.stays = stays;
    this.bulk = bulk;
    this.discharge = discharge;
    this.jdbc = jdbc;
  }

  Counts write() {
    StopWatch watch = new StopWatch();
    watch.start("organisations");
    Random random = new Random(SEED);
    LocalDateTime now = LocalDateTime.now().withSecond(0).withNano(0);
    List<Org> orgs = DemoNetwork.organisations(random);
    organisations.load(orgs.stream().map(o -> organisation(o, now)).toList());
    watch.stop();

    watch.start("layout and simulation");
    DemoHospitals.Layout layout = new DemoHospitals(random)
        .add(2, DemoHospitals.CANCER_CENTRE).add(3, DemoHospitals.ARTOIS).add(4, DemoHospitals.LITTORAL).layout();
    Set<Long> underSolicited = orgs.stream().filter(DemoDischarge::underSolicited).map(Org::id)
        .collect(Collectors.toSet());
    DemoStays.Result result = new DemoStays(random, now, DemoDischarge.dischargeTargets(orgs), underSolicited)
        .simulate(layout.beds(), Map.of(2L, "COF", 3L, "CHA", 4L, "HDL"));
    StaysBulkLoader.Load load = load(layout, result, now);
    DischargeBulkLoader.Load plans = new DemoDischarge(new Random(SEED + 1), now, orgs, result.patients())
        .generate(result.stays());
    watch.stop();

    if (bulk.copies()) {
      // PostgreSQL, one transaction: the plans first (the discharge module creates a plan for each stay it hears
      // of unless one exists), then the stays
      watch.start("discharge plans and referrals");
      discharge.load(plans);
      watch.stop();
      watch.start("stays");
      stays.load(load);
      watch.stop();
    } else {
      // H2, statement by statement: the stays, the plans and the referrals at once on three threads (no table in
      // common), the tables' plain indexes built after the load (H2BulkLoad). The stays' events are published once
      // the application has started, after all three.
      watch.start("stays, and discharge plans and referrals alongside");
      H2BulkLoad.withoutReferenceChecks(jdbc, () -> H2BulkLoad.withoutIndexes(jdbc, BULK_TABLES,
          () -> loadAlongside(load, plans)));
      watch.stop();
    }
    return new Counts(orgs.size(), layout.units().size(), layout.beds().size(), result.patients().size(),
        result.stays().size(), plans.referrals().size(), watch.prettyPrint(TimeUnit.MILLISECONDS),
        orgs.stream().collect(Collectors.toMap(Org::code, Org::id)));
  }

  /** H2: the stays, the plans and the referrals at once on three threads (no table in common). */
  private void loadAlongside(StaysBulkLoader.Load load, DischargeBulkLoader.Load plans) {
    CompletableFuture<Void> planLoad = alongside("demo-plans", () -> discharge.load(new DischargeBulkLoader.Load(
        plans.plans(), plans.planChanges(), List.of(), List.of(), List.of(), List.of())));
    CompletableFuture<Void> referralLoad = alongside("demo-referrals", () -> discharge.load(
        new DischargeBulkLoader.Load(List.of(), List.of(), plans.files(), plans.referrals(), plans.transitions(),
            plans.messages())));
    try {
      cpu("demo-stays", () -> stays.load(load));
    } finally {
      try {
        CompletableFuture.allOf(planLoad, referralLoad).join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException cause ? cause : e;
      }
    }
  }

  private static CompletableFuture<Void> alongside(String name, Runnable work) {
    return CompletableFuture.runAsync(() -> cpu(name, work), runnable -> Thread.ofPlatform().name(name)
        .start(runnable));
  }

  /** Runs the work and logs the processor time its thread spent on it (the start shares 2 cores with the JIT). */
  private static void cpu(String name, Runnable work) {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    work.run();
    log.info("{} loaded with {} ms of processor time", name, (threads.getCurrentThreadCpuTime() - start) / 1_000_000);
  }

  /** Whether the database takes {@code COPY} (PostgreSQL), the bulk path that keeps one transaction cheap. */
  boolean copiesInBulk() {
    return bulk.copies();
  }

  /**
   * Deletes everything the demo loaded, stays first: used only when a seeding that started on an empty database (no
   * organisation, hence no unit, patient, stay or account) failed half way without a transaction around it.
   */
  void removeAll() {
    discharge.clear();
    stays.clear();
    organisations.clear();
  }

  private static OrganisationBulkLoader.Entry organisation(Org o, LocalDateTime now) {
    return new OrganisationBulkLoader.Entry(o.id(), o.code(), OrganisationType.valueOf(o.type()), o.name(),
        o.finess(), o.address(), o.town().postcode(), o.town().name(),
        new GeoPoint(o.town().latitude(), o.town().longitude()),
        String.format("03 2%d %02d %02d %02d", o.id() % 10, o.id() % 97, (o.id() * 7) % 100, (o.id() * 13) % 100),
        o.code().toLowerCase() + "@demo.example.org", PartnershipStatus.valueOf(o.status()), o.answerDelayHours(),
        serviceRadiusKm(o.type()), "PROSPECT".equals(o.status()) ? null
            : now.toLocalDate().minusMonths(14 + o.id() % 30).withDayOfMonth(1 + (int) (o.id() % 28)),
        now,
        o.capacities().stream().map(c -> new OrganisationBulkLoader.DeclaredCapacity(c.capability(), c.places(),
            c.free(), CapacityStatus.valueOf(c.status()), now.minusHours(1 + (o.id() * 5) % 70))).toList(),
        List.of(new Contact(o.contactName(), o.contactRole(),
            String.format("06 %02d %02d %02d %02d", o.id() % 100, (o.id() * 3) % 100, (o.id() * 11) % 100, 42),
            "contact." + o.code().toLowerCase() + "@demo.example.org")));
  }

  /** Partners that care at home serve a territory around their site; institutions take patients from anywhere. */
  private static Integer serviceRadiusKm(String type) {
    return switch (type) {
      case "HAD" -> 40;
      case "SSIAD", "HOME_CARE" -> 25;
      case "DAC" -> 50;
      default -> null;
    };
  }

  private static StaysBulkLoader.Load load(DemoHospitals.Layout layout, DemoStays.Result result,
      LocalDateTime now) {
    Map<Long, DemoStays.BedState> states = result.bedStates().stream()
        .collect(Collectors.toMap(DemoStays.BedState::bedId, Function.identity()));
    List<StaysBulkLoader.Movement> movements = new ArrayList<>();
    List<StaysBulkLoader.Stay> stays = new ArrayList<>(result.stays().size());
    for (DemoStays.Stay s : result.stays()) {
      Bed bed = s.bed();
      long unit = bed.unit().id();
      movements.add(new StaysBulkLoader.Movement(movements.size() + 1L, s.id(), MovementKind.ADMISSION,
          s.admittedAt(), null, null, unit, bed.id()));
      if (!s.inHospital()) {
        movements.add(new StaysBulkLoader.Movement(movements.size() + 1L, s.id(), MovementKind.DISCHARGE,
            s.dischargedAt(), unit, bed.id(), null, null));
      }
      stays.add(new StaysBulkLoader.Stay(s.id(), s.organisationId(), s.patientId(),
          s.inHospital() ? StayStatus.IN_HOSPITAL : StayStatus.DISCHARGED, unit, s.inHospital() ? bed.id() : null,
          s.admittedAt(), AdmissionSource.valueOf(s.source()), s.planned(), s.expectedDischargeDate(),
          s.medicallyReadyAt(), s.dischargedAt(), s.destination() == null ? null
          : DischargeDestination.valueOf(s.destination()), s.destinationOrganisationId()));
    }
    return new StaysBulkLoader.Load(
        layout.units().stream().map(u -> new StaysBulkLoader.Unit(u.id(), u.organisationId(), u.spec().code(),
            u.spec().name(), u.spec().specialism())).toList(),
        layout.rooms().stream().map(r -> new StaysBulkLoader.Room(r.id(), r.unitId(), r.code(), r.capacity(),
            r.genderPolicy(), r.equipment().isEmpty() ? List.of() : Arrays.asList(r.equipment().split(","))))
            .toList(),
        layout.beds().stream().map(b -> new StaysBulkLoader.Bed(b.id(), b.roomId(), b.code(),
            BedStatus.valueOf(states.get(b.id()).status()), states.get(b.id()).blockedReason(), now)).toList(),
        result.patients().stream().map(p -> new StaysBulkLoader.Patient(p.id(), p.organisationId(), p.mrn(),
            p.familyName(), p.givenName(), p.birthDate(), p.sex())).toList(),
        stays, movements, BY);
  }
}

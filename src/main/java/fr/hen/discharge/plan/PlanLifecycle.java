package fr.hen.discharge.plan;

import fr.hen.discharge.plan.DischargePlan.Change;
import fr.hen.discharge.plan.DischargePlan.Opening;
import fr.hen.platform.SystemActor;
import fr.hen.platform.SystemActors;
import fr.hen.stays.AdmissionCancelled;
import fr.hen.stays.DischargeCancelled;
import fr.hen.stays.PatientAdmitted;
import fr.hen.stays.PatientDischarged;
import fr.hen.stays.StayFacts;
import fr.hen.stays.StayFacts.StayFact;
import fr.hen.stays.StayStatus;
import fr.hen.stays.StayMovementsRecorded;
import fr.hen.stays.StaysLoaded;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Plans follow the stays: a plan is opened when a stay starts ({@code PatientAdmitted}, a bulk load's
 * {@code StaysLoaded}), closed when the patient leaves ({@code PatientDischarged}: status {@code DISCHARGED} with the
 * time, destination and partner), voided with its admission ({@code AdmissionCancelled}) and open again when a
 * discharge is cancelled ({@code DischargeCancelled}). Runs as the system actor {@code system:discharge-plan}, which
 * reads {@link StayFacts}. Idempotent: a plan is inserted only when missing (a bulk loader may have written it), and
 * each event moves the plan to the stay's status as {@code StayFacts} gives it now, so an event delivered twice or
 * late ends with the stay's latest state.
 */
@Component
class PlanLifecycle {

  static final SystemActor ACTOR = SystemActor.of("discharge-plan", StayFacts.READ_RIGHT);

  private final StayFacts stays;
  private final PlanRepository plans;
  private final Clock clock;

  PlanLifecycle(StayFacts stays, PlanRepository plans, Clock clock) {
    this.stays = stays;
    this.plans = plans;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(PatientAdmitted event) {
    follow(event.stayId(), null);
  }

  @ApplicationModuleListener
  void on(PatientDischarged event) {
    follow(event.stayId(), event.destinationOrganisationId());
  }

  @ApplicationModuleListener
  void on(AdmissionCancelled event) {
    follow(event.stayId(), null);
  }

  @ApplicationModuleListener
  void on(DischargeCancelled event) {
    follow(event.stayId(), null);
  }

  /**
   * A feed's batch: each admitted or discharged stay followed once, in one transaction, in id order (a stay both
   * admitted and discharged in the batch ends discharged, with its discharge's destination).
   */
  @ApplicationModuleListener
  void on(StayMovementsRecorded event) {
    java.util.TreeMap<Long, Long> destinations = new java.util.TreeMap<>();
    event.admitted().forEach(e -> destinations.putIfAbsent(e.stayId(), null));
    event.discharged().forEach(e -> destinations.put(e.stayId(), e.destinationOrganisationId()));
    LocalDateTime now = LocalDateTime.now(clock);
    java.util.Map<Long, StayFact> facts = new java.util.HashMap<>();
    SystemActors.run(ACTOR, () -> stays.findAll(destinations.keySet())).forEach(f -> facts.put(f.stayId(), f));
    plans.openAllMissing(facts.values().stream().map(f -> opening(f, destinations.get(f.stayId()))).toList(), now);
    java.util.Map<Long, DischargePlan> locked = plans.lockAllForSystem(destinations.keySet());
    List<PlanRepository.Follow> follows = new java.util.ArrayList<>();
    List<java.util.Map.Entry<long[], Change>> changes = new java.util.ArrayList<>();
    destinations.forEach((stayId, destination) -> {
      DischargePlan plan = locked.get(stayId);
      if (plan != null) {
        step(plan, destination, Optional.ofNullable(facts.get(stayId)), now).ifPresent(follow -> {
          follows.add(follow);
          if (plan.status() != follow.status()) {
            changes.add(java.util.Map.entry(new long[] {stayId, plan.organisationId()}, new Change("status",
                plan.status().name(), follow.status().name(), null, ACTOR.name(), now)));
          }
        });
      }
    });
    plans.followAll(follows, ACTOR, now);
    plans.recordAllChanges(changes, ACTOR);
  }

  /** Where a locked plan goes to follow its stay (empty: it is there already). */
  private static Optional<PlanRepository.Follow> step(DischargePlan plan, Long destinationOrganisation,
      Optional<StayFact> fact, LocalDateTime now) {
    Opening target = fact.map(f -> opening(f, destinationOrganisation != null ? destinationOrganisation
        : plan.dischargeOrganisationId())).orElse(null);
    PlanStatus status = target == null ? PlanStatus.VOIDED : target.status();
    boolean sameExit = target == null || Objects.equals(plan.dischargedAt(), target.dischargedAt())
        && Objects.equals(plan.dischargeDestination(), target.dischargeDestination())
        && Objects.equals(plan.dischargeOrganisationId(), target.dischargeOrganisationId());
    if (plan.status() == status && sameExit) {
      return Optional.empty();
    }
    return Optional.of(target == null
        ? new PlanRepository.Follow(plan.stayId(), status, plan.dischargedAt(), plan.dischargeDestination(),
            plan.dischargeOrganisationId())
        : new PlanRepository.Follow(plan.stayId(), status, target.dischargedAt(), target.dischargeDestination(),
            target.dischargeOrganisationId()));
  }

  @ApplicationModuleListener
  void on(StaysLoaded event) {
    openAll(event.organisationId());
  }

  /** Opens the plans of every stay of the organisation that has none; how many were opened. */
  int openAll(long organisationId) {
    LocalDateTime now = LocalDateTime.now(clock);
    Set<Long> planned = plans.plannedStays(organisationId);
    List<Opening> missing = SystemActors.run(ACTOR, () -> stays.ofOrganisation(organisationId)).stream()
        .filter(fact -> !planned.contains(fact.stayId())).map(fact -> opening(fact, null)).toList();
    int opened = plans.openAllMissing(missing, now);
    plans.markSynced(organisationId, now);
    return opened;
  }

  /** Opens the stay's plan when missing, then brings its status to the stay's. */
  void follow(long stayId, Long destinationOrganisation) {
    follow(stayId, destinationOrganisation, SystemActors.run(ACTOR, () -> stays.find(stayId)));
  }

  /** {@link #follow(long, Long)} with the stay's facts already read. */
  private void follow(long stayId, Long destinationOrganisation, Optional<StayFact> fact) {
    LocalDateTime now = LocalDateTime.now(clock);
    fact.ifPresent(f -> plans.openIfMissing(opening(f, destinationOrganisation), now));
    plans.lockForSystem(stayId).ifPresent(plan -> step(plan, destinationOrganisation, fact, now).ifPresent(f -> {
      plans.follow(stayId, f.status(), f.dischargedAt(), f.destination(), f.destinationOrganisation(), ACTOR, now);
      if (plan.status() != f.status()) {
        plans.recordChanges(stayId, plan.organisationId(), List.of(new Change("status", plan.status().name(),
            f.status().name(), null, ACTOR.name(), now)), ACTOR);
      }
    }));
  }

  static Opening opening(StayFact f, Long destinationOrganisation) {
    boolean discharged = f.status() == StayStatus.DISCHARGED;
    return new Opening(f.stayId(), f.organisationId(), f.patientId(), f.admittedAt(),
        discharged ? PlanStatus.DISCHARGED : PlanStatus.IN_HOSPITAL, f.expectedDischargeDate(),
        f.medicallyReadyAt(), discharged ? f.dischargedAt() : null,
        discharged && f.dischargeDestination() != null ? f.dischargeDestination().name() : null,
        discharged ? destinationOrganisation : null);
  }
}

package fr.hen.discharge.plan;

import fr.hen.discharge.plan.DischargePlan.Change;
import fr.hen.discharge.plan.DischargePlan.Content;
import fr.hen.discharge.plan.DischargePlan.Opening;
import fr.hen.network.Capability;
import fr.hen.network.OrganisationDirectory;
import fr.hen.platform.Actor;
import fr.hen.platform.AuditAction;
import fr.hen.platform.AuditLog;
import fr.hen.platform.NotFoundException;
import fr.hen.platform.PageSlice;
import fr.hen.platform.RequestKeys;
import fr.hen.platform.Role;
import fr.hen.stays.DischargeDates;
import fr.hen.stays.StayRoster;
import fr.hen.stays.StayRoster.RosterLine;
import fr.hen.stays.StayStatus;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The discharge plan of a stay of the actor's hospital: read (audited), its history (audited), and changed by the
 * clinical roles under the plan's rules ({@link PlanRules}), with every changed field kept in the history and the
 * stay's copy of its dates updated in the same transaction ({@link DischargeDates}).
 */
@Service
public class PlanService {

  /** The audit resource type of plans. */
  static final String RESOURCE = "DischargePlan";

  private final PlanRepository plans;
  private final StayRoster roster;
  private final DischargeDates stayDates;
  private final OrganisationDirectory directory;
  private final AuditLog audit;
  private final RequestKeys keys;
  private final Clock clock;

  PlanService(PlanRepository plans, StayRoster roster, DischargeDates stayDates, OrganisationDirectory directory,
      AuditLog audit, RequestKeys keys, Clock clock) {
    this.plans = plans;
    this.roster = roster;
    this.stayDates = stayDates;
    this.directory = directory;
    this.audit = audit;
    this.keys = keys;
    this.clock = clock;
  }

  /** The plan of a stay of the actor's hospital (404 otherwise); the view is audited. */
  @Transactional
  @PreAuthorize("hasAnyRole('DISCHARGE_COORDINATOR', 'PHYSICIAN', 'BED_MANAGER')")
  public DischargePlan get(Actor actor, long stayId) {
    DischargePlan plan = find(actor, stayId);
    audit.record(actor, AuditAction.READ, RESOURCE, String.valueOf(stayId), plan.patientId(), "discharge plan");
    return plan;
  }

  /** A page of the plan's history, newest first; the view is audited. */
  @Transactional
  @PreAuthorize("hasAnyRole('DISCHARGE_COORDINATOR', 'PHYSICIAN', 'BED_MANAGER')")
  public PageSlice<Change> history(Actor actor, long stayId, int page, int size) {
    DischargePlan plan = find(actor, stayId);
    List<Change> changes = plans.history(actor.organisationId(), stayId, page, size);
    audit.record(actor, AuditAction.READ, RESOURCE, String.valueOf(stayId), plan.patientId(),
        "discharge plan history");
    return new PageSlice<>(changes, page, size, plans.historySize(actor.organisationId(), stayId));
  }

  /** What the discharge tab shows: the plan and a page of its history. */
  public record Tab(DischargePlan plan, PageSlice<Change> history) {}

  /** The discharge tab of a stay: its plan and a page of its history, one audited view. */
  @Transactional
  @PreAuthorize("hasAnyRole('DISCHARGE_COORDINATOR', 'PHYSICIAN', 'BED_MANAGER')")
  public Tab tab(Actor actor, long stayId, int page, int size) {
    DischargePlan plan = find(actor, stayId);
    List<Change> changes = plans.history(actor.organisationId(), stayId, page, size);
    audit.record(actor, AuditAction.READ, RESOURCE, String.valueOf(stayId), plan.patientId(), "discharge tab");
    return new Tab(plan, new PageSlice<>(changes, page, size, plans.historySize(actor.organisationId(), stayId)));
  }

  /**
   * The plan of a stay of the actor's hospital for another screen of the discharge module (matching, referrals,
   * worklist), not audited: the caller records the view it makes. Empty for a stay of another organisation.
   */
  @Transactional
  @PreAuthorize("hasAnyRole('DISCHARGE_COORDINATOR', 'PHYSICIAN', 'BED_MANAGER')")
  public java.util.Optional<DischargePlan> planOf(Actor actor, long stayId) {
    try {
      return java.util.Optional.of(find(actor, stayId));
    } catch (NotFoundException e) {
      return java.util.Optional.empty();
    }
  }

  /**
   * Changes the plan once per request key (the page's hidden key, the API's {@code Idempotency-Key}): a repeat
   * answers the plan without a second change.
   */
  @Transactional
  @PreAuthorize("hasAnyRole('DISCHARGE_COORDINATOR', 'PHYSICIAN', 'BED_MANAGER')")
  public RequestKeys.Outcome<DischargePlan> update(Actor actor, String requestKey, PlanCommand command) {
    RequestKeys.Outcome<Long> outcome = keys.once(actor, requestKey, "discharge-plan", command,
        () -> change(actor, command), String::valueOf, Long::valueOf);
    DischargePlan plan = find(actor, command.stayId());
    if (outcome.replayed()) {
      audit.record(actor, AuditAction.READ, RESOURCE, String.valueOf(plan.stayId()), plan.patientId(),
          "discharge plan");
    }
    return new RequestKeys.Outcome<>(plan, outcome.replayed());
  }

  private long change(Actor actor, PlanCommand c) {
    find(actor, c.stayId()); // opens it when its stay's event is not handled yet
    DischargePlan plan = plans.lock(actor.organisationId(), c.stayId())
        .orElseThrow(() -> new NotFoundException("Stay", c.stayId()));
    PlanRules.open(plan.status());
    PlanRules.currentVersion(c.version(), plan.version());
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDateTime ready = c.medicallyReadyAt(plan.medicallyReadyAt(), now);
    PlanRules.medicallyReadyByPhysician(plan.medicallyReadyAt(), ready, actor.has(Role.PHYSICIAN));
    Content next = validated(plan, c, ready, now);
    boolean eddChanged = !Objects.equals(plan.expectedDischargeDate(), next.expectedDischargeDate());
    List<Change> changes = PlanChanges.between(plan.content(), next, eddChanged ? PlanRules.eddReason(
        c.eddReason()) : null, actor.name(), now);
    if (changes.isEmpty()) {
      return c.stayId();
    }
    if (eddChanged || !Objects.equals(plan.medicallyReadyAt(), ready)) {
      stayDates.record(actor, c.stayId(), next.expectedDischargeDate(), ready); // the stay's copy, same transaction
    }
    if (!plans.update(c.stayId(), plan.version(), next, eddChanged, actor, now)) {
      PlanRules.currentVersion(c.version(), plan.version() + 1); // changed meanwhile: never by two at once
    }
    plans.recordChanges(c.stayId(), plan.organisationId(), changes, actor);
    audit.record(actor, AuditAction.UPDATE, RESOURCE, String.valueOf(c.stayId()), plan.patientId(),
        "discharge plan: " + changes.stream().map(Change::field).collect(Collectors.joining(", ")));
    return c.stayId();
  }

  private Content validated(DischargePlan plan, PlanCommand c, LocalDateTime ready, LocalDateTime now) {
    PlanRules.expectedDischargeNotBeforeAdmission(c.expectedDischargeDate(), plan.admittedAt());
    PlanRules.expectedDischargeWithinAYear(c.expectedDischargeDate(), plan.admittedAt());
    PlanRules.eddReason(c.eddReason());
    if (!Objects.equals(plan.medicallyReadyAt(), ready)) {
      PlanRules.medicallyReadyNotInFuture(ready, now);
      PlanRules.medicallyReadyNotBeforeAdmission(ready, plan.admittedAt());
    }
    PlanRules.knownNeeds(c.needs(), capabilityCodes());
    PlanRules.girInRange(c.gir());
    String postcode = PlanRules.frenchPostcode(c.homePostcode());
    String town = PlanRules.visibleTown(c.homeTown());
    return new Content(c.expectedDischargeDate(), ready, List.copyOf(new TreeSet<>(c.needs())), c.gir(),
        c.livesAlone(), c.carer(), c.housing(), postcode, town, c.destinationType(),
        c.checklist().stream().distinct().sorted(Comparator.comparing(Enum::name)).toList());
  }

  /** The capability codes of the network's catalogue. */
  Set<String> capabilityCodes() {
    return directory.capabilities().stream().map(Capability::code).collect(Collectors.toSet());
  }

  /**
   * The plan of a stay of the actor's organisation, opened from the stays roster when the stay's event has not been
   * handled yet; 404 for a stay of another organisation or none.
   */
  private DischargePlan find(Actor actor, long stayId) {
    long org = actor.organisationId();
    return plans.find(org, stayId).orElseGet(() -> {
      RosterLine line = roster.find(actor, stayId).orElseThrow(() -> new NotFoundException("Stay", stayId));
      plans.openIfMissing(opening(org, line), LocalDateTime.now(clock));
      return plans.find(org, stayId).orElseThrow(() -> new NotFoundException("Stay", stayId));
    });
  }

  private static Opening opening(long org, RosterLine l) {
    boolean discharged = l.status() == StayStatus.DISCHARGED;
    return new Opening(l.stayId(), org, l.patientId(), l.admittedAt(),
        discharged ? PlanStatus.DISCHARGED : PlanStatus.IN_HOSPITAL, l.expectedDischargeDate(),
        l.medicallyReadyAt(), discharged ? l.dischargedAt() : null,
        discharged && l.dischargeDestination() != null ? l.dischargeDestination().name() : null,
        discharged ? l.dischargeOrganisationId() : null);
  }
}

package fr.hen.stays.planned;

import fr.hen.platform.Actor;
import fr.hen.platform.AuditAction;
import fr.hen.platform.AuditLog;
import fr.hen.platform.ConflictException;
import fr.hen.platform.InvalidFieldException;
import fr.hen.platform.NotFoundException;
import fr.hen.platform.RequestKeys;
import fr.hen.stays.BedStatus;
import fr.hen.stays.BedStatusChanged;
import fr.hen.stays.PlannedAdmissionChanged;
import fr.hen.stays.PlannedAdmissionChanged.Change;
import fr.hen.stays.PlannedAdmissions;
import fr.hen.stays.StaysAuditTypes;
import fr.hen.stays.beds.BedRef;
import fr.hen.stays.beds.BedRepository;
import fr.hen.stays.planned.PlannedAdmissionRepository.Locked;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link PlannedAdmissions}: the queue of expected admissions and their reserved beds. */
@Service
class PlannedAdmissionService implements PlannedAdmissions {

  static final String WRITERS = "hasRole('BED_MANAGER') or hasAuthority('" + MANAGE_RIGHT + "')";
  static final String READERS = "hasAnyRole('BED_MANAGER', 'DISCHARGE_COORDINATOR', 'PHYSICIAN') or hasAuthority('"
      + MANAGE_RIGHT + "')";
  /** The stays module's deliberate back-dating right ({@code StayService.BACKDATE_RIGHT}). */
  static final String BACKDATE_RIGHT = "stays:backdate";
  static final String QUEUE_READERS = WRITERS + " or hasAuthority('" + fr.hen.stays.StayFacts.READ_RIGHT + "')";

  private final PlannedAdmissionRepository plans;
  private final BedRepository beds;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final RequestKeys keys;
  private final Clock clock;

  PlannedAdmissionService(PlannedAdmissionRepository plans, BedRepository beds, AuditLog audit,
      ApplicationEventPublisher events, RequestKeys keys, Clock clock) {
    this.plans = plans;
    this.beds = beds;
    this.audit = audit;
    this.events = events;
    this.keys = keys;
    this.clock = clock;
  }

  @Override
  @Transactional
  @PreAuthorize(WRITERS)
  public long plan(Actor actor, Plan plan) {
    long org = actor.organisationId();
    LocalDateTime now = LocalDateTime.now(clock);
    PlanRules.check(plan, now.toLocalDate(), mayBackdate());
    Long unit = unit(org, plan);
    long id;
    try {
      id = plans.insert(org, plan, unit, actor.name(), now);
    } catch (DuplicateKeyException e) {
      throw new ConflictException("external-reference-taken",
          "A planned admission with this external reference exists already");
    }
    audited(actor, AuditAction.CREATE, id, plan, plan.plannedDate().toString());
    events.publishEvent(new PlannedAdmissionChanged(id, org, Change.PLANNED, null, null));
    return id;
  }

  /** Plans once per request key (the form's hidden key, the API's {@code Idempotency-Key}). */
  @Transactional
  @PreAuthorize(WRITERS)
  public RequestKeys.Outcome<Long> planOnce(Actor actor, String requestKey, Plan plan) {
    return keys.once(actor, requestKey, "plan-admission", plan, () -> plan(actor, plan), String::valueOf,
        Long::valueOf);
  }

  @Override
  @Transactional
  @PreAuthorize(WRITERS)
  public long planByReference(Actor actor, Plan plan) {
    if (plan.externalReference() == null) {
      throw new InvalidFieldException("external_reference", "required");
    }
    long org = actor.organisationId();
    Optional<Locked> known = plans.lockByReference(org, plan.externalReference().trim());
    if (known.isEmpty()) {
      return plan(actor, plan);
    }
    Locked locked = known.get();
    if (locked.status() == Status.ADMITTED) {
      PlanRules.stillPlanned(locked.status());
    }
    change(actor, locked, plan, locked.status() == Status.CANCELLED ? Change.PLANNED : Change.UPDATED);
    return locked.id();
  }

  @Override
  @Transactional
  @PreAuthorize(WRITERS)
  public void update(Actor actor, long id, Plan plan) {
    update(actor, id, plan, null);
  }

  @Override
  @Transactional
  @PreAuthorize(WRITERS)
  public void update(Actor actor, long id, Plan plan, Integer version) {
    Locked locked = lock(actor, id);
    PlanRules.stillPlanned(locked.status());
    PlanRules.sameVersion(version, locked.version());
    change(actor, locked, plan, Change.UPDATED);
  }

  private void change(Actor actor, Locked locked, Plan plan, Change change) {
    long org = actor.organisationId();
    LocalDateTime now = LocalDateTime.now(clock);
    PlanRules.check(plan, now.toLocalDate(), mayBackdate());
    Long unit = unit(org, plan);
    try {
      plans.update(locked.id(), plan, unit, Status.PLANNED, actor.name(), now);
    } catch (DuplicateKeyException e) {
      throw new ConflictException("external-reference-taken",
          "A planned admission with this external reference exists already");
    }
    audited(actor, AuditAction.UPDATE, locked.id(), plan, change.name());
    events.publishEvent(new PlannedAdmissionChanged(locked.id(), org, change, null, null));
  }

  @Override
  @Transactional
  @PreAuthorize(READERS)
  public Optional<PlannedAdmission> find(Actor actor, long id) {
    return read(actor, plans.find(actor.organisationId(), id));
  }

  @Override
  @Transactional
  @PreAuthorize(READERS)
  public Optional<PlannedAdmission> findByReference(Actor actor, String externalReference) {
    return read(actor, plans.findByReference(actor.organisationId(), externalReference));
  }

  private Optional<PlannedAdmission> read(Actor actor, Optional<PlannedAdmission> found) {
    found.ifPresent(a -> audit.record(actor, AuditAction.READ, StaysAuditTypes.PLANNED_ADMISSION,
        String.valueOf(a.id()), patientOf(actor.organisationId(), a.plan()), null));
    return found;
  }

  @Override
  @Transactional
  @PreAuthorize(WRITERS)
  public void cancel(Actor actor, long id, String reason) {
    long org = actor.organisationId();
    String why = PlanRules.cancelReason(reason);
    Locked locked = lock(actor, id);
    PlanRules.stillPlanned(locked.status());
    LocalDateTime now = LocalDateTime.now(clock);
    plans.setStatus(id, Status.CANCELLED, why, null, actor.name(), now);
    freeBed(org, locked.reservedBedId(), now);
    audit.record(actor, AuditAction.VOID, StaysAuditTypes.PLANNED_ADMISSION, String.valueOf(id),
        plans.patientId(org, locked.mrn()), why);
    events.publishEvent(new PlannedAdmissionChanged(id, org, Change.CANCELLED, locked.reservedBedId(), null));
  }

  @Override
  @Transactional(readOnly = true)
  @PreAuthorize(QUEUE_READERS)
  public List<PlannedAdmissionFact> queue(Actor actor, LocalDate from, LocalDate to) {
    return plans.queue(actor.organisationId(), from, to);
  }

  @Override
  @Transactional
  @PreAuthorize(WRITERS)
  public void reserve(Actor actor, long id, long bedId) {
    long org = actor.organisationId();
    Locked locked = lock(actor, id);
    beds.find(org, bedId).orElseThrow(() -> new NotFoundException("Bed", bedId));
    PlanRules.stillPlanned(locked.status());
    if (Long.valueOf(bedId).equals(locked.reservedBedId())) {
      return; // reserved already: a double submit changes nothing
    }
    beds.lock(bedId); // two reservations of one bed at once: the second waits and sees the first
    BedRef bed = beds.find(org, bedId).orElseThrow();
    PlannedAdmission plan = plans.find(org, id).orElseThrow();
    PlanRules.Hold hold = PlanRules.hold(bed, plan.plan().plannedDate(),
        bed.status() == BedStatus.OCCUPIED ? plans.occupantLeaves(bedId) : null);
    PlanRules.notHeldByAnother(bed, plans.lockHolder(org, bedId).map(Locked::id).orElse(null), id);
    PlanRules.genderPolicyFits(bed.genderPolicy(), locked.sex());
    PlanRules.equipmentFits(bed.equipment(), plan.plan().requiredEquipment());
    Integer[] ages = plans.unitAges(bed.unitId());
    PlanRules.ageFits(bed.unitCode(), ages[0], ages[1], plan.ageOnPlannedDate());
    LocalDateTime now = LocalDateTime.now(clock);
    if (hold == PlanRules.Hold.NOW && !beds.changeStatus(bedId, BedStatus.FREE, BedStatus.RESERVED, null, now)) {
      throw new ConflictException("bed-unavailable", "Bed " + bed.label() + " was taken meanwhile");
    }
    // the new bed first: the bed left, once free, must not go back to this planned admission
    plans.setReservation(id, bedId, actor.name(), now);
    freeBed(org, locked.reservedBedId(), now);
    audit.record(actor, AuditAction.UPDATE, StaysAuditTypes.PLANNED_ADMISSION, String.valueOf(id),
        plans.patientId(org, locked.mrn()), (hold == PlanRules.Hold.NOW ? "reserved bed " : "held bed ")
            + bed.label() + (hold == PlanRules.Hold.NOW ? "" : " (" + bed.status() + ")"));
    if (hold == PlanRules.Hold.NOW) {
      events.publishEvent(new BedStatusChanged(bedId, org, BedStatus.FREE, BedStatus.RESERVED));
    }
    events.publishEvent(new PlannedAdmissionChanged(id, org, Change.RESERVED, bedId, null));
  }

  @Override
  @Transactional
  @PreAuthorize(WRITERS)
  public void release(Actor actor, long id) {
    long org = actor.organisationId();
    Locked locked = lock(actor, id);
    if (locked.reservedBedId() == null) {
      return;
    }
    LocalDateTime now = LocalDateTime.now(clock);
    plans.setReservation(id, null, actor.name(), now);
    freeBed(org, locked.reservedBedId(), now);
    audit.record(actor, AuditAction.UPDATE, StaysAuditTypes.PLANNED_ADMISSION, String.valueOf(id),
        plans.patientId(org, locked.mrn()), "released bed");
    events.publishEvent(new PlannedAdmissionChanged(id, org, Change.RELEASED, locked.reservedBedId(), null));
  }

  private Locked lock(Actor actor, long id) {
    return plans.lock(actor.organisationId(), id).orElseThrow(() -> new NotFoundException("PlannedAdmission", id));
  }

  /** A bed reserved for a planned admission goes back to free (when it is still reserved). */
  private void freeBed(long org, Long bedId, LocalDateTime now) {
    if (bedId != null && beds.changeStatus(bedId, BedStatus.RESERVED, BedStatus.FREE, null, now)) {
      events.publishEvent(new BedStatusChanged(bedId, org, BedStatus.RESERVED, BedStatus.FREE));
    }
  }

  /** Whether the caller holds the stays module's deliberate back-dating right (imports, feeds replaying history). */
  private static boolean mayBackdate() {
    org.springframework.security.core.Authentication authentication =
        org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getAuthorities().stream()
        .anyMatch(a -> BACKDATE_RIGHT.equals(a.getAuthority()));
  }

  private Long unit(long org, Plan plan) {
    if (plan.unitCode() == null || plan.unitCode().isBlank()) {
      return null;
    }
    return plans.unitId(org, plan.unitCode())
        .orElseThrow(() -> new InvalidFieldException("unit", "unknown unit " + plan.unitCode()));
  }

  private void audited(Actor actor, AuditAction action, long id, Plan plan, String detail) {
    audit.record(actor, action, StaysAuditTypes.PLANNED_ADMISSION, String.valueOf(id),
        patientOf(actor.organisationId(), plan), detail);
  }

  private Long patientOf(long org, Plan plan) {
    return plan.patient() == null ? null : plans.patientId(org, plan.patient().mrn());
  }
}

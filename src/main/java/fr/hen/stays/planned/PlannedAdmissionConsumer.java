package fr.hen.stays.planned;

import fr.hen.platform.Actor;
import fr.hen.platform.AuditAction;
import fr.hen.platform.AuditLog;
import fr.hen.stays.BedStatus;
import fr.hen.stays.BedStatusChanged;
import fr.hen.stays.PlannedAdmissionChanged;
import fr.hen.stays.PlannedAdmissionChanged.Change;
import fr.hen.stays.PlannedAdmissions.Status;
import fr.hen.stays.StaysAuditTypes;
import fr.hen.stays.beds.BedRef;
import fr.hen.stays.beds.BedRepository;
import fr.hen.stays.planned.PlannedAdmissionRepository.Locked;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The stays movements' side of planned admissions, called inside their transactions: an admission consumes its
 * planned admission and reservation ({@link #match} before the bed is taken, {@link #consume} once the stay exists);
 * a transfer respects reservations ({@link #checkReservation}); a bed reserved for a planned admission that is
 * unreserved or blocked by hand loses its link ({@link #bedLeftReservation}).
 */
@Component
public class PlannedAdmissionConsumer {

  /** How far the planned date may lie from the admission day when matched by MRN. */
  static final int MATCH_DAYS = 1;

  /** The planned admission an admission consumes (null: none) and the one holding its bed (null: none). */
  public record Match(Locked plan, Locked bedHolder) {}

  private final PlannedAdmissionRepository plans;
  private final BedRepository beds;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  private final Clock clock;

  PlannedAdmissionConsumer(PlannedAdmissionRepository plans, BedRepository beds, AuditLog audit,
      ApplicationEventPublisher events, Clock clock) {
    this.plans = plans;
    this.beds = beds;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /**
   * A bed held for a planned admission (reserved while it was being cleaned or still occupied) has become free:
   * it is reserved for that admission at once, in the same transaction, whoever freed it (a screen action, the
   * ADT feed, a cancelled admission).
   */
  @EventListener
  void bedFreed(BedStatusChanged changed) {
    if (changed.to() != BedStatus.FREE) {
      return;
    }
    plans.holder(changed.organisationId(), changed.bedId()).ifPresent(holder -> {
      if (beds.changeStatus(changed.bedId(), BedStatus.FREE, BedStatus.RESERVED, null, LocalDateTime.now(clock))) {
        events.publishEvent(new BedStatusChanged(changed.bedId(), changed.organisationId(), BedStatus.FREE,
            BedStatus.RESERVED));
      }
    });
  }

  /**
   * Finds (and locks) the planned admission of an arriving patient: by the admission's external reference when it
   * has one, else by MRN planned on the admission day ±1; and checks that a bed reserved for another planned
   * admission is not taken unless {@code override} (409 {@code bed-reserved}).
   */
  public Match match(long org, String externalReference, String mrn, LocalDate day, BedRef bed, boolean override) {
    Optional<Locked> plan = externalReference != null && !externalReference.isBlank()
        ? plans.lockByReference(org, externalReference.trim()).filter(p -> p.status() == Status.PLANNED)
        : Optional.empty();
    if (plan.isEmpty()) {
      plan = plans.lockByMrn(org, mrn, day.minusDays(MATCH_DAYS), day.plusDays(MATCH_DAYS), day);
    }
    Locked holder = bed.status() == BedStatus.RESERVED ? plans.lockHolder(org, bed.id()).orElse(null) : null;
    PlanRules.reservationRespected(holder == null ? null : holder.id(), plan.map(Locked::id).orElse(null),
        override);
    return new Match(plan.orElse(null), holder);
  }

  /**
   * Marks the matched planned admission admitted by this stay; its reservation of another bed is released, and a
   * planned admission whose bed was taken by override loses its reservation.
   */
  public void consume(Actor actor, Match match, long stayId, long bedId, LocalDateTime now) {
    long org = actor.organisationId();
    if (match.bedHolder() != null && (match.plan() == null || match.bedHolder().id() != match.plan().id())) {
      plans.setReservation(match.bedHolder().id(), null, actor.name(), now);
      audit.record(actor, AuditAction.UPDATE, StaysAuditTypes.PLANNED_ADMISSION,
          String.valueOf(match.bedHolder().id()), plans.patientId(org, match.bedHolder().mrn()),
          "reserved bed given to another patient");
      events.publishEvent(new PlannedAdmissionChanged(match.bedHolder().id(), org, Change.RELEASED, bedId, null));
    }
    if (match.plan() == null) {
      return;
    }
    Locked plan = match.plan();
    plans.setStatus(plan.id(), Status.ADMITTED, null, stayId, actor.name(), now);
    Long reserved = plan.reservedBedId();
    if (reserved != null && reserved != bedId
        && beds.changeStatus(reserved, BedStatus.RESERVED, BedStatus.FREE, null, now)) {
      events.publishEvent(new BedStatusChanged(reserved, org, BedStatus.RESERVED, BedStatus.FREE));
    }
    audit.record(actor, AuditAction.UPDATE, StaysAuditTypes.PLANNED_ADMISSION, String.valueOf(plan.id()),
        plans.patientId(org, plan.mrn()), "admitted, stay " + stayId);
    events.publishEvent(new PlannedAdmissionChanged(plan.id(), org, Change.ADMITTED, bedId, stayId));
  }

  /** A transfer into a bed reserved for a planned admission is refused (409 {@code bed-reserved}). */
  public void checkReservation(long org, BedRef bed) {
    if (bed.status() == BedStatus.RESERVED) {
      PlanRules.reservationRespected(plans.lockHolder(org, bed.id()).map(Locked::id).orElse(null), null, false);
    }
  }

  /**
   * A bed reserved for a planned admission was unreserved or blocked by hand, or a bed held for one was blocked:
   * the planned admission loses it.
   */
  public void bedLeftReservation(Actor actor, long bedId, LocalDateTime now) {
    long org = actor.organisationId();
    plans.lockHolder(org, bedId).ifPresent(holder -> {
      plans.setReservation(holder.id(), null, actor.name(), now);
      events.publishEvent(new PlannedAdmissionChanged(holder.id(), org, Change.RELEASED, bedId, null));
    });
  }

  /** The admission of a stay was cancelled: its planned admission waits again (without a bed). */
  public void admissionCancelled(Actor actor, long stayId, LocalDateTime now) {
    plans.reopen(actor.organisationId(), stayId, actor.name(), now).ifPresent(id -> events.publishEvent(
        new PlannedAdmissionChanged(id, actor.organisationId(), Change.UPDATED, null, null)));
  }
}

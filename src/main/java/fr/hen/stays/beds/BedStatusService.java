package fr.hen.stays.beds;

import fr.hen.platform.Actor;
import fr.hen.platform.AuditAction;
import fr.hen.platform.AuditLog;
import fr.hen.platform.ConflictException;
import fr.hen.platform.NotFoundException;
import fr.hen.platform.PageSlice;
import fr.hen.stays.BedIsolation;
import fr.hen.stays.BedStatus;
import fr.hen.stays.BedStatusChanged;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Beds of the user's hospital, and the bed manager's manual status changes. */
@Service
class BedStatusService {

  private final BedRepository beds;
  private final AuditLog audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final fr.hen.stays.planned.PlannedAdmissionConsumer plans;

  BedStatusService(BedRepository beds, AuditLog audit, Clock clock, ApplicationEventPublisher events,
      fr.hen.stays.planned.PlannedAdmissionConsumer plans) {
    this.beds = beds;
    this.audit = audit;
    this.clock = clock;
    this.events = events;
    this.plans = plans;
  }

  /** A page of the hospital's beds; blocked beds' reasons only for the roles of {@link BedNotes}. */
  @Transactional(readOnly = true)
  public PageSlice<BedRef> beds(Actor actor, String unitCode, BedStatus status, int page, int size) {
    PageSlice<BedRef> slice = beds.page(actor.organisationId(), unitCode, status, page, size);
    return new PageSlice<>(slice.items().stream().map(b -> BedNotes.forReader(actor, b)).toList(), slice.page(),
        slice.size(), slice.total());
  }

  /** One bed of the user's hospital, for the bed manager's status actions. */
  @Transactional(readOnly = true)
  @PreAuthorize("hasRole('BED_MANAGER')")
  public BedRef bed(Actor actor, long bedId) {
    return beds.find(actor.organisationId(), bedId).orElseThrow(() -> new NotFoundException("Bed", bedId));
  }

  /** The isolation of a bed of the user's hospital, for the bed manager's isolation form; empty when none. */
  @Transactional(readOnly = true)
  @PreAuthorize("hasRole('BED_MANAGER')")
  public Optional<BedIsolation> isolation(Actor actor, long bedId) {
    return beds.isolation(actor.organisationId(), bedId).map(BedIsolation::valueOf);
  }

  /** Applies a manual action to a bed of the user's hospital; audited as an update of the bed. */
  @Transactional
  @PreAuthorize("hasRole('BED_MANAGER')")
  public BedRef change(Actor actor, long bedId, BedAction action, String reason) {
    BedRef bed = beds.find(actor.organisationId(), bedId).orElseThrow(() -> new NotFoundException("Bed", bedId));
    BedStatus target = action.apply(bed.status());
    String storedReason = action.reason(reason);
    if (!beds.changeStatus(bedId, bed.status(), target, storedReason, LocalDateTime.now(clock))) {
      throw new ConflictException("concurrent-change", "The bed changed meanwhile; reload and try again");
    }
    audit.record(actor, AuditAction.UPDATE, "Bed", String.valueOf(bedId), null, action.name());
    if (bed.status() == BedStatus.RESERVED && target != BedStatus.RESERVED || target == BedStatus.BLOCKED) {
      plans.bedLeftReservation(actor, bedId, LocalDateTime.now(clock));
    }
    if (target != bed.status()) {
      events.publishEvent(new BedStatusChanged(bedId, actor.organisationId(), bed.status(), target));
    }
    return beds.find(actor.organisationId(), bedId).orElseThrow();
  }
}

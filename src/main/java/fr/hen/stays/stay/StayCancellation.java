package fr.hen.stays.stay;

import fr.hen.platform.Actor;
import fr.hen.platform.AuditAction;
import fr.hen.platform.AuditLog;
import fr.hen.platform.ConflictException;
import fr.hen.platform.NotFoundException;
import fr.hen.stays.AdmissionCancelled;
import fr.hen.stays.BedStatus;
import fr.hen.stays.BedStatusChanged;
import fr.hen.stays.DischargeCancelled;
import fr.hen.stays.StayStatus;
import fr.hen.stays.beds.BedRef;
import fr.hen.stays.beds.BedRepository;
import fr.hen.stays.beds.GenderPolicy;
import fr.hen.stays.stay.StayRepository.CancelState;
import fr.hen.stays.stay.StayRepository.MovementKind;
import fr.hen.stays.stay.StayRepository.RecordedMovement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Cancels an admission or a discharge recorded by mistake, within {@code hen.stays.cancel-window} (24 h by default)
 * after it was recorded: nothing is deleted, the stay or the discharge movement is voided with its reason, audited,
 * and an event tells other modules. Called by {@link StayService}, which declares the roles and the transaction.
 */
@Component
class StayCancellation {

  /** What the stay page offers now: cancelling the admission, the discharge (roles aside). */
  record Cancellable(boolean admission, boolean discharge) {}

  private final StayRepository stays;
  private final PatientRepository patients;
  private final BedRepository beds;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Duration window;
  private final fr.hen.stays.planned.PlannedAdmissionConsumer plans;

  StayCancellation(StayRepository stays, PatientRepository patients, BedRepository beds, AuditLog audit,
      ApplicationEventPublisher events, Clock clock, @Value("${hen.stays.cancel-window:24h}") Duration window,
      fr.hen.stays.planned.PlannedAdmissionConsumer plans) {
    this.stays = stays;
    this.patients = patients;
    this.beds = beds;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
    this.window = window;
    this.plans = plans;
  }

  /** Voids an in-hospital stay never transferred whose admission was recorded within the window; frees its bed. */
  void cancelAdmission(Actor actor, long stayId, String reason) {
    long org = actor.organisationId();
    String why = StayRules.cancelReason(reason);
    LocalDateTime now = LocalDateTime.now(clock);
    CancelState stay = stays.lockForCancel(org, stayId).orElseThrow(() -> new NotFoundException("Stay", stayId));
    StayRules.notVoided(stay.voided());
    StayRules.inHospital(stay.status());
    List<RecordedMovement> movements = stays.recordedMovements(stayId);
    StayRules.notTransferred(movements.stream().anyMatch(m -> m.kind() == MovementKind.TRANSFER && !m.voided()));
    StayRules.withinCancelWindow(admissionRecordedAt(movements), now, window);
    stays.voidStay(stayId, why, actor.name(), now);
    if (stay.bedId() != null && beds.changeStatus(stay.bedId(), BedStatus.OCCUPIED, BedStatus.FREE, null, now)) {
      events.publishEvent(new BedStatusChanged(stay.bedId(), org, BedStatus.OCCUPIED, BedStatus.FREE));
    }
    audit.record(actor, AuditAction.VOID, "Stay", String.valueOf(stayId), stay.patientId(),
        "admission cancelled: " + why);
    plans.admissionCancelled(actor, stayId, now);
    events.publishEvent(new AdmissionCancelled(stayId, org));
  }

  /**
   * Puts a stay discharged within the window back in hospital, in the bed it left if that bed is free or being
   * cleaned; the discharge movement is voided with its reason.
   */
  void cancelDischarge(Actor actor, long stayId, String reason) {
    long org = actor.organisationId();
    String why = StayRules.cancelReason(reason);
    LocalDateTime now = LocalDateTime.now(clock);
    CancelState stay = stays.lockForCancel(org, stayId).orElseThrow(() -> new NotFoundException("Stay", stayId));
    StayRules.notVoided(stay.voided());
    StayRules.discharged(stay.status());
    RecordedMovement discharge = lastDischarge(stays.recordedMovements(stayId))
        .orElseThrow(() -> new ConflictException("stay-not-discharged", "The stay has no discharge to cancel"));
    StayRules.withinCancelWindow(discharge.recordedAt(), now, window);
    BedRef bed = discharge.fromBedId() == null ? null : beds.find(org, discharge.fromBedId()).orElse(null);
    StayRules.bedTakesBack(bed);
    patients.lock(org, stay.patientId());
    StayRules.notAlreadyInHospital(patients.inHospital(org, stay.patientId()));
    GenderPolicy policy = beds.lockRoom(bed.roomId());
    StayRules.genderPolicyAllows(policy, patients.sexOf(org, stay.patientId()),
        stays.roommates(org, bed.roomId(), stayId));
    if (!beds.changeStatus(bed.id(), bed.status(), BedStatus.OCCUPIED, null, now)) {
      throw new ConflictException("bed-unavailable", "Bed " + bed.label() + " is " + beds.status(bed.id()));
    }
    events.publishEvent(new BedStatusChanged(bed.id(), org, bed.status(), BedStatus.OCCUPIED));
    stays.backInHospital(stayId, bed.unitId(), bed.id(), actor.name(), now);
    stays.voidMovement(discharge.id(), why, actor.name(), now);
    audit.record(actor, AuditAction.VOID, "Stay", String.valueOf(stayId), stay.patientId(),
        "discharge cancelled: " + why);
    events.publishEvent(new DischargeCancelled(stayId, org));
  }

  /** Which cancellation the stay page offers now, by the same rules as the cancellations themselves. */
  Cancellable cancellable(StayView stay) {
    List<RecordedMovement> movements = stays.recordedMovements(stay.id());
    LocalDateTime now = LocalDateTime.now(clock);
    boolean admission = stay.status() == StayStatus.IN_HOSPITAL
        && movements.stream().noneMatch(m -> m.kind() == MovementKind.TRANSFER && !m.voided())
        && StayRules.cancelWindowOpen(admissionRecordedAt(movements), now, window);
    boolean discharge = stay.status() == StayStatus.DISCHARGED && lastDischarge(movements)
        .filter(m -> StayRules.cancelWindowOpen(m.recordedAt(), now, window)).isPresent();
    return new Cancellable(admission, discharge);
  }

  /** When the admission was recorded; a stay without its admission movement counts as recorded long ago. */
  /** The cancel window in whole hours, as the pages state it. */
  long windowHours() {
    return window.toHours();
  }

  private static LocalDateTime admissionRecordedAt(List<RecordedMovement> movements) {
    return movements.stream().filter(m -> m.kind() == MovementKind.ADMISSION).findFirst()
        .map(RecordedMovement::recordedAt).orElse(LocalDateTime.MIN);
  }

  private static Optional<RecordedMovement> lastDischarge(List<RecordedMovement> movements) {
    return movements.reversed().stream().filter(m -> m.kind() == MovementKind.DISCHARGE && !m.voided()).findFirst();
  }
}

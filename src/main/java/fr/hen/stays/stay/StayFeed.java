package fr.hen.stays.stay;

import fr.hen.platform.Actor;
import fr.hen.platform.AuditAction;
import fr.hen.platform.AuditLog;
import fr.hen.platform.ConflictException;
import fr.hen.platform.InvalidFieldException;
import fr.hen.platform.NotFoundException;
import fr.hen.stays.AdmissionSource;
import fr.hen.stays.BedStatus;
import fr.hen.stays.BedStatusChanged;
import fr.hen.stays.DischargeDestination;
import fr.hen.stays.HospitalFeed;
import fr.hen.stays.PatientTransferred;
import fr.hen.stays.StayStatus;
import fr.hen.stays.StaysAuditTypes;
import fr.hen.stays.TransferCancelled;
import fr.hen.stays.beds.BedRef;
import fr.hen.stays.beds.BedRepository;
import fr.hen.stays.beds.GenderPolicy;
import fr.hen.stays.stay.StayRepository.MovementKind;
import fr.hen.stays.stay.StayRepository.StayState;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link HospitalFeed}: the feed's movements through {@link StayService} (same rules, events and audit), addressed
 * by visit number and place codes; the movements the screens do not have (cancelling a transfer, exchanging beds,
 * a bed status set by the admission system) with the same rules as their neighbours.
 */
@Service
class StayFeed implements HospitalFeed {

  /** The longest visit number: the stay's external id keeps room for the suffix of a voided stay. */
  static final int MAX_VISIT = 40;

  private final StayService service;
  private final FeedQueries queries;
  private final StayRepository stays;
  private final PatientRepository patients;
  private final BedRepository beds;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Duration window;
  private final MovementEvents movements;
  private final FeedBatch batch;

  StayFeed(StayService service, FeedQueries queries, StayRepository stays, PatientRepository patients,
      BedRepository beds, AuditLog audit, ApplicationEventPublisher events, Clock clock,
      @Value("${hen.stays.cancel-window:24h}") Duration window, MovementEvents movements,
      FeedBatch batch) {
    this.service = service;
    this.queries = queries;
    this.stays = stays;
    this.patients = patients;
    this.beds = beds;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
    this.window = window;
    this.movements = movements;
    this.batch = batch;
  }

  @Override
  @Transactional
  @PreAuthorize("hasRole('BED_MANAGER')")
  public int record(Actor actor, java.util.List<FeedMovement> run) {
    return batch.record(actor, run, StayService.mayBackdate());
  }

  @Override
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
  public <T> T together(java.util.function.Supplier<T> work) {
    return movements.together(work);
  }

  @Override
  @Transactional(readOnly = true)
  @PreAuthorize("hasRole('BED_MANAGER')")
  public Optional<FeedStay> stay(Actor actor, String visitNumber) {
    return queries.stay(actor.organisationId(), visitNumber);
  }

  @Override
  @Transactional
  @PreAuthorize("hasRole('BED_MANAGER')")
  public Optional<FeedStay> adopt(Actor actor, String visitNumber, String mrn) {
    String visit = visit(visitNumber);
    if (mrn == null || mrn.isBlank() || queries.stay(actor.organisationId(), visit).isPresent()
        || !queries.adopt(actor.organisationId(), visit, mrn.trim())) {
      return Optional.empty();
    }
    FeedStay stay = queries.stay(actor.organisationId(), visit).orElseThrow();
    audit.record(actor, AuditAction.UPDATE, StaysAuditTypes.STAY, String.valueOf(stay.stayId()), null,
        "visit number " + visit + " given by the feed");
    return Optional.of(stay);
  }

  @Override
  @Transactional(readOnly = true)
  @PreAuthorize("hasRole('BED_MANAGER')")
  public Optional<String> visitNumber(Actor actor, long stayId) {
    return queries.visitNumber(actor.organisationId(), stayId);
  }

  @Override
  @Transactional(readOnly = true)
  @PreAuthorize("hasAnyRole('BED_MANAGER', 'ADMIN')")
  public Optional<Long> patient(Actor actor, String mrn) {
    return queries.patient(actor.organisationId(), mrn);
  }

  @Override
  @Transactional
  @PreAuthorize("hasRole('BED_MANAGER')")
  public long admit(Actor actor, String visitNumber, FeedPatient patient, FeedPlace place, LocalDateTime at,
      AdmissionSource source) {
    String visit = visit(visitNumber);
    if (queries.stay(actor.organisationId(), visit).isPresent()) {
      throw new ConflictException("visit-known", "Visit " + visit + " is already admitted");
    }
    long bedId = bed(actor, place);
    // the visit number goes on the stay and consumes the planned admission of that reference (A05 / A14)
    return service.admit(actor, new AdmitCommand(identity(patient), place.unit().toUpperCase(
        java.util.Locale.ROOT), bedId, at, source, false, visit, false));
  }

  @Override
  @Transactional
  @PreAuthorize("hasRole('BED_MANAGER')")
  public void transfer(Actor actor, String visitNumber, FeedPlace place, LocalDateTime at) {
    service.transfer(actor, known(actor, visitNumber).stayId(), bed(actor, place), at);
  }

  @Override
  @Transactional
  @PreAuthorize("hasRole('BED_MANAGER')")
  public void discharge(Actor actor, String visitNumber, LocalDateTime at, DischargeDestination destination) {
    service.discharge(actor, known(actor, visitNumber).stayId(), at, destination, null);
  }

  @Override
  @Transactional
  @PreAuthorize("hasRole('BED_MANAGER')")
  public void cancelAdmission(Actor actor, String visitNumber, String reason) {
    long stayId = known(actor, visitNumber).stayId();
    service.cancelAdmission(actor, stayId, reason);
    queries.retireExternalId(stayId);
  }

  @Override
  @Transactional
  @PreAuthorize("hasRole('BED_MANAGER')")
  public void cancelDischarge(Actor actor, String visitNumber, String reason) {
    service.cancelDischarge(actor, known(actor, visitNumber).stayId(), reason);
  }

  /**
   * Undoes the stay's last movement when it is a transfer recorded within the cancel window: the stay goes back to
   * the bed it left (free or being cleaned, the room's gender policy still admitting it), the bed of the transfer is
   * free again, the transfer movement is kept voided with its reason.
   */
  @Override
  @Transactional
  @PreAuthorize("hasRole('BED_MANAGER')")
  public void cancelTransfer(Actor actor, String visitNumber, String reason) {
    long org = actor.organisationId();
    String why = StayRules.cancelReason(reason);
    LocalDateTime now = LocalDateTime.now(clock);
    long stayId = known(actor, visitNumber).stayId();
    StayState stay = stays.lock(org, stayId).orElseThrow(() -> new NotFoundException("Stay", stayId));
    StayRules.inHospital(stay.status());
    FeedQueries.LastTransfer transfer = queries.lastTransfer(stayId)
        .orElseThrow(() -> new ConflictException("stay-not-transferred", "The stay's last movement is no transfer"));
    StayRules.withinCancelWindow(transfer.recordedAt(), now, window);
    BedRef back = beds.find(org, transfer.fromBedId()).orElse(null);
    StayRules.bedTakesBack(back);
    GenderPolicy policy = beds.lockRoom(back.roomId());
    StayRules.genderPolicyAllows(policy, patients.sexOf(org, stay.patientId()),
        stays.roommates(org, back.roomId(), stayId));
    if (!beds.changeStatus(back.id(), back.status(), BedStatus.OCCUPIED, null, now)) {
      throw new ConflictException("bed-unavailable", "Bed " + back.label() + " is " + beds.status(back.id()));
    }
    events.publishEvent(new BedStatusChanged(back.id(), org, back.status(), BedStatus.OCCUPIED));
    if (beds.changeStatus(transfer.toBedId(), BedStatus.OCCUPIED, BedStatus.FREE, null, now)) {
      events.publishEvent(new BedStatusChanged(transfer.toBedId(), org, BedStatus.OCCUPIED, BedStatus.FREE));
    }
    queries.leaveBed(stayId);
    stays.moveTo(stayId, back, actor.name(), now);
    stays.voidMovement(transfer.movementId(), why, actor.name(), now);
    audit.record(actor, AuditAction.VOID, StaysAuditTypes.STAY, String.valueOf(stayId), stay.patientId(),
        "transfer cancelled: " + why);
    events.publishEvent(new TransferCancelled(stayId, org, back.id(), transfer.toBedId()));
  }

  /** Both stays in hospital exchange beds; each room's gender policy must admit its new patient. */
  @Override
  @Transactional
  @PreAuthorize("hasRole('BED_MANAGER')")
  public void swap(Actor actor, String visitNumber, String otherVisitNumber, LocalDateTime at) {
    long org = actor.organisationId();
    LocalDateTime now = LocalDateTime.now(clock);
    long firstId = known(actor, visitNumber).stayId();
    long secondId = known(actor, otherVisitNumber).stayId();
    if (firstId == secondId) {
      throw new ConflictException("same-bed", "A stay does not exchange beds with itself");
    }
    StayState first = stays.lock(org, Math.min(firstId, secondId)).orElseThrow();
    StayState second = stays.lock(org, Math.max(firstId, secondId)).orElseThrow();
    StayRules.inHospital(first.status());
    StayRules.inHospital(second.status());
    StayRules.notInFuture(at, now, "at");
    StayRules.notBeforeLastMovement(at, stays.lastMovementAt(first.id()), "at");
    StayRules.notBeforeLastMovement(at, stays.lastMovementAt(second.id()), "at");
    BedRef firstBed = beds.find(org, first.bedId()).orElseThrow();
    BedRef secondBed = beds.find(org, second.bedId()).orElseThrow();
    if (firstBed.roomId() != secondBed.roomId()) {
      checkRoom(org, secondBed, first, second.id());
      checkRoom(org, firstBed, second, first.id());
    }
    queries.leaveBed(first.id());
    stays.moveTo(second.id(), firstBed, actor.name(), now);
    stays.moveTo(first.id(), secondBed, actor.name(), now);
    stays.movement(first.id(), MovementKind.TRANSFER, at, firstBed.unitId(), firstBed.id(), secondBed.unitId(),
        secondBed.id(), actor.name(), now);
    stays.movement(second.id(), MovementKind.TRANSFER, at, secondBed.unitId(), secondBed.id(), firstBed.unitId(),
        firstBed.id(), actor.name(), now);
    audit.record(actor, AuditAction.TRANSFER, StaysAuditTypes.STAY, String.valueOf(first.id()), first.patientId(),
        "swap to bed " + secondBed.label());
    audit.record(actor, AuditAction.TRANSFER, StaysAuditTypes.STAY, String.valueOf(second.id()), second.patientId(),
        "swap to bed " + firstBed.label());
    movements.transferred(new PatientTransferred(first.id(), org, firstBed.id(), secondBed.id()));
    movements.transferred(new PatientTransferred(second.id(), org, secondBed.id(), firstBed.id()));
  }

  private void checkRoom(long org, BedRef bed, StayState incoming, long leavingStayId) {
    GenderPolicy policy = beds.lockRoom(bed.roomId());
    StayRules.genderPolicyAllows(policy, patients.sexOf(org, incoming.patientId()),
        stays.roommates(org, bed.roomId(), leavingStayId));
  }

  @Override
  @Transactional
  @PreAuthorize("hasRole('BED_MANAGER')")
  public long registerPatient(Actor actor, FeedPatient patient) {
    long org = actor.organisationId();
    LocalDateTime now = LocalDateTime.now(clock);
    PatientIdentity identity = identity(patient);
    StayRules.birthDatePlausible(identity.birthDate());
    Optional<PatientRepository.Patient> known = patients.lockByMrn(org, identity.mrn());
    if (known.isEmpty()) {
      long id = patients.insert(org, identity, actor.name(), now);
      audit.record(actor, AuditAction.CREATE, StaysAuditTypes.STAY, "patient:" + id, id, "patient registered");
      return id;
    }
    long id = known.get().id();
    if (!known.get().identity().equals(identity)) {
      queries.updatePatient(id, identity, actor.name(), now);
      audit.record(actor, AuditAction.UPDATE, StaysAuditTypes.STAY, "patient:" + id, id, "identity updated");
    }
    return id;
  }

  @Override
  @Transactional
  @PreAuthorize("hasRole('BED_MANAGER')")
  public void bedStatus(Actor actor, FeedPlace place, BedStatus status, String reason) {
    long org = actor.organisationId();
    LocalDateTime now = LocalDateTime.now(clock);
    BedRef bed = beds.find(org, bed(actor, place)).orElseThrow();
    if (status == BedStatus.OCCUPIED || bed.status() == BedStatus.OCCUPIED) {
      if (status != bed.status()) {
        throw new ConflictException("bed-occupied", "Bed " + bed.label() + " is " + bed.status()
            + ": it changes only through a movement");
      }
      return;
    }
    String why = status == BedStatus.BLOCKED ? StayRules.cancelReason(reason) : null;
    if (bed.status() == status && java.util.Objects.equals(bed.blockedReason(), why)) {
      return;
    }
    if (!beds.changeStatus(bed.id(), bed.status(), status, why, now)) {
      throw new ConflictException("concurrent-change", "Bed " + bed.label() + " changed meanwhile");
    }
    audit.record(actor, AuditAction.UPDATE, StaysAuditTypes.BED, String.valueOf(bed.id()), null,
        bed.status() + " -> " + status + (why == null ? "" : ": " + why));
    events.publishEvent(new BedStatusChanged(bed.id(), org, bed.status(), status));
  }

  private FeedStay known(Actor actor, String visitNumber) {
    String visit = visit(visitNumber);
    return queries.stay(actor.organisationId(), visit).orElseThrow(() -> new NotFoundException("Stay", visit));
  }

  private long bed(Actor actor, FeedPlace place) {
    if (place == null || blank(place.unit()) || blank(place.room()) || blank(place.bed())) {
      throw new InvalidFieldException("PV1-3", "a point of care, room and bed are required");
    }
    return queries.bed(actor.organisationId(), place).orElseThrow(() -> new InvalidFieldException("PV1-3",
        "unknown bed " + place.unit() + "^" + place.room() + "^" + place.bed()));
  }

  private static String visit(String visitNumber) {
    if (blank(visitNumber)) {
      throw new InvalidFieldException("PV1-19", "the visit number is required");
    }
    if (visitNumber.length() > MAX_VISIT) {
      throw new InvalidFieldException("PV1-19", "the visit number has at most " + MAX_VISIT + " characters");
    }
    return visitNumber.trim();
  }

  private static PatientIdentity identity(FeedPatient p) {
    if (p == null || blank(p.mrn()) || blank(p.familyName()) || blank(p.givenName()) || p.birthDate() == null) {
      throw new InvalidFieldException("PID", "MRN (PID-3), names (PID-5) and birth date (PID-7) are required");
    }
    if (p.mrn().length() > 32 || p.familyName().length() > 100 || p.givenName().length() > 100) {
      throw new InvalidFieldException("PID", "MRN at most 32 characters, names at most 100");
    }
    Sex sex = switch (p.sex() == null ? "" : p.sex().trim()) {
      case "M" -> Sex.M;
      case "F" -> Sex.F;
      default -> Sex.U;
    };
    return new PatientIdentity(p.mrn().trim(), p.familyName().trim(), p.givenName().trim(), p.birthDate(), sex);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static boolean inHospital(FeedStay stay) {
    return stay.status() == StayStatus.IN_HOSPITAL;
  }
}

package fr.hen.stays.stay;

import fr.hen.network.OrganisationDirectory;
import fr.hen.network.OrganisationProfile;
import fr.hen.platform.Actor;
import fr.hen.platform.AuditAction;
import fr.hen.platform.AuditLog;
import fr.hen.platform.ConflictException;
import fr.hen.platform.InvalidFieldException;
import fr.hen.platform.NotFoundException;
import fr.hen.platform.RequestKeys;
import fr.hen.stays.BedStatus;
import fr.hen.stays.BedStatusChanged;
import fr.hen.stays.DischargeDestination;
import fr.hen.stays.PatientAdmitted;
import fr.hen.stays.PatientDischarged;
import fr.hen.stays.PatientTransferred;
import fr.hen.stays.beds.BedRef;
import fr.hen.stays.beds.BedRepository;
import fr.hen.stays.beds.GenderPolicy;
import fr.hen.stays.planned.PlannedAdmissionConsumer;
import fr.hen.stays.stay.StayRepository.MovementKind;
import fr.hen.stays.stay.StayRepository.StayState;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admissions, transfers and discharges: each one transaction, audited, publishing its event. */
@Service
class StayService {

  /** The right to record movements older than {@link StayRules#MAX_BACKDATING}: imports and feeds, no person. */
  static final String BACKDATE_RIGHT = "stays:backdate";

  private final PatientRepository patients;
  private final StayRepository stays;
  private final BedRepository beds;
  private final OrganisationDirectory organisations;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final RequestKeys keys;
  private final Clock clock;
  private final StayCancellation cancellation;
  private final PlannedAdmissionConsumer plans;
  private final MovementEvents movements;

  StayService(PatientRepository patients, StayRepository stays, BedRepository beds, OrganisationDirectory organisations,
      AuditLog audit, ApplicationEventPublisher events, Clock clock, RequestKeys keys,
      StayCancellation cancellation, PlannedAdmissionConsumer plans, MovementEvents movements) {
    this.patients = patients;
    this.stays = stays;
    this.beds = beds;
    this.organisations = organisations;
    this.audit = audit;
    this.events = events;
    this.keys = keys;
    this.clock = clock;
    this.cancellation = cancellation;
    this.plans = plans;
    this.movements = movements;
  }

  /** Admits a patient into a free or reserved bed of a unit of the user's hospital; returns the stay id. */
  @Transactional
  @PreAuthorize("hasRole('BED_MANAGER')")
  public long admit(Actor actor, AdmitCommand command) {
    long org = actor.organisationId();
    LocalDateTime now = LocalDateTime.now(clock);
    StayRules.notInFuture(command.admittedAt(), now, "admitted_at");
    StayRules.notBackdated(command.admittedAt(), now, mayBackdate(), "admitted_at");
    StayRules.birthDatePlausible(command.patient().birthDate());
    StayRules.notBeforeBirth(command.admittedAt(), command.patient().birthDate());
    BedRef bed = beds.find(org, command.bedId()).orElseThrow(() -> new NotFoundException("Bed", command.bedId()));
    if (!bed.unitCode().equals(command.unitCode())) {
      throw new InvalidFieldException("bed", "bed " + bed.label() + " is not in unit " + command.unitCode());
    }
    PatientIdentity identity = command.patient().trimmed();
    long patientId = patients.lockByMrn(org, identity.mrn())
        .map(known -> {
          StayRules.identityMatches(known.identity(), identity);
          StayRules.notAlreadyInHospital(patients.inHospital(org, known.id()));
          return known.id();
        })
        .orElseGet(() -> patients.insert(org, identity, actor.name(), now));
    StayRules.bedTakesPatient(bed);
    GenderPolicy policy = beds.lockRoom(bed.roomId()); // concurrent placements in the room wait for this one
    StayRules.genderPolicyAllows(policy, identity.sex(), stays.roommates(org, bed.roomId(), 0));
    PlannedAdmissionConsumer.Match plan = plans.match(org, command.externalId(), identity.mrn(),
        command.admittedAt().toLocalDate(), bed, command.overrideReservation());
    occupy(org, bed, now);
    long stayId = stays.insert(org, patientId, plan.plan() == null ? command : command.asPlanned(), bed,
        actor.name(), now);
    plans.consume(actor, plan, stayId, bed.id(), now);
    stays.movement(stayId, MovementKind.ADMISSION, command.admittedAt(), null, null, bed.unitId(), bed.id(),
        actor.name(), now);
    audit.record(actor, AuditAction.ADMIT, "Stay", String.valueOf(stayId), patientId, "bed " + bed.label());
    movements.admitted(new PatientAdmitted(stayId, org));
    return stayId;
  }

  /**
   * Admits once per request key (a form's hidden key, an API client's {@code Idempotency-Key}): a double click or a
   * retry gets the stay of the first admission back instead of "already in hospital" (see {@link RequestKeys}).
   */
  @Transactional
  @PreAuthorize("hasRole('BED_MANAGER')")
  public RequestKeys.Outcome<Long> admitOnce(Actor actor, String requestKey, AdmitCommand command) {
    return keys.once(actor, requestKey, "admit", command, () -> admit(actor, command), String::valueOf,
        Long::valueOf);
  }

  /** Moves an in-hospital patient to another free or reserved bed; the bed left goes to cleaning. */
  @Transactional
  @PreAuthorize("hasRole('BED_MANAGER')")
  public void transfer(Actor actor, long stayId, long targetBedId, LocalDateTime at) {
    long org = actor.organisationId();
    LocalDateTime now = LocalDateTime.now(clock);
    StayState stay = stays.lock(org, stayId).orElseThrow(() -> new NotFoundException("Stay", stayId));
    StayRules.inHospital(stay.status());
    BedRef target = beds.find(org, targetBedId).orElseThrow(() -> new NotFoundException("Bed", targetBedId));
    StayRules.differentBed(stay.bedId(), targetBedId);
    StayRules.bedTakesPatient(target);
    plans.checkReservation(org, target);
    StayRules.notInFuture(at, now, "at");
    StayRules.notBackdated(at, now, mayBackdate(), "at");
    StayRules.notBeforeLastMovement(at, stays.lastMovementAt(stayId), "at");
    Sex sex = patients.sexOf(org, stay.patientId());
    GenderPolicy policy = beds.lockRoom(target.roomId());
    StayRules.genderPolicyAllows(policy, sex, stays.roommates(org, target.roomId(), stayId));
    occupy(org, target, now);
    release(org, stay.bedId(), now);
    stays.moveTo(stayId, target, actor.name(), now);
    stays.movement(stayId, MovementKind.TRANSFER, at, stay.unitId(), stay.bedId(), target.unitId(), target.id(),
        actor.name(), now);
    audit.record(actor, AuditAction.TRANSFER, "Stay", String.valueOf(stayId), stay.patientId(),
        "to bed " + target.label());
    movements.transferred(new PatientTransferred(stayId, org, stay.bedId(), target.id()));
  }

  /** Discharges an in-hospital stay; its bed goes to cleaning. */
  @Transactional
  @PreAuthorize("hasAnyRole('BED_MANAGER', 'DISCHARGE_COORDINATOR', 'PHYSICIAN')")
  public void discharge(Actor actor, long stayId, LocalDateTime at, DischargeDestination destination,
      String destinationOrganisationCode) {
    long org = actor.organisationId();
    LocalDateTime now = LocalDateTime.now(clock);
    StayState stay = stays.lock(org, stayId).orElseThrow(() -> new NotFoundException("Stay", stayId));
    StayRules.inHospital(stay.status());
    StayRules.notInFuture(at, now, "discharged_at");
    StayRules.notBackdated(at, now, mayBackdate(), "discharged_at");
    StayRules.notBeforeLastMovement(at, stays.lastMovementAt(stayId), "discharged_at");
    Long destinationOrganisation = destinationOrganisation(destinationOrganisationCode);
    stays.discharge(stayId, at, destination, destinationOrganisation, actor.name(), now);
    release(org, stay.bedId(), now);
    stays.movement(stayId, MovementKind.DISCHARGE, at, stay.unitId(), stay.bedId(), null, null,
        actor.name(), now);
    audit.record(actor, AuditAction.DISCHARGE, "Stay", String.valueOf(stayId), stay.patientId(),
        destination.name());
    movements.discharged(new PatientDischarged(stayId, org, destination, at, destinationOrganisation));
  }

  /**
   * Cancels an admission recorded by mistake, with its reason: within {@code hen.stays.cancel-window} after it was
   * recorded, while the patient is still in the bed of admission. The stay is voided (gone from lists, board and
   * {@code StayFacts}), its bed is free again; audited ({@code VOID}), publishes {@code AdmissionCancelled}.
   */
  @Transactional
  @PreAuthorize("hasRole('BED_MANAGER')")
  public void cancelAdmission(Actor actor, long stayId, String reason) {
    cancellation.cancelAdmission(actor, stayId, reason);
  }

  /**
   * Cancels a discharge recorded by mistake, with its reason: within {@code hen.stays.cancel-window} after it was
   * recorded, the stay goes back in hospital in the bed it left; the discharge movement is kept, voided. Audited
   * ({@code VOID}), publishes {@code DischargeCancelled}.
   */
  @Transactional
  @PreAuthorize("hasAnyRole('BED_MANAGER', 'DISCHARGE_COORDINATOR', 'PHYSICIAN')")
  public void cancelDischarge(Actor actor, long stayId, String reason) {
    cancellation.cancelDischarge(actor, stayId, reason);
  }

  /** Whether the caller holds the deliberate back-dating right (see {@link StayRules#notBackdated}). */
  static boolean mayBackdate() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getAuthorities().stream()
        .anyMatch(a -> BACKDATE_RIGHT.equals(a.getAuthority()));
  }

  private void occupy(long organisationId, BedRef bed, LocalDateTime now) {
    if (!beds.occupy(bed.id(), now)) {
      throw new ConflictException("bed-unavailable", "Bed " + bed.label() + " is " + beds.status(bed.id()));
    }
    events.publishEvent(new BedStatusChanged(bed.id(), organisationId, bed.status(), BedStatus.OCCUPIED));
  }

  /** The bed a patient leaves goes to cleaning. */
  private void release(long organisationId, Long bedId, LocalDateTime now) {
    if (bedId != null && beds.changeStatus(bedId, BedStatus.OCCUPIED, BedStatus.CLEANING, null, now)) {
      events.publishEvent(new BedStatusChanged(bedId, organisationId, BedStatus.OCCUPIED, BedStatus.CLEANING));
    }
  }

  private Long destinationOrganisation(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return organisations.findByCode(code.trim()).map(OrganisationProfile::id)
        .orElseThrow(() -> new InvalidFieldException("destination_organisation", "unknown organisation " + code));
  }
}

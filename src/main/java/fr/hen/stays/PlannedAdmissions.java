package fr.hen.stays;

import fr.hen.platform.Actor;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The queue of expected admissions of a hospital (PRODUCT.md §3, "bed manager's day"): entered on screen, through
 * the API, or by the ADT feed (A05 pre-admit, A14 pending admit), with an optional bed reserved for each. The
 * admission that arrives (screen, API or feed alike, through the stays admission path) consumes its planned
 * admission and its reservation: matched by {@code external_reference} (the feed's visit number) when the admission
 * carries one, otherwise by the patient's MRN on the planned date ±1 day.
 *
 * <p>Every call is scoped to the actor's organisation (another hospital's planned admission or bed is a
 * {@code NotFoundException}, 404). Writes are for {@code BED_MANAGER} or an actor holding {@link #MANAGE_RIGHT}
 * (the feed); rule violations are {@code InvalidFieldException} (422 naming the field) or {@code ConflictException}
 * (409 with a stable code, see stays/README.md). Each write is audited ({@link StaysAuditTypes#PLANNED_ADMISSION})
 * and publishes {@link PlannedAdmissionChanged} in its transaction.
 *
 * <p>Codes are those of the stays module: {@code specialism} one of the units' specialisms
 * ({@code INTERNAL_MEDICINE}, {@code MEDICAL_ONCOLOGY}…), equipment room equipment codes ({@code OXYGEN},
 * {@code TELEMETRY}, {@code ISOLATION}, {@code BARIATRIC}), {@code sex} {@code M}, {@code F} or {@code U}.
 */
public interface PlannedAdmissions {

  /** The right of a system actor (the ADT feed) to plan, update and cancel admissions of its hospital. */
  String MANAGE_RIGHT = "stays:plan-admissions";

  /** Where a planned admission stands. */
  enum Status {
    /** Waiting for its admission (with or without a reserved bed). */
    PLANNED,
    /** Its patient was admitted: the stay is {@link PlannedAdmission#stayId()}. */
    ADMITTED,
    /** Cancelled, with its reason. */
    CANCELLED
  }

  /** Who is expected, when known: the MRN matches the admission; names and birth date must agree with it then. */
  record Patient(String mrn, String familyName, String givenName, LocalDate birthDate) {}

  /**
   * What is planned. {@code age} is needed when no {@code patient.birthDate} is given (then the age is computed on
   * the planned date). {@code unitCode} is the unit wished (optional). {@code externalReference} is the visit number
   * of the feed (PV1-19, or the A05 placer number), unique in the hospital.
   */
  record Plan(LocalDate plannedDate, int nights, String specialism, String sex, Integer age,
      Set<String> requiredEquipment, Set<String> preferredEquipment, Integer preferredRoomSize, String unitCode,
      String externalReference, Patient patient, String note) {

    public Plan {
      requiredEquipment = requiredEquipment == null ? Set.of() : Set.copyOf(requiredEquipment);
      preferredEquipment = preferredEquipment == null ? Set.of() : Set.copyOf(preferredEquipment);
    }
  }

  /** A planned admission with its patient (for the bed manager's screens and the feed). */
  record PlannedAdmission(long id, long organisationId, Status status, Plan plan, int ageOnPlannedDate,
      Long reservedBedId, String reservedBedLabel, Long stayId, String cancelReason, LocalDateTime createdAt,
      String createdBy, LocalDateTime changedAt, String changedBy, int version) {}

  /**
   * A planned admission without identity, for computations (optimiser, forecast): no MRN, no names, no birth date,
   * and no audit entry for reading it.
   */
  record PlannedAdmissionFact(long id, long organisationId, Status status, LocalDate plannedDate, int nights,
      String specialism, String sex, int age, Set<String> requiredEquipment, Set<String> preferredEquipment,
      Integer preferredRoomSize, String unitCode, Long reservedBedId) {

    /** The first day after the stay (planned date + nights). */
    public LocalDate plannedEnd() {
      return plannedDate.plusDays(nights);
    }
  }

  /** Plans an admission; returns its id. */
  long plan(Actor actor, Plan plan);

  /**
   * Plans or updates the planned admission with this plan's external reference (the feed's A05 / A14): a planned
   * one is updated, a cancelled one is planned again, an admitted one is a conflict
   * ({@code planned-admission-admitted}). Returns its id.
   */
  long planByReference(Actor actor, Plan plan);

  /** Replaces what is planned of a planned (not admitted, not cancelled) admission; its reservation is kept. */
  void update(Actor actor, long id, Plan plan);

  /**
   * As {@link #update(Actor, long, Plan)}, made on the planned admission as it was at {@code version} (its
   * {@link PlannedAdmission#version()} when read; null: no check): a planned admission changed since, by the feed or
   * another user, is not overwritten (409 {@code stale-planned-admission}).
   */
  void update(Actor actor, long id, Plan plan, Integer version);

  /** One planned admission of the actor's hospital, with its patient (audited as a read when it names one). */
  Optional<PlannedAdmission> find(Actor actor, long id);

  /** The planned admission of the actor's hospital with this external reference, whatever its status. */
  Optional<PlannedAdmission> findByReference(Actor actor, String externalReference);

  /** Cancels a planned admission with its reason (≤ 200 characters); its reserved bed is free again. */
  void cancel(Actor actor, long id, String reason);

  /**
   * The hospital's planned admissions still waiting ({@link Status#PLANNED}) whose planned date lies from
   * {@code from} to {@code to} (inclusive), by date; without identity. For {@code BED_MANAGER} and for actors holding
   * {@link #MANAGE_RIGHT} or {@link StayFacts#READ_RIGHT}.
   */
  List<PlannedAdmissionFact> queue(Actor actor, LocalDate from, LocalDate to);

  /**
   * Reserves a bed of the hospital for a planned admission: a free bed becomes {@code RESERVED}; a bed being
   * cleaned, or occupied by a patient expected to leave by the planned date, is held and becomes {@code RESERVED}
   * when it is free ({@code bed-occupied-then} when its patient has no expected discharge date or leaves later). A
   * bed reserved or held earlier for it is released. One reservation per bed: of two reservations of one bed at
   * once, one wins, the other gets {@code bed-unavailable}. The bed must fit: its room's fixed gender policy admits the planned sex
   * ({@code gender-policy}) and it has the required equipment ({@code bed-lacks-equipment}).
   */
  void reserve(Actor actor, long id, long bedId);

  /** Releases the bed reserved for a planned admission (the bed is {@code FREE} again); nothing when none is. */
  void release(Actor actor, long id);
}

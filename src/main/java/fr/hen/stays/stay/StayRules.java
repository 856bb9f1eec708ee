package fr.hen.stays.stay;

import fr.hen.platform.ConflictException;
import fr.hen.platform.InvalidFieldException;
import fr.hen.stays.BedStatus;
import fr.hen.stays.StayStatus;
import fr.hen.stays.beds.BedRef;
import fr.hen.stays.beds.GenderPolicy;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;

/** The rules of admissions, transfers and discharges; each throws the exact error the API reports. */
final class StayRules {

  /** Clock skew tolerated between the ward's clocks and the server. */
  static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

  private StayRules() {}

  /** How far back a movement may be recorded without the back-dating right. */
  static final Duration MAX_BACKDATING = Duration.ofDays(7);

  /** The earliest plausible birth date. */
  static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  /** How long after the admission an expected discharge date may lie. */
  static final int MAX_EXPECTED_STAY_DAYS = 365;

  /** An event time may not lie more than five minutes ahead of now (422 on {@code field}). */
  static void notInFuture(LocalDateTime at, LocalDateTime now, String field) {
    if (at.isAfter(now.plus(FUTURE_TOLERANCE))) {
      throw new FieldRuleViolation(field, "future", "must not be in the future");
    }
  }

  /**
   * A movement is recorded at most {@link #MAX_BACKDATING} after it happened, unless the actor holds the deliberate
   * back-dating right {@code stays:backdate} (an import of history, a feed replaying its messages): an admission
   * "in 1950" or in year 1 is a typing error, not a record (422 on {@code field}).
   */
  static void notBackdated(LocalDateTime at, LocalDateTime now, boolean mayBackdate, String field) {
    if (!mayBackdate && at.isBefore(now.minus(MAX_BACKDATING))) {
      throw new FieldRuleViolation(field, "backdated", "must not be more than " + MAX_BACKDATING.toDays()
          + " days in the past");
    }
  }

  /** A movement may not precede the stay's last movement (422 on {@code field}). */
  static void notBeforeLastMovement(LocalDateTime at, LocalDateTime lastMovement, String field) {
    if (at.isBefore(lastMovement)) {
      throw new FieldRuleViolation(field, "before-last-movement", "must not be before the last movement ("
          + lastMovement + ")");
    }
  }

  /** A patient is admitted after being born (422 on {@code admitted_at}). */
  static void notBeforeBirth(LocalDateTime admittedAt, LocalDate birthDate) {
    if (admittedAt.toLocalDate().isBefore(birthDate)) {
      throw new FieldRuleViolation("admitted_at", "before-birth", "must not be before the patient's birth date");
    }
  }

  /** A birth date is not before 1900 (422 on {@code patient.birth_date}); {@code @Past} keeps it before today. */
  static void birthDatePlausible(LocalDate birthDate) {
    if (birthDate.isBefore(EARLIEST_BIRTH)) {
      throw new FieldRuleViolation("patient.birth_date", "implausible", "must not be before " + EARLIEST_BIRTH);
    }
  }

  /** A reused MRN must carry the same identity: names (ignoring case), birth date and sex. */
  static void identityMatches(PatientIdentity known, PatientIdentity given) {
    boolean same = known.familyName().equalsIgnoreCase(given.familyName())
        && known.givenName().equalsIgnoreCase(given.givenName())
        && known.birthDate().equals(given.birthDate()) && known.sex() == given.sex();
    if (!same) {
      throw new ConflictException("patient-identity-mismatch",
          "MRN " + given.mrn() + " belongs to a patient with another identity");
    }
  }

  /** A patient has at most one in-hospital stay per organisation. */
  static void notAlreadyInHospital(boolean inHospital) {
    if (inHospital) {
      throw new ConflictException("patient-already-in-hospital", "The patient already has an in-hospital stay");
    }
  }

  /** Only an in-hospital stay is transferred or discharged. */
  static void inHospital(StayStatus status) {
    if (status != StayStatus.IN_HOSPITAL) {
      throw new ConflictException("stay-discharged", "The stay is already discharged");
    }
  }

  /** A patient goes only into a free or reserved bed; a blocked bed's reason is reported. */
  static void bedTakesPatient(BedRef bed) {
    if (bed.status() == BedStatus.BLOCKED) {
      throw new ConflictException("bed-blocked", "Bed " + bed.label() + " is blocked: " + bed.blockedReason());
    }
    if (!bed.status().takesPatient()) {
      throw new ConflictException("bed-unavailable", "Bed " + bed.label() + " is " + bed.status());
    }
  }

  /** A transfer goes to another bed. */
  static void differentBed(Long currentBedId, long targetBedId) {
    if (currentBedId != null && currentBedId == targetBedId) {
      throw new ConflictException("same-bed", "The patient is already in this bed");
    }
  }

  /** Men-only and women-only rooms take only that sex; a SAME room takes the sex of those already in it. */
  static void genderPolicyAllows(GenderPolicy policy, Sex sex, Collection<Sex> roommates) {
    if (!policy.admits(sex.name(), roommates.stream().map(Sex::name).toList())) {
      throw new ConflictException("gender-policy", "The room's gender policy (" + policy + ") excludes this patient");
    }
  }

  /** The expected discharge date, when set, may not precede the admission date (422). */
  static void expectedDischargeNotBeforeAdmission(LocalDate expectedDischargeDate, LocalDateTime admittedAt) {
    if (expectedDischargeDate != null && expectedDischargeDate.isBefore(admittedAt.toLocalDate())) {
      throw new FieldRuleViolation("expected_discharge_date", "before-admission",
          "must not be before the admission date");
    }
  }

  /** The expected discharge date, when set, lies within a year of the admission (422). */
  static void expectedDischargeWithinAYear(LocalDate expectedDischargeDate, LocalDateTime admittedAt) {
    if (expectedDischargeDate != null
        && expectedDischargeDate.isAfter(admittedAt.toLocalDate().plusDays(MAX_EXPECTED_STAY_DAYS))) {
      throw new FieldRuleViolation("expected_discharge_date", "too-far",
          "must be within " + MAX_EXPECTED_STAY_DAYS + " days of the admission");
    }
  }

  /** The medically ready time, when set, may not lie more than five minutes ahead of now (422). */
  static void medicallyReadyNotInFuture(LocalDateTime medicallyReadyAt, LocalDateTime now) {
    if (medicallyReadyAt != null && medicallyReadyAt.isAfter(now.plus(FUTURE_TOLERANCE))) {
      throw new FieldRuleViolation("medically_ready_at", "future", "must not be in the future");
    }
  }

  /** The medically ready time, when set, may not precede the admission (422). */
  static void medicallyReadyNotBeforeAdmission(LocalDateTime medicallyReadyAt, LocalDateTime admittedAt) {
    if (medicallyReadyAt != null && medicallyReadyAt.isBefore(admittedAt)) {
      throw new FieldRuleViolation("medically_ready_at", "before-admission", "must not be before the admission");
    }
  }

  // Cancelling a mistaken admission or discharge (StayService.cancelAdmission, cancelDischarge)

  /** The longest reason for cancelling a movement (the {@code void_reason} columns). */
  static final int MAX_REASON = 200;

  /** A cancellation says why: a non-blank reason of at most 200 characters (422 on {@code reason}); trimmed. */
  static String cancelReason(String reason) {
    String trimmed = reason == null ? "" : reason.strip();
    if (trimmed.isEmpty()) {
      throw new FieldRuleViolation("reason", "required", "a reason is required");
    }
    if (trimmed.length() > MAX_REASON) {
      throw new FieldRuleViolation("reason", "too-long", "must be at most " + MAX_REASON + " characters");
    }
    return trimmed;
  }

  /** Whether a movement recorded at {@code recordedAt} may still be cancelled at {@code now} (window included). */
  static boolean cancelWindowOpen(LocalDateTime recordedAt, LocalDateTime now, Duration window) {
    return !now.isAfter(recordedAt.plus(window));
  }

  /** A movement is cancelled within the window after it was recorded (409 {@code cancel-window-passed}). */
  static void withinCancelWindow(LocalDateTime recordedAt, LocalDateTime now, Duration window) {
    if (!cancelWindowOpen(recordedAt, now, window)) {
      throw new ConflictException("cancel-window-passed", "The movement was recorded more than " + window.toHours()
          + " hours ago: it can no longer be cancelled");
    }
  }

  /** A cancelled admission is not cancelled again, nor its stay changed (409 {@code admission-cancelled}). */
  static void notVoided(boolean voided) {
    if (voided) {
      throw new ConflictException("admission-cancelled", "The admission of this stay was cancelled");
    }
  }

  /** An admission is cancelled only while the patient is in the bed of admission (409 {@code stay-transferred}). */
  static void notTransferred(boolean transferred) {
    if (transferred) {
      throw new ConflictException("stay-transferred", "The patient was transferred since the admission");
    }
  }

  /** Only a discharged stay has a discharge to cancel (409 {@code stay-not-discharged}). */
  static void discharged(StayStatus status) {
    if (status != StayStatus.DISCHARGED) {
      throw new ConflictException("stay-not-discharged", "The stay is not discharged");
    }
  }

  /**
   * A cancelled discharge puts the patient back in the bed they left, provided it is free or being cleaned (409
   * {@code bed-unavailable}: reserved, blocked or taken by another patient meanwhile).
   */
  static void bedTakesBack(BedRef bed) {
    if (bed == null || (bed.status() != BedStatus.FREE && bed.status() != BedStatus.CLEANING
        && bed.status() != BedStatus.CLEANED)) {
      throw new ConflictException("bed-unavailable", bed == null ? "The bed left is unknown"
          : "Bed " + bed.label() + " is " + bed.status());
    }
  }
}

package fr.hen.stays.stay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.hen.platform.ConflictException;
import fr.hen.platform.InvalidFieldException;
import fr.hen.stays.BedStatus;
import fr.hen.stays.StayStatus;
import fr.hen.stays.beds.BedRef;
import fr.hen.stays.beds.GenderPolicy;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class StayRulesTest {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 14, 10, 30);
  static final PatientIdentity JEANNE = new PatientIdentity("M1", "Martin", "Jeanne", LocalDate.of(1950, 2, 3),
      Sex.F);

  static BedRef bed(BedStatus status, String reason) {
    return new BedRef(1, "A", 1, "101", 1, "MED", GenderPolicy.ANY, Set.of(), status, reason);
  }

  /** The call throws a {@link ConflictException} carrying this code (the one the API reports). */
  static AbstractThrowableAssert<?, ? extends Throwable> conflict(ThrowingCallable call, String code) {
    return assertThatThrownBy(call).isInstanceOfSatisfying(ConflictException.class,
        e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void timeFourMinutesAhead_isAccepted() {
    assertThatCode(() -> StayRules.notInFuture(NOW.plusMinutes(4), NOW, "admitted_at")).doesNotThrowAnyException();
  }

  @Test
  void timeSixMinutesAhead_isRejectedNamingTheField() {
    assertThatThrownBy(() -> StayRules.notInFuture(NOW.plusMinutes(6), NOW, "admitted_at"))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("admitted_at"));
  }

  @Test
  void movementBeforeLastMovement_isRejected() {
    assertThatThrownBy(() -> StayRules.notBeforeLastMovement(NOW.minusSeconds(1), NOW, "at"))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("at"))
        .hasMessageContaining("last movement");
    assertThatCode(() -> StayRules.notBeforeLastMovement(NOW, NOW, "at")).doesNotThrowAnyException();
  }

  @Test
  void sameIdentityIgnoringCase_matches() {
    assertThatCode(() -> StayRules.identityMatches(JEANNE, new PatientIdentity("M1", "MARTIN", "jeanne",
        LocalDate.of(1950, 2, 3), Sex.F))).doesNotThrowAnyException();
  }

  @Test
  void otherBirthDate_isIdentityMismatch() {
    conflict(() -> StayRules.identityMatches(JEANNE, new PatientIdentity("M1", "Martin", "Jeanne",
        LocalDate.of(1951, 2, 3), Sex.F)), "patient-identity-mismatch");
  }

  @Test
  void patientInHospital_cannotBeAdmittedAgain() {
    conflict(() -> StayRules.notAlreadyInHospital(true), "patient-already-in-hospital");
  }

  @Test
  void dischargedStay_isRejected() {
    conflict(() -> StayRules.inHospital(StayStatus.DISCHARGED), "stay-discharged");
  }

  @Test
  void blockedBed_isRejectedWithItsReason() {
    conflict(() -> StayRules.bedTakesPatient(bed(BedStatus.BLOCKED, "Leaking ceiling")), "bed-blocked")
        .hasMessageContaining("Leaking ceiling");
  }

  @Test
  void cleaningBed_isUnavailable_reservedBedTakesPatient() {
    conflict(() -> StayRules.bedTakesPatient(bed(BedStatus.CLEANING, null)), "bed-unavailable")
        .hasMessageContaining("CLEANING");
    assertThatCode(() -> StayRules.bedTakesPatient(bed(BedStatus.RESERVED, null))).doesNotThrowAnyException();
  }

  @Test
  void transferToTheSameBed_isRejected() {
    conflict(() -> StayRules.differentBed(7L, 7L), "same-bed");
  }

  @Test
  void womanInMenOnlyRoom_isRejected() {
    conflict(() -> StayRules.genderPolicyAllows(GenderPolicy.MALE, Sex.F, List.of()), "gender-policy");
  }

  @Test
  void sameSexRoom_acceptsOnlyTheSexOfItsOccupants() {
    assertThatCode(() -> StayRules.genderPolicyAllows(GenderPolicy.SAME, Sex.F, List.of(Sex.F)))
        .doesNotThrowAnyException();
    assertThatCode(() -> StayRules.genderPolicyAllows(GenderPolicy.SAME, Sex.M, List.of()))
        .doesNotThrowAnyException();
    conflict(() -> StayRules.genderPolicyAllows(GenderPolicy.SAME, Sex.M, List.of(Sex.F)), "gender-policy");
  }

  static void rejectedWith(ThrowingCallable call, String field, String rule) {
    assertThatThrownBy(call).isInstanceOfSatisfying(FieldRuleViolation.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.rule()).isEqualTo(rule);
      assertThat(FieldRuleViolation.messageKey(e))
          .isEqualTo("stays.invalid." + field + "." + rule);
    });
  }

  @Test
  void expectedDischargeTheDayBeforeAdmission_isRejected() {
    rejectedWith(() -> StayRules.expectedDischargeNotBeforeAdmission(NOW.toLocalDate().minusDays(1), NOW),
        "expected_discharge_date", "before-admission");
  }

  @Test
  void expectedDischargeOnTheAdmissionDay_orUnset_isAccepted() {
    assertThatCode(() -> StayRules.expectedDischargeNotBeforeAdmission(NOW.toLocalDate(), NOW.plusHours(5)))
        .doesNotThrowAnyException();
    assertThatCode(() -> StayRules.expectedDischargeNotBeforeAdmission(null, NOW)).doesNotThrowAnyException();
  }

  @Test
  void medicallyReadySixMinutesAhead_isRejected_fourMinutesAhead_isAccepted() {
    rejectedWith(() -> StayRules.medicallyReadyNotInFuture(NOW.plusMinutes(6), NOW), "medically_ready_at",
        "future");
    assertThatCode(() -> StayRules.medicallyReadyNotInFuture(NOW.plusMinutes(4), NOW)).doesNotThrowAnyException();
    assertThatCode(() -> StayRules.medicallyReadyNotInFuture(null, NOW)).doesNotThrowAnyException();
  }

  @Test
  void medicallyReadyAMinuteBeforeAdmission_isRejected_atAdmission_isAccepted() {
    rejectedWith(() -> StayRules.medicallyReadyNotBeforeAdmission(NOW.minusMinutes(1), NOW), "medically_ready_at",
        "before-admission");
    assertThatCode(() -> StayRules.medicallyReadyNotBeforeAdmission(NOW, NOW)).doesNotThrowAnyException();
  }
}

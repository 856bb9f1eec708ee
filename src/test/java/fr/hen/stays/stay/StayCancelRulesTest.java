package fr.hen.stays.stay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.hen.platform.ConflictException;
import fr.hen.stays.BedStatus;
import fr.hen.stays.StayStatus;
import java.time.Duration;
import java.time.LocalDateTime;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The rules of cancelling a mistaken admission or discharge, one test each, asserting the exact outcome. */
class StayCancelRulesTest {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 14, 10, 30);
  static final Duration DAY = Duration.ofHours(24);

  static void conflict(ThrowingCallable call, String code) {
    assertThatThrownBy(call).isInstanceOfSatisfying(ConflictException.class,
        e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void missingOrBlankReason_isRejectedNamingReason() {
    for (String blank : new String[] {null, "", "  \t "}) {
      StayRulesTest.rejectedWith(() -> StayRules.cancelReason(blank), "reason", "required");
    }
  }

  @Test
  void reasonOver200Characters_isRejected_200AreAccepted_trimmed() {
    StayRulesTest.rejectedWith(() -> StayRules.cancelReason("x".repeat(201)), "reason", "too-long");
    assertThat(StayRules.cancelReason("x".repeat(200))).hasSize(200);
    assertThat(StayRules.cancelReason("  wrong patient \n")).isEqualTo("wrong patient");
  }

  @Test
  void cancelWithinTheWindow_isAccepted_upToItsLastInstant() {
    assertThatCode(() -> StayRules.withinCancelWindow(NOW.minusHours(1), NOW, DAY)).doesNotThrowAnyException();
    assertThatCode(() -> StayRules.withinCancelWindow(NOW.minus(DAY), NOW, DAY)).doesNotThrowAnyException();
    assertThat(StayRules.cancelWindowOpen(NOW.minus(DAY), NOW, DAY)).isTrue();
  }

  @Test
  void cancelASecondAfterTheWindow_isCancelWindowPassed() {
    conflict(() -> StayRules.withinCancelWindow(NOW.minus(DAY).minusSeconds(1), NOW, DAY), "cancel-window-passed");
    assertThat(StayRules.cancelWindowOpen(NOW.minus(DAY).minusSeconds(1), NOW, DAY)).isFalse();
  }

  @Test
  void voidedStay_isAdmissionCancelled() {
    conflict(() -> StayRules.notVoided(true), "admission-cancelled");
    assertThatCode(() -> StayRules.notVoided(false)).doesNotThrowAnyException();
  }

  @Test
  void admissionOfATransferredStay_isStayTransferred() {
    conflict(() -> StayRules.notTransferred(true), "stay-transferred");
    assertThatCode(() -> StayRules.notTransferred(false)).doesNotThrowAnyException();
  }

  @Test
  void dischargeOfAnInHospitalStay_isStayNotDischarged() {
    conflict(() -> StayRules.discharged(StayStatus.IN_HOSPITAL), "stay-not-discharged");
    assertThatCode(() -> StayRules.discharged(StayStatus.DISCHARGED)).doesNotThrowAnyException();
  }

  @Test
  void bedLeft_takesThePatientBack_whenFreeCleaningOrCleaned() {
    assertThatCode(() -> StayRules.bedTakesBack(StayRulesTest.bed(BedStatus.FREE, null)))
        .doesNotThrowAnyException();
    assertThatCode(() -> StayRules.bedTakesBack(StayRulesTest.bed(BedStatus.CLEANING, null)))
        .doesNotThrowAnyException();
    assertThatCode(() -> StayRules.bedTakesBack(StayRulesTest.bed(BedStatus.CLEANED, null)))
        .doesNotThrowAnyException();
  }

  @Test
  void bedLeft_reservedBlockedOccupiedOrUnknown_isBedUnavailable() {
    conflict(() -> StayRules.bedTakesBack(StayRulesTest.bed(BedStatus.RESERVED, null)), "bed-unavailable");
    conflict(() -> StayRules.bedTakesBack(StayRulesTest.bed(BedStatus.BLOCKED, "Leak")), "bed-unavailable");
    conflict(() -> StayRules.bedTakesBack(StayRulesTest.bed(BedStatus.OCCUPIED, null)), "bed-unavailable");
    conflict(() -> StayRules.bedTakesBack(null), "bed-unavailable");
  }
}

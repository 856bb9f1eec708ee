package fr.hen.discharge.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.hen.platform.ConflictException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** One test per rule of {@link PlanRules}, asserting the field, the rule and the limit. */
class PlanRulesTest {

  static final LocalDateTime ADMITTED = LocalDateTime.of(2026, 3, 10, 14, 30);
  static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 14, 9, 0);

  static void violates(Runnable check, String field, String rule) {
    assertThatThrownBy(check::run).isInstanceOfSatisfying(PlanRuleViolation.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.rule()).isEqualTo(rule);
    });
  }

  @Test
  void open_refusesADischargedOrVoidedStaysPlan() {
    assertThatCode(() -> PlanRules.open(PlanStatus.IN_HOSPITAL)).doesNotThrowAnyException();
    for (PlanStatus closed : List.of(PlanStatus.DISCHARGED, PlanStatus.VOIDED)) {
      assertThatThrownBy(() -> PlanRules.open(closed)).isInstanceOfSatisfying(ConflictException.class,
          e -> assertThat(e.code()).isEqualTo("plan-closed"));
    }
  }

  @Test
  void currentVersion_refusesAnOlderOrNewerVersion() {
    assertThatCode(() -> PlanRules.currentVersion(3, 3)).doesNotThrowAnyException();
    assertThatThrownBy(() -> PlanRules.currentVersion(2, 3)).isInstanceOfSatisfying(ConflictException.class,
        e -> assertThat(e.code()).isEqualTo("stale-plan"));
    assertThatThrownBy(() -> PlanRules.currentVersion(4, 3)).isInstanceOf(ConflictException.class);
  }

  @Test
  void medicallyReadyByPhysician_onlyWhenItChanges() {
    LocalDateTime ready = NOW.minusHours(2);
    assertThatCode(() -> PlanRules.medicallyReadyByPhysician(ready, ready, false)).doesNotThrowAnyException();
    assertThatCode(() -> PlanRules.medicallyReadyByPhysician(null, null, false)).doesNotThrowAnyException();
    assertThatCode(() -> PlanRules.medicallyReadyByPhysician(null, ready, true)).doesNotThrowAnyException();
    assertThatThrownBy(() -> PlanRules.medicallyReadyByPhysician(null, ready, false))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> PlanRules.medicallyReadyByPhysician(ready, null, false))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> PlanRules.medicallyReadyByPhysician(ready, ready.minusHours(1), false))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void expectedDischargeNotBeforeAdmission_comparesDates() {
    assertThatCode(() -> PlanRules.expectedDischargeNotBeforeAdmission(LocalDate.of(2026, 3, 10), ADMITTED))
        .doesNotThrowAnyException();
    assertThatCode(() -> PlanRules.expectedDischargeNotBeforeAdmission(null, ADMITTED)).doesNotThrowAnyException();
    violates(() -> PlanRules.expectedDischargeNotBeforeAdmission(LocalDate.of(2026, 3, 9), ADMITTED),
        "expected_discharge_date", "edd-before-admission");
  }

  @Test
  void expectedDischargeWithinAYear_ofTheAdmissionDate() {
    assertThatCode(() -> PlanRules.expectedDischargeWithinAYear(LocalDate.of(2027, 3, 10), ADMITTED))
        .doesNotThrowAnyException();
    violates(() -> PlanRules.expectedDischargeWithinAYear(LocalDate.of(2027, 3, 11), ADMITTED),
        "expected_discharge_date", "edd-too-far");
  }

  @Test
  void eddReason_isOptional_trimmed_visible_andAtMost500() {
    assertThat(PlanRules.eddReason(null)).isNull();
    assertThat(PlanRules.eddReason("   ")).isNull();
    assertThat(PlanRules.eddReason("  Attente SMR ")).isEqualTo("Attente SMR");
    assertThat(PlanRules.eddReason("x".repeat(500))).hasSize(500);
    violates(() -> PlanRules.eddReason("x".repeat(501)), "edd_reason", "reason");
    violates(() -> PlanRules.eddReason("\u200b"), "edd_reason", "reason");
    violates(() -> PlanRules.eddReason("...!"), "edd_reason", "reason");
  }

  @Test
  void medicallyReadyNotInFuture_withFiveMinutesOfTolerance() {
    assertThatCode(() -> PlanRules.medicallyReadyNotInFuture(NOW.plusMinutes(5), NOW)).doesNotThrowAnyException();
    assertThatCode(() -> PlanRules.medicallyReadyNotInFuture(null, NOW)).doesNotThrowAnyException();
    violates(() -> PlanRules.medicallyReadyNotInFuture(NOW.plusMinutes(6), NOW), "medically_ready_at",
        "ready-future");
  }

  @Test
  void medicallyReadyNotBeforeAdmission_toTheMinute() {
    assertThatCode(() -> PlanRules.medicallyReadyNotBeforeAdmission(ADMITTED, ADMITTED)).doesNotThrowAnyException();
    violates(() -> PlanRules.medicallyReadyNotBeforeAdmission(ADMITTED.minusMinutes(1), ADMITTED),
        "medically_ready_at", "ready-before-admission");
  }

  @Test
  void knownNeeds_namesTheFirstUnknownByItsIndex() {
    Set<String> catalogue = Set.of("HOME_CHEMOTHERAPY", "DIALYSIS");
    assertThatCode(() -> PlanRules.knownNeeds(List.of("DIALYSIS", "HOME_CHEMOTHERAPY"), catalogue))
        .doesNotThrowAnyException();
    violates(() -> PlanRules.knownNeeds(List.of("DIALYSIS", "dialysis"), catalogue), "needs[1]", "need-unknown");
    violates(() -> PlanRules.knownNeeds(Arrays.asList((String) null), catalogue), "needs[0]", "need-unknown");
    violates(() -> PlanRules.knownNeeds(java.util.Collections.nCopies(41, "DIALYSIS"), catalogue), "needs",
        "needs-too-many");
  }

  @Test
  void girInRange_1to6() {
    for (int gir = 1; gir <= 6; gir++) {
      int g = gir;
      assertThatCode(() -> PlanRules.girInRange(g)).doesNotThrowAnyException();
    }
    assertThatCode(() -> PlanRules.girInRange(null)).doesNotThrowAnyException();
    violates(() -> PlanRules.girInRange(0), "gir", "gir-range");
    violates(() -> PlanRules.girInRange(7), "gir", "gir-range");
  }

  @Test
  void frenchPostcode_fiveDigits_ofADepartement() {
    assertThat(PlanRules.frenchPostcode(" 59000 ")).isEqualTo("59000");
    assertThat(PlanRules.frenchPostcode("01000")).isEqualTo("01000");
    assertThat(PlanRules.frenchPostcode("20000")).isEqualTo("20000");
    assertThat(PlanRules.frenchPostcode("97400")).isEqualTo("97400");
    assertThat(PlanRules.frenchPostcode("")).isNull();
    for (String bad : List.of("5900", "590000", "00100", "99000", "59 000", "2A004", "５９０００")) {
      violates(() -> PlanRules.frenchPostcode(bad), "home_postcode", "postcode");
    }
  }

  @Test
  void visibleTown_showsALetter_andIsAtMost100() {
    assertThat(PlanRules.visibleTown(" Saint-Étienne ")).isEqualTo("Saint-Étienne");
    assertThat(PlanRules.visibleTown(null)).isNull();
    violates(() -> PlanRules.visibleTown("\u200b\u200b"), "home_town", "town");
    violates(() -> PlanRules.visibleTown("--"), "home_town", "town");
    violates(() -> PlanRules.visibleTown("L".repeat(101)), "home_town", "town");
  }

  @Test
  void planCommand_medicallyReady_keepsSetsOrClears() {
    LocalDateTime set = NOW.minusHours(3).withSecond(17);
    assertThat(command(null, null).medicallyReadyAt(set, NOW)).isEqualTo(set);
    assertThat(command(null, null).medicallyReadyAt(null, NOW)).isNull();
    assertThat(command(true, null).medicallyReadyAt(null, NOW.withSecond(42))).isEqualTo(NOW.withSecond(0));
    assertThat(command(true, null).medicallyReadyAt(set, NOW)).isEqualTo(set);
    assertThat(command(true, set.withSecond(0)).medicallyReadyAt(set, NOW)).as("a form's minutes: unchanged")
        .isEqualTo(set);
    assertThat(command(true, NOW.minusHours(5)).medicallyReadyAt(set, NOW)).isEqualTo(NOW.minusHours(5));
    assertThat(command(false, NOW.minusHours(5)).medicallyReadyAt(set, NOW)).isNull();
    assertThat(command(null, NOW.minusHours(5)).medicallyReadyAt(null, NOW)).isEqualTo(NOW.minusHours(5));
  }

  static PlanCommand command(Boolean ready, LocalDateTime at) {
    return new PlanCommand(1, 0, null, null, ready, at, null, null, null, null, null, null, null, null, null);
  }
}

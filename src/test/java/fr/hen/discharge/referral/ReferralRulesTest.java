package fr.hen.discharge.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.hen.discharge.RefusalReason;
import fr.hen.network.Capacity;
import fr.hen.network.CapacityStatus;
import fr.hen.network.OrganisationProfile;
import fr.hen.network.OrganisationType;
import fr.hen.network.PartnershipStatus;
import fr.hen.platform.ConflictException;
import fr.hen.platform.InvalidFieldException;
import fr.hen.stays.StayStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link ReferralRules}. */
class ReferralRulesTest {

  static OrganisationProfile org(OrganisationType type, boolean active, String... capabilities) {
    List<Capacity> caps = java.util.Arrays.stream(capabilities)
        .map(c -> new Capacity(c, c, 2, 1, CapacityStatus.AVAILABLE, LocalDateTime.now())).toList();
    return new OrganisationProfile(1, "P1", "P1", type, null, null, null, "Lille", null, null, null, null,
        PartnershipStatus.ACTIVE, null, null, null, active, caps, List.of(), null);
  }

  static String field(Runnable rule) {
    try {
      rule.run();
    } catch (InvalidFieldException e) {
      return e.field();
    }
    return null;
  }

  @Test
  void summaryGiven() {
    assertThat(ReferralRules.summaryGiven("  Résumé  ")).isEqualTo("Résumé");
    assertThat(field(() -> ReferralRules.summaryGiven(null))).isEqualTo("summary");
    assertThat(field(() -> ReferralRules.summaryGiven(" \n"))).isEqualTo("summary");
    assertThat(field(() -> ReferralRules.summaryGiven("a\u0000b"))).isEqualTo("summary");
    assertThat(field(() -> ReferralRules.summaryGiven("x".repeat(4001)))).isEqualTo("summary");
    assertThat(ReferralRules.summaryGiven("x".repeat(4000))).hasSize(4000);
    assertThat(ReferralRules.summaryGiven("ligne 1\nligne 2")).contains("\n");
  }

  @Test
  void partnersGiven() {
    assertThat(field(() -> ReferralRules.partnersGiven(List.of()))).isEqualTo("partner_codes");
    assertThat(field(() -> ReferralRules.partnersGiven(null))).isEqualTo("partner_codes");
    assertThat(field(() -> ReferralRules.partnersGiven(java.util.Collections.nCopies(21, "P"))))
        .isEqualTo("partner_codes");
    assertThat(field(() -> ReferralRules.partnersGiven(java.util.Arrays.asList("A", " ")))).isEqualTo("partner_codes[1]");
    assertThatCode(() -> ReferralRules.partnersGiven(List.of("A"))).doesNotThrowAnyException();
  }

  @Test
  void noPartnerTwice() {
    assertThat(field(() -> ReferralRules.noPartnerTwice(List.of("A", "B", " a")))).isEqualTo("partner_codes[2]");
    assertThatCode(() -> ReferralRules.noPartnerTwice(List.of("A", "B"))).doesNotThrowAnyException();
  }

  @Test
  void isActivePartner() {
    assertThat(field(() -> ReferralRules.isActivePartner(org(OrganisationType.HOSPITAL, true), 0)))
        .isEqualTo("partner_codes[0]");
    assertThat(field(() -> ReferralRules.isActivePartner(org(OrganisationType.NETWORK, true), 1)))
        .isEqualTo("partner_codes[1]");
    assertThat(field(() -> ReferralRules.isActivePartner(org(OrganisationType.HAD, false), 2)))
        .isEqualTo("partner_codes[2]");
    assertThatCode(() -> ReferralRules.isActivePartner(org(OrganisationType.DAC, true), 0)).doesNotThrowAnyException();
  }

  @Test
  void coversNeeds() {
    OrganisationProfile had = org(OrganisationType.HAD, true, "PAIN_PUMP", "HOME_CHEMOTHERAPY");
    assertThatCode(() -> ReferralRules.coversNeeds(had, List.of("PAIN_PUMP"), 0)).doesNotThrowAnyException();
    assertThatCode(() -> ReferralRules.coversNeeds(had, List.of(), 0)).doesNotThrowAnyException();
    assertThatThrownBy(() -> ReferralRules.coversNeeds(had, List.of("PAIN_PUMP", "DIALYSIS"), 3))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("DIALYSIS")
        .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("partner_codes[3]");
  }

  @Test
  void stayInHospital() {
    assertThatCode(() -> ReferralRules.stayInHospital(StayStatus.IN_HOSPITAL)).doesNotThrowAnyException();
    assertThatThrownBy(() -> ReferralRules.stayInHospital(StayStatus.DISCHARGED))
        .isInstanceOf(ConflictException.class).extracting(e -> ((ConflictException) e).code())
        .isEqualTo("stay-not-in-hospital");
  }

  @Test
  void noOpenReferral() {
    assertThatCode(() -> ReferralRules.noOpenReferral(false, "P")).doesNotThrowAnyException();
    assertThatThrownBy(() -> ReferralRules.noOpenReferral(true, "P")).isInstanceOf(ConflictException.class)
        .extracting(e -> ((ConflictException) e).code()).isEqualTo("referral-already-open");
  }

  @Test
  void expiresAt_isThePartnersDelay_or48Hours() {
    LocalDateTime sent = LocalDateTime.of(2026, 3, 1, 10, 0);
    assertThat(ReferralRules.expiresAt(sent, 24)).isEqualTo(sent.plusHours(24));
    assertThat(ReferralRules.expiresAt(sent, null)).isEqualTo(sent.plusHours(48));
  }

  @Test
  void notOverdue() {
    LocalDateTime expires = LocalDateTime.of(2026, 3, 1, 10, 0);
    assertThatCode(() -> ReferralRules.notOverdue(expires, expires, true)).doesNotThrowAnyException();
    assertThatCode(() -> ReferralRules.notOverdue(expires, expires.plusHours(1), false)).doesNotThrowAnyException();
    assertThatThrownBy(() -> ReferralRules.notOverdue(expires, expires.plusSeconds(1), true))
        .extracting(e -> ((ConflictException) e).code()).isEqualTo("referral-expired");
  }

  @Test
  void admissionDate() {
    LocalDate today = LocalDate.of(2026, 3, 1);
    assertThatCode(() -> ReferralRules.admissionDate(today, today)).doesNotThrowAnyException();
    assertThat(field(() -> ReferralRules.admissionDate(today.minusDays(1), today))).isEqualTo("date");
    assertThat(field(() -> ReferralRules.admissionDate(null, today))).isEqualTo("date");
  }

  @Test
  void refusal() {
    assertThatCode(() -> ReferralRules.refusal(RefusalReason.NO_CAPACITY, null)).doesNotThrowAnyException();
    assertThatCode(() -> ReferralRules.refusal(RefusalReason.OTHER, "Travaux")).doesNotThrowAnyException();
    assertThat(field(() -> ReferralRules.refusal(RefusalReason.OTHER, " "))).isEqualTo("text");
    assertThat(field(() -> ReferralRules.refusal(null, "x"))).isEqualTo("reason");
  }

  @Test
  void optionalText() {
    assertThat(ReferralRules.optionalText("reason", "  ", 500)).isNull();
    assertThat(ReferralRules.optionalText("reason", null, 500)).isNull();
    assertThat(field(() -> ReferralRules.optionalText("reason", "x".repeat(501), 500))).isEqualTo("reason");
  }
}

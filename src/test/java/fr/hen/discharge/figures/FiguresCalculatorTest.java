package fr.hen.discharge.figures;

import fr.hen.platform.SmallCell;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.discharge.RefusalReason;
import fr.hen.discharge.figures.DischargeFigures.ExitFigures;
import fr.hen.discharge.figures.DischargeFigures.PartnerFigures;
import fr.hen.discharge.figures.DischargeFigures.PartnerTypeFigures;
import fr.hen.discharge.figures.DischargeFigures.ReferralCounts;
import fr.hen.discharge.figures.DischargeFigures.RefusalReasonCount;
import fr.hen.discharge.figures.DischargeFigures.UnderSolicitedPartner;
import fr.hen.discharge.figures.FiguresCalculator.Partner;
import fr.hen.discharge.figures.FiguresCalculator.PlanRow;
import fr.hen.discharge.figures.FiguresCalculator.ReferralRow;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each definition of PRODUCT.md §4 on small cases computed by hand (in the comments). */
class FiguresCalculatorTest {

  static final LocalDate FROM = LocalDate.of(2026, 3, 1);
  static final LocalDate TO = LocalDate.of(2026, 3, 10);
  static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 20, 9, 0);

  static LocalDateTime at(int day, int hour) {
    return LocalDateTime.of(2026, 3, day, hour, 0);
  }

  // ---- statistics

  @Test
  void median_ofOddAndEvenCounts_andNothing() {
    assertThat(Stats.median(List.of(5, 1, 3))).isEqualTo(3.0);
    assertThat(Stats.median(List.of(4, 1, 3, 2))).isEqualTo(2.5);
    assertThat(Stats.median(List.of())).isNull();
  }

  @Test
  void p90_isTheNearestRank() {
    // ten values 1..10: rank ⌈0.9 × 10⌉ = 9 → 9; eleven values 1..11: rank ⌈9.9⌉ = 10 → 10; one value: itself
    assertThat(Stats.p90(List.of(10, 9, 8, 7, 6, 5, 4, 3, 2, 1))).isEqualTo(9.0);
    assertThat(Stats.p90(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11))).isEqualTo(10.0);
    assertThat(Stats.p90(List.of(7))).isEqualTo(7.0);
    assertThat(Stats.p90(List.of())).isNull();
  }

  // ---- bed-days, counted at midnight

  @Test
  void bedDays_countTheMidnightsInBed_admissionDayCounts_dischargeDayDoesNot() {
    // in 2/3 14:00, out 5/3 10:00: in bed at the midnights starting 3/3, 4/3, 5/3 → 3 (days 2, 3, 4)
    assertThat(Stats.bedDays(at(2, 14), at(5, 10), FROM, TO)).isEqualTo(3);
    // same-day stay: no midnight
    assertThat(Stats.bedDays(at(4, 8), at(4, 18), FROM, TO)).isZero();
    // admitted exactly at midnight 3/3 00:00, out 3/3 10:00: that midnight counts (day 2 of the period)
    assertThat(Stats.bedDays(at(3, 0), at(3, 10), FROM, TO)).isEqualTo(1);
    // out exactly at midnight 5/3 00:00: that midnight does not count → midnights 3/3, 4/3
    assertThat(Stats.bedDays(at(2, 14), at(5, 0), FROM, TO)).isEqualTo(2);
  }

  @Test
  void bedDays_areClippedToThePeriod() {
    // period 1/3..10/3 covers the midnights starting 2/3 .. 11/3 (ten)
    // in 20/2, out 5/4: all ten midnights of the period
    assertThat(Stats.bedDays(LocalDateTime.of(2026, 2, 20, 10, 0), LocalDateTime.of(2026, 4, 5, 10, 0), FROM, TO))
        .isEqualTo(10);
    // in 28/2, out 2/3 12:00: the midnight starting 1/3 ends 28/2, outside; 2/3 00:00 ends 1/3, inside → 1
    assertThat(Stats.bedDays(LocalDateTime.of(2026, 2, 28, 10, 0), at(2, 12), FROM, TO)).isEqualTo(1);
    // in 10/3 15:00, out 15/3: the midnight starting 11/3 ends 10/3 → 1
    assertThat(Stats.bedDays(at(10, 15), at(15, 10), FROM, TO)).isEqualTo(1);
  }

  // ---- avoidable days, waiting to exit

  @Test
  void exits_avoidableDaysAndRate_waitingMedianAndP90() {
    List<PlanRow> plans = List.of(
        // discharged 6/3, ready 3/3 → waits 3, avoidable 3; bed-days: in 1/3 09:00, midnights 2/3..6/3 → 5
        new PlanRow(at(1, 9), at(6, 11), at(3, 10)),
        // discharged 8/3, ready 8/3 08:00 → waits 0, avoidable 0; in 5/3 → midnights 6/3, 7/3, 8/3 → 3
        new PlanRow(at(5, 10), at(8, 15), at(8, 8)),
        // discharged 9/3, never medically ready → not in the waits; in 7/3 → midnights 8/3, 9/3 → 2
        new PlanRow(at(7, 10), at(9, 10), null),
        // discharged 12/3 (after the period): waits not counted; in 9/3 → midnights 10/3, 11/3 → 2
        new PlanRow(at(9, 10), at(12, 10), at(10, 10)),
        // still in hospital (left at NOW): in 4/3 → midnights 5/3..11/3 → 7
        new PlanRow(at(4, 10), null, at(6, 10)));
    ExitFigures exits = FiguresCalculator.exits(plans, FROM, TO, NOW, Suppressor.own());
    assertThat(exits.discharges().value()).isEqualTo(3);
    assertThat(exits.dischargesMedicallyReady().value()).isEqualTo(2);
    assertThat(exits.bedDays().value()).isEqualTo(5 + 3 + 2 + 2 + 7);
    assertThat(exits.avoidableDays().value()).isEqualTo(3);
    // 3 / 19 = 15.8 %
    assertThat(exits.avoidableDaysPercent().value()).isEqualTo(15.8);
    // waits {3, 0}: median 1.5, p90 rank ⌈1.8⌉ = 2 → 3
    assertThat(exits.waitingDaysMedian().value()).isEqualTo(1.5);
    assertThat(exits.waitingDaysP90().value()).isEqualTo(3.0);
  }

  @Test
  void avoidableDays_neverNegative_butTheWaitKeepsItsSign() {
    // ready the day after discharge (a late record): avoidable max(0, −1) = 0; wait −1
    List<PlanRow> plans = List.of(new PlanRow(at(1, 9), at(4, 10), at(5, 10)));
    ExitFigures exits = FiguresCalculator.exits(plans, FROM, TO, NOW, Suppressor.own());
    assertThat(exits.avoidableDays().value()).isZero();
    assertThat(exits.waitingDaysMedian().value()).isEqualTo(-1.0);
  }

  @Test
  void noDischarge_givesZerosAndUndefinedStatistics() {
    ExitFigures exits = FiguresCalculator.exits(List.of(), FROM, TO, NOW, Suppressor.own());
    assertThat(exits.discharges().value()).isZero();
    assertThat(exits.avoidableDaysPercent().value()).isNull();
    assertThat(exits.avoidableDaysPercent().suppressed()).isFalse();
    assertThat(exits.waitingDaysMedian().value()).isNull();
  }

  // ---- referrals

  static ReferralRow referral(long partner, String type, LocalDateTime sent, Integer answerMinutes,
      boolean accepted, RefusalReason refused) {
    LocalDateTime answered = answerMinutes == null ? null : sent.plusMinutes(answerMinutes);
    return new ReferralRow(partner, "P-" + partner, type, sent, answered, accepted ? answered : null,
        refused != null ? answered : null, refused);
  }

  static List<ReferralRow> sample() {
    return List.of(
        // partner 1 (HAD): answered in 2 h (accepted), 4 h (refused, no capacity), 30 min (info asked only),
        // one never answered
        referral(1, "HAD", at(2, 9), 120, true, null),
        referral(1, "HAD", at(3, 9), 240, false, RefusalReason.NO_CAPACITY),
        referral(1, "HAD", at(4, 9), 30, false, null),
        referral(1, "HAD", at(5, 9), null, false, null),
        // partner 2 (HAD): answered in 10 h, accepted
        referral(2, "HAD", at(2, 9), 600, true, null),
        // partner 3 (SMR): refused in 1 h, outside territory
        referral(3, "SMR", at(6, 9), 60, false, RefusalReason.OUTSIDE_TERRITORY));
  }

  @Test
  void answerTime_isFirstAnswerMinusSent_medianHours_acceptance_isAcceptedOverAnswered() {
    List<PartnerFigures> partners = FiguresCalculator.perPartner(sample(), Map.of(1L, "HAD de Lille"),
        Suppressor.own());
    PartnerFigures one = partners.get(0);
    assertThat(one.partnerName()).isEqualTo("HAD de Lille");
    assertThat(partners.get(1).partnerName()).as("unknown to the directory: its code").isEqualTo("P-2");
    ReferralCounts f = one.figures();
    assertThat(f.sent().value()).isEqualTo(4);
    assertThat(f.answered().value()).isEqualTo(3);
    assertThat(f.accepted().value()).isEqualTo(1);
    assertThat(f.refused().value()).isEqualTo(1);
    // 1 accepted / 3 answered = 33.3 %; answer hours {2, 4, 0.5} → median 2
    assertThat(f.acceptancePercent().value()).isEqualTo(33.3);
    assertThat(f.answerHoursMedian().value()).isEqualTo(2.0);
  }

  @Test
  void perType_andTotals() {
    List<ReferralRow> rows = sample();
    Suppressor own = Suppressor.own();
    List<PartnerFigures> partners = FiguresCalculator.perPartner(rows, Map.of(), own);
    List<PartnerTypeFigures> types = FiguresCalculator.perType(rows, partners, own);
    assertThat(types).extracting(PartnerTypeFigures::partnerType).containsExactly("HAD", "SMR");
    ReferralCounts had = types.get(0).figures();
    // HAD: 5 sent, 4 answered (2 h, 4 h, 0.5 h, 10 h → median 3 h), 2 accepted → 50 %
    assertThat(had.sent().value()).isEqualTo(5);
    assertThat(had.answered().value()).isEqualTo(4);
    assertThat(had.acceptancePercent().value()).isEqualTo(50.0);
    assertThat(had.answerHoursMedian().value()).isEqualTo(3.0);
    List<RefusalReasonCount> reasons = FiguresCalculator.refusalReasons(rows, own);
    ReferralCounts total = FiguresCalculator.total(rows, types, reasons, own);
    // all: 6 sent, 5 answered, 2 accepted (40 %), 2 refused; hours {0.5, 1, 2, 4, 10} → median 2
    assertThat(total.sent().value()).isEqualTo(6);
    assertThat(total.acceptancePercent().value()).isEqualTo(40.0);
    assertThat(total.refused().value()).isEqualTo(2);
    assertThat(total.answerHoursMedian().value()).isEqualTo(2.0);
  }

  @Test
  void refusalReasons_everyReasonListed_countsPerReason() {
    List<RefusalReasonCount> reasons = FiguresCalculator.refusalReasons(sample(), Suppressor.own());
    assertThat(reasons).extracting(RefusalReasonCount::reason).containsExactly(RefusalReason.values());
    assertThat(reasons).extracting(r -> r.count().value()).containsExactly(1, 0, 1, 0, 0, 0, 0);
  }

  // ---- small cells

  @Test
  void outsideTheOwnOrganisation_countsUnderFive_andRatesOrMediansOfFewerThanFiveEvents_areSuppressed() {
    Suppressor outside = Suppressor.outside();
    assertThat(outside.count(4)).isEqualTo(new SmallCell<>(null, true, SmallCell.Suppression.UNDER_FIVE));
    assertThat(outside.count(0).suppressed()).isTrue();
    assertThat(outside.count(5)).isEqualTo(new SmallCell<>(5, false, null));
    assertThat(outside.percent(4, 10).suppressed()).as("numerator under 5").isTrue();
    assertThat(outside.percent(6, 4).suppressed()).as("denominator under 5").isTrue();
    assertThat(outside.percent(5, 10).value()).isEqualTo(50.0);
    assertThat(outside.statistic(2.0, 4).suppressed()).isTrue();
    assertThat(outside.statistic(2.0, 5).value()).isEqualTo(2.0);
    assertThat(Suppressor.own().count(1).value()).isEqualTo(1);
    assertThat(Suppressor.own().percent(1, 3).value()).isEqualTo(33.3);
  }

  @Test
  void networkView_hidesSmallPartners_andTheTotalsThatWouldRevealThem() {
    List<ReferralRow> rows = new ArrayList<>(sample());
    for (int i = 0; i < 6; i++) {
      rows.add(referral(2, "HAD", at(7, 9 + i), 60, true, null));
    }
    Suppressor outside = Suppressor.outside();
    List<PartnerFigures> partners = FiguresCalculator.perPartner(rows, Map.of(), outside);
    // partner 1: 4 sent → <5; partner 2: 7 sent, 7 answered, 7 accepted → shown
    assertThat(partners.get(0).figures().sent().underFiveShown()).isTrue();
    assertThat(partners.get(0).figures().acceptancePercent().suppressed()).isTrue();
    assertThat(partners.get(1).figures().sent().value()).isEqualTo(7);
    assertThat(partners.get(1).figures().acceptancePercent().value()).isEqualTo(100.0);
    List<PartnerTypeFigures> types = FiguresCalculator.perType(rows, partners, outside);
    // HAD sent 11 would reveal partner 1's 4 (11 − 7): complementary
    assertThat(types.get(0).figures().sent().suppression()).isEqualTo(SmallCell.Suppression.COMPLEMENTARY);
    // HAD: 8 accepted / 10 answered, both ≥ 5: the rate is shown
    assertThat(types.get(0).figures().acceptancePercent().value()).isEqualTo(80.0);
    // SMR: 1 sent → <5
    assertThat(types.get(1).figures().sent().underFiveShown()).isTrue();
    List<RefusalReasonCount> reasons = FiguresCalculator.refusalReasons(rows, outside);
    assertThat(reasons.get(0).count().underFiveShown()).isTrue();
    ReferralCounts total = FiguresCalculator.total(rows, types, reasons, outside);
    assertThat(total.sent().suppression()).isEqualTo(SmallCell.Suppression.COMPLEMENTARY);
    assertThat(total.refused().suppressed()).isTrue();
  }

  @Test
  void networkExits_withFewerThanFiveReadyStays_hideAvoidableDaysAndWaits() {
    List<PlanRow> plans = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      plans.add(new PlanRow(at(1, 9), at(6, 11), i < 4 ? at(3, 10) : null));
    }
    ExitFigures exits = FiguresCalculator.exits(plans, FROM, TO, NOW, Suppressor.outside());
    assertThat(exits.discharges().value()).isEqualTo(6);
    assertThat(exits.dischargesMedicallyReady().underFiveShown()).isTrue();
    assertThat(exits.avoidableDays().underFiveShown()).as("12 days, but from 4 stays").isTrue();
    assertThat(exits.avoidableDaysPercent().suppressed()).isTrue();
    assertThat(exits.waitingDaysMedian().suppressed()).isTrue();
    assertThat(exits.bedDays().value()).isEqualTo(30);
  }

  // ---- under-solicited partners

  @Test
  void underSolicited_fewerThanHalfThePeersMedian_amongPartnersCoveringTheNeeds() {
    List<Partner> partners = List.of(
        new Partner(1, "HAD-01", "HAD 1", "HAD", "ACTIVE", Set.of("PAIN_PUMP")),
        new Partner(2, "HAD-02", "HAD 2", "HAD", "ACTIVE", Set.of("PAIN_PUMP", "TRANSFUSION")),
        new Partner(3, "HAD-03", "HAD 3", "HAD", "UNDER_SOLICITED", Set.of("TRANSFUSION")),
        new Partner(4, "HAD-04", "HAD 4", "HAD", "ACTIVE", Set.of("PARENTERAL_NUTRITION")),
        new Partner(5, "SMR-01", "SMR 1", "SMR", "ACTIVE", Set.of("REHAB_ORTHO")),
        new Partner(6, "DAC-01", "DAC 1", "DAC", "ACTIVE", Set.of("SOCIAL_SUPPORT")),
        new Partner(7, "DAC-02", "DAC 2", "DAC", "ACTIVE", Set.of("SOCIAL_SUPPORT")),
        new Partner(8, "DAC-03", "DAC 3", "DAC", "ACTIVE", Set.of("SOCIAL_SUPPORT")),
        new Partner(9, "SSIAD-01", "SSIAD 1", "SSIAD", "ACTIVE", Set.of("SOCIAL_SUPPORT")),
        new Partner(10, "SSIAD-02", "SSIAD 2", "SSIAD", "ACTIVE", Set.of("SOCIAL_SUPPORT")));
    Set<String> needs = Set.of("PAIN_PUMP", "TRANSFUSION", "REHAB_ORTHO", "SOCIAL_SUPPORT");
    // HAD peers covering a need: 1 (10 requests), 2 (6), 3 (2); HAD-04 covers none asked for → not a peer.
    // median 6, half 3: HAD-03 (2) is under-solicited, HAD-02 (6) is not.
    // SMR-01 alone of its type, SSIAD 0 and 8 but two peers only: under three peers, no comparison.
    // DAC: 0, 1 and 1, median 1, half 0.5 → DAC-01 (0).
    Map<Long, Integer> requests = Map.of(1L, 10, 2L, 6, 3L, 2, 4L, 0, 7L, 1, 8L, 1, 10L, 8);
    List<UnderSolicitedPartner> report = FiguresCalculator.underSolicited(partners, needs, requests,
        Suppressor.own());
    assertThat(report).extracting(UnderSolicitedPartner::partnerCode).containsExactly("DAC-01", "HAD-03");
    UnderSolicitedPartner had3 = report.get(1);
    assertThat(had3.requests().value()).isEqualTo(2);
    assertThat(had3.peerMedian()).isEqualTo(6.0);
    assertThat(had3.peers()).isEqualTo(3);
    assertThat(had3.coveredNeeds()).containsExactly("TRANSFUSION");
    assertThat(had3.partnershipStatus()).isEqualTo("UNDER_SOLICITED");
    // in the network view, the small request count is <5 but the partner is still listed
    assertThat(FiguresCalculator.underSolicited(partners, needs, requests, Suppressor.outside()).get(1).requests()
        .underFiveShown()).isTrue();
  }

  @Test
  void underSolicited_nothingAskedFor_nothingReported() {
    List<Partner> partners = List.of(new Partner(1, "HAD-01", "HAD 1", "HAD", "ACTIVE", Set.of("PAIN_PUMP")),
        new Partner(2, "HAD-02", "HAD 2", "HAD", "ACTIVE", Set.of("PAIN_PUMP")),
        new Partner(3, "HAD-03", "HAD 3", "HAD", "ACTIVE", Set.of("PAIN_PUMP")));
    assertThat(FiguresCalculator.underSolicited(partners, Set.of(), Map.of(1L, 9, 2L, 9), Suppressor.own()))
        .isEmpty();
    assertThat(FiguresCalculator.underSolicited(partners, Set.of("PAIN_PUMP"), Map.of(1L, 9, 2L, 9),
        Suppressor.own())).extracting(UnderSolicitedPartner::partnerCode).containsExactly("HAD-03");
  }
}

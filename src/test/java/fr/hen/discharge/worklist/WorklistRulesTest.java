package fr.hen.discharge.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.discharge.worklist.StayFacts.Referrals;
import fr.hen.discharge.worklist.WorklistFilter.State;
import fr.hen.stays.StayRoster.RosterLine;
import fr.hen.stays.StayStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Urgency, its order, DAC escalation and the filters, with a fixed "today". */
class WorklistRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
  static final int DAC_DAYS = 5;

  static RosterLine stay(long id, String family, String unit) {
    return new RosterLine(id, id, "MRN" + id, family, "Jeanne", LocalDate.of(1950, 1, 1), "F", 1, unit, "Unit " + unit,
        "101-A", LocalDateTime.of(2026, 11, 1, 10, 0).plusHours(id), false, null, null, StayStatus.IN_HOSPITAL, null,
        null, null);
  }

  static WorklistEntry entry(long id, LocalDate edd, Integer readyDaysAgo, Referrals referrals) {
    return WorklistEntry.of(new StayFacts(stay(id, "Family" + id, "MED"), edd,
        readyDaysAgo == null ? null : TODAY.minusDays(readyDaysAgo).atTime(9, 0), List.of(), null, referrals),
        TODAY, DAC_DAYS);
  }

  static Referrals refusals(int n) {
    return new Referrals(0, null, n, 0, 0, false, false);
  }

  static List<Long> order(WorklistEntry... entries) {
    return java.util.Arrays.stream(entries).sorted(Urgency.ORDER).map(e -> e.facts().stay().stayId()).toList();
  }

  @Test
  void medicallyReady_comesFirst_longestWaitFirst() {
    assertThat(order(entry(1, null, null, Referrals.NONE), entry(2, null, 1, Referrals.NONE),
        entry(3, null, 3, Referrals.NONE))).containsExactly(3L, 2L, 1L);
  }

  @Test
  void eddPassed_beforeEddToday_beforeLater() {
    assertThat(order(entry(1, TODAY.plusDays(2), null, Referrals.NONE), entry(2, TODAY, null, Referrals.NONE),
        entry(3, TODAY.minusDays(2), null, Referrals.NONE))).containsExactly(3L, 2L, 1L);
    Urgency today = entry(2, TODAY, null, Referrals.NONE).urgency();
    assertThat(today.reasons()).extracting(Urgency.Reason::code).containsExactly("EDD_TODAY");
    assertThat(today.score()).isEqualTo(Urgency.EDD_DUE);
  }

  @Test
  void requestsWithoutAnswer_andRefusals_raiseTheUrgency() {
    Referrals awaiting = new Referrals(2, TODAY.atStartOfDay(), 0, 0, 0, false, false);
    assertThat(order(entry(1, null, null, Referrals.NONE), entry(2, null, null, awaiting),
        entry(3, null, null, refusals(2)))).containsExactly(3L, 2L, 1L);
    assertThat(entry(2, null, null, awaiting).urgency().score()).isEqualTo(2 * Urgency.PER_AWAITING);
  }

  @Test
  void score_sumsTheNamedCriteria() {
    Urgency urgency = entry(1, TODAY.minusDays(1), 2, refusals(1)).urgency();
    assertThat(urgency.reasons()).extracting(Urgency.Reason::code).containsExactly("READY", "EDD_PASSED",
        "REFUSED");
    assertThat(urgency.score()).isEqualTo(Urgency.READY + 2 * Urgency.PER_WAITING_DAY + Urgency.EDD_DUE
        + Urgency.PER_EDD_DAY + Urgency.PER_REFUSAL);
  }

  @Test
  void readyWithoutAnyRequest_isSaidSo() {
    assertThat(entry(1, null, 0, Referrals.NONE).urgency().reasons()).extracting(Urgency.Reason::code)
        .containsExactly("READY", "NO_REQUEST");
  }

  @Test
  void confirmedDestination_lowersTheUrgency() {
    Referrals confirmed = new Referrals(0, null, 0, 0, 0, true, false);
    assertThat(order(entry(1, null, 2, confirmed), entry(2, null, 1, Referrals.NONE))).containsExactly(2L, 1L);
  }

  @Test
  void tie_goesToTheOldestAdmission() {
    assertThat(order(entry(5, null, null, Referrals.NONE), entry(4, null, null, Referrals.NONE)))
        .containsExactly(4L, 5L);
  }

  @Test
  void dac_isProposedAfterThreeRefusals() {
    assertThat(entry(1, null, null, refusals(2)).dac().proposed()).isFalse();
    WorklistEntry three = entry(1, null, null, refusals(3));
    assertThat(three.dac().reasons()).containsExactly("REFUSED_BY_THREE");
    assertThat(three.urgency().reasons()).extracting(Urgency.Reason::code).contains("DAC_PROPOSED");
  }

  @Test
  void dac_isProposedBeyondTheDaysWaiting_notOnTheLastOne() {
    assertThat(entry(1, null, DAC_DAYS, Referrals.NONE).dac().proposed()).isFalse();
    assertThat(entry(1, null, DAC_DAYS + 1, Referrals.NONE).dac().reasons()).containsExactly("WAITING_TOO_LONG");
    assertThat(entry(1, null, DAC_DAYS + 1, refusals(3)).dac().reasons())
        .containsExactly("REFUSED_BY_THREE", "WAITING_TOO_LONG");
  }

  @Test
  void dac_isNotProposedOnceADestinationIsConfirmed_orTheDacContacted() {
    assertThat(entry(1, null, 10, new Referrals(0, null, 3, 0, 0, true, false)).dac().proposed()).isFalse();
    assertThat(entry(1, null, 10, new Referrals(1, null, 3, 0, 0, false, true)).dac().proposed()).isFalse();
  }

  @Test
  void filters_unitStateAndName() {
    WorklistEntry ready = WorklistEntry.of(new StayFacts(stay(1, "Lefèvre", "MED"), null,
        TODAY.atStartOfDay(), List.of(), null, Referrals.NONE), TODAY, DAC_DAYS);
    WorklistEntry other = WorklistEntry.of(new StayFacts(stay(2, "Durand", "CHIR"), TODAY, null, List.of(), null,
        refusals(1)), TODAY, DAC_DAYS);
    assertThat(new WorklistFilter("med", null, null).matches(ready, TODAY)).isTrue();
    assertThat(new WorklistFilter("MED", null, null).matches(other, TODAY)).isFalse();
    assertThat(new WorklistFilter(null, State.READY, null).matches(other, TODAY)).isFalse();
    assertThat(new WorklistFilter(null, State.EDD_DUE, null).matches(other, TODAY)).isTrue();
    assertThat(new WorklistFilter(null, State.REFUSED, null).matches(other, TODAY)).isTrue();
    assertThat(new WorklistFilter(null, null, "lefevre jea").matches(ready, TODAY)).as("accents, case, words")
        .isTrue();
    assertThat(new WorklistFilter(null, null, "MRN1").matches(ready, TODAY)).isTrue();
    assertThat(new WorklistFilter(null, null, "durand").matches(ready, TODAY)).isFalse();
    assertThat(new WorklistFilter(" ", null, " ").matches(other, TODAY)).isTrue();
  }
}

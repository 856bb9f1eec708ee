package fr.hen.quality.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.hen.platform.InvalidFieldException;
import fr.hen.platform.Periods;
import fr.hen.quality.census.BedCensus.UnitDay;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BedCensusTest {

  static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);

  static CensusStore.Row row(String unit, LocalDateTime from, LocalDateTime to) {
    return new CensusStore.Row(unit, from, to);
  }

  static List<Integer> counts(List<UnitDay> days, String unit) {
    return days.stream().filter(d -> d.unitCode().equals(unit)).map(UnitDay::occupiedBeds).toList();
  }

  @Test
  void dayOfAdmissionCounts_dayOfDischargeDoesNot() {
    List<UnitDay> days = BedCensus.count(List.of(row("ONC", MONDAY.atTime(10, 0), MONDAY.plusDays(2).atTime(9, 0))),
        MONDAY.minusDays(1), MONDAY.plusDays(3));
    assertThat(counts(days, "ONC")).containsExactly(0, 1, 1, 0, 0);
    assertThat(days.get(1)).isEqualTo(new UnitDay(MONDAY, "ONC", 1));
  }

  @Test
  void sameDayStay_countsNoBedDay() {
    List<UnitDay> days = BedCensus.count(List.of(row("ONC", MONDAY.atTime(8, 0), MONDAY.atTime(18, 0))), MONDAY,
        MONDAY);
    assertThat(counts(days, "ONC")).containsExactly(0);
  }

  @Test
  void placementEndingExactlyAtMidnight_isNotThereAtThatMidnight() {
    List<UnitDay> days = BedCensus.count(List.of(row("ONC", MONDAY.atTime(10, 0),
        MONDAY.plusDays(1).atStartOfDay())), MONDAY, MONDAY.plusDays(1));
    assertThat(counts(days, "ONC")).containsExactly(0, 0);
  }

  @Test
  void placementStartingExactlyAtMidnight_isThereAtTheNextMidnightOnly() {
    List<UnitDay> days = BedCensus.count(List.of(row("ONC", MONDAY.atStartOfDay(), null)), MONDAY.minusDays(1),
        MONDAY.plusDays(1));
    assertThat(counts(days, "ONC")).containsExactly(1, 1, 1);
  }

  @Test
  void transfer_movesTheBedDayToTheNewUnit() {
    LocalDateTime transfer = MONDAY.plusDays(1).atTime(15, 0);
    List<UnitDay> days = BedCensus.count(List.of(row("ONC", MONDAY.atTime(10, 0), transfer),
        row("SSR", transfer, null)), MONDAY, MONDAY.plusDays(2));
    assertThat(counts(days, "ONC")).containsExactly(1, 0, 0);
    assertThat(counts(days, "SSR")).containsExactly(0, 1, 1);
  }

  @Test
  void stayStillInHospital_countsToTheEndOfThePeriod_andPlacementsBeforeItAreClipped() {
    List<UnitDay> days = BedCensus.count(List.of(row("ONC", MONDAY.minusDays(30).atTime(10, 0), null),
        row("ONC", MONDAY.minusDays(30).atTime(11, 0), MONDAY.plusDays(1).atTime(12, 0))), MONDAY,
        MONDAY.plusDays(2));
    assertThat(counts(days, "ONC")).containsExactly(2, 1, 1);
  }

  @Test
  void periodEndingBeforeItStarts_isRejectedOnTo() {
    assertThatThrownBy(() -> Periods.requireValid(MONDAY, MONDAY.minusDays(1), BedCensus.MAX_DAYS))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("to"));
  }

  @Test
  void periodOfMoreThan366Days_isRejected_366IsAccepted() {
    Periods.requireValid(MONDAY, MONDAY.plusDays(365), BedCensus.MAX_DAYS);
    assertThatThrownBy(() -> Periods.requireValid(MONDAY, MONDAY.plusDays(366), BedCensus.MAX_DAYS))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getMessage()).contains("366"));
  }
}

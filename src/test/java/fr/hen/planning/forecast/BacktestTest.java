package fr.hen.planning.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.hen.planning.forecast.Episode.Span;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A synthetic history whose errors are computed by hand: unit A admits two patients every other Monday and none
 * on the Mondays between, each for one night. The census is 2 or 0 on Mondays and 0 otherwise. The naive forecast
 * (same weekday last week) misses every Monday by 2; the model learns 1 arrival per Monday from any 28-day window
 * (and a length of stay of one night) and misses every Monday by 1. Each horizon day falls on a Monday for one
 * origin in seven: MAE 2/7 and 1/7.
 */
class BacktestTest {

  @Test
  void backtest_reportsMaePerHorizonBesideTheNaiveBaseline() {
    List<Episode> history = new ArrayList<>();
    LocalDate monday = LocalDate.of(2026, 1, 5);
    for (int week = 0; week < 11; week++, monday = monday.plusWeeks(1)) {
      if (week % 2 == 0) {
        for (int hour : new int[] {10, 11}) {
          LocalDateTime in = monday.atTime(hour, 0);
          LocalDateTime out = monday.plusDays(1).atTime(10, 0);
          history.add(new Episode(in, out, false, null, List.of(new Span("A", in, out))));
        }
      }
    }
    Backtest.Result r = Backtest.run(history, List.of("A"), LocalDate.of(2026, 3, 15), 2,
        new Training.Settings(28, 1, 30));
    assertThat(r.origins()).isEqualTo(14);
    assertThat(r.lastOrigin()).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(r.firstOrigin()).isEqualTo(LocalDate.of(2026, 2, 24));
    assertThat(r.total()).hasSize(7).allSatisfy(h -> {
      assertThat(h.modelMae()).isCloseTo(1.0 / 7, within(1e-9));
      assertThat(h.naiveMae()).isCloseTo(2.0 / 7, within(1e-9));
      assertThat(h.coverage()).isEqualTo(1.0); // Poisson(1): 10th-90th percentiles 0-2
    });
    assertThat(r.units()).isEqualTo(r.total());
  }

  @Test
  void census_countsPatientsPresentAtTheMidnightEndingTheDay() {
    LocalDateTime in = LocalDateTime.of(2026, 3, 2, 10, 0);
    LocalDateTime move = LocalDateTime.of(2026, 3, 3, 15, 0);
    LocalDateTime out = LocalDateTime.of(2026, 3, 5, 0, 0);
    Episode e = new Episode(in, out, false, null, List.of(new Span("A", in, move), new Span("B", move, out)));
    Backtest.Census census = new Backtest.Census(List.of(e), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 6));
    assertThat(census.of("A", LocalDate.of(2026, 3, 1))).isZero();
    assertThat(census.of("A", LocalDate.of(2026, 3, 2))).isEqualTo(1);
    assertThat(census.of("A", LocalDate.of(2026, 3, 3))).isZero();
    assertThat(census.of("B", LocalDate.of(2026, 3, 3))).isEqualTo(1);
    // discharged at midnight exactly: not present at that midnight
    assertThat(census.of("B", LocalDate.of(2026, 3, 4))).isZero();
    assertThat(census.total(LocalDate.of(2026, 3, 3))).isEqualTo(1);
    assertThat(census.of("C", LocalDate.of(2026, 3, 3))).isZero();
  }
}

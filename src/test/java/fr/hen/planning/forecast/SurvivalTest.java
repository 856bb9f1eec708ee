package fr.hen.planning.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SurvivalTest {

  @Test
  void kaplanMeier_withoutCensoring_isTheShareOfLongerStays() {
    // lengths of stay 1, 1, 2, 3
    Survival s = Survival.kaplanMeier(new int[] {0, 2, 1, 1}, new int[0]);
    assertThat(s.above(-1)).isEqualTo(1.0);
    assertThat(s.above(0)).isEqualTo(1.0);
    assertThat(s.above(1)).isEqualTo(0.5);
    assertThat(s.above(2)).isEqualTo(0.25);
    assertThat(s.above(3)).isEqualTo(0.0);
    assertThat(s.above(10)).isEqualTo(0.0);
  }

  @Test
  void kaplanMeier_censoredStay_isAtRiskOnlyForTheDaysItIsKnownToHavePassed() {
    // discharged after 1 and 2 days; one still in hospital after 2 days (at risk on days 0 and 1 only)
    Survival s = Survival.kaplanMeier(new int[] {0, 1, 1}, new int[] {0, 0, 1});
    assertThat(s.above(0)).isEqualTo(1.0);
    assertThat(s.above(1)).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(s.above(2)).isEqualTo(0.0);
  }

  @Test
  void aboveGiven_isConditionalOnTheDaysAlreadySpent() {
    Survival s = Survival.kaplanMeier(new int[] {0, 2, 1, 1}, new int[0]);
    assertThat(s.aboveGiven(2, 2)).isEqualTo(0.5); // S(2) / S(1)
    assertThat(s.aboveGiven(1, 0)).isEqualTo(0.5); // S(1) / 1
    assertThat(s.aboveGiven(5, 5)).isEqualTo(1.0); // longer than any stay seen: nothing to learn from
  }

  @Test
  void countDistribution_isExact() {
    CountDistribution two = CountDistribution.of(List.of(0.5, 0.5), 0);
    assertThat(two.mean()).isCloseTo(1, within(1e-12));
    assertThat(two.quantile(0.10)).isZero();
    assertThat(two.quantile(0.25)).isZero();
    assertThat(two.quantile(0.26)).isEqualTo(1);
    assertThat(two.quantile(0.90)).isEqualTo(2);
    // Poisson(2): P(X <= 3) = 0.857, P(X <= 4) = 0.947
    CountDistribution poisson = CountDistribution.of(List.of(), 2);
    assertThat(poisson.mean()).isCloseTo(2, within(1e-9));
    assertThat(poisson.quantile(0.10)).isZero();
    assertThat(poisson.quantile(0.90)).isEqualTo(4);
    // large mean: no underflow
    assertThat(CountDistribution.of(List.of(), 900).quantile(0.5)).isBetween(898, 901);
  }
}

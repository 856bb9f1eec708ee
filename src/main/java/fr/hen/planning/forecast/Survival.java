package fr.hen.planning.forecast;

import java.util.Arrays;

/**
 * The length-of-stay survival {@code S(k) = P(LOS > k)} in whole days (discharge date − admission date), by the
 * Kaplan–Meier estimator: stays still in hospital count as censored, at risk only for the days they are known to
 * have passed. Beyond the last day observed, S keeps its last value.
 */
final class Survival {

  private final double[] s;

  private Survival(double[] s) {
    this.s = s;
  }

  /**
   * {@code events[k]}: stays discharged after exactly {@code k} days; {@code censored[k]}: stays known to have
   * lasted more than {@code k - 1} days, outcome on day {@code k} unknown (at risk for days {@code 0 … k-1}).
   */
  static Survival kaplanMeier(int[] events, int[] censored) {
    int length = Math.max(events.length, censored.length);
    int[] e = Arrays.copyOf(events, length);
    int[] c = Arrays.copyOf(censored, length);
    // at risk on day j: events on day >= j plus censored with c > j
    double[] s = new double[length];
    int atRisk = 0;
    int[] eventsFrom = new int[length + 1];
    int[] censoredAbove = new int[length + 1];
    for (int j = length - 1; j >= 0; j--) {
      eventsFrom[j] = eventsFrom[j + 1] + e[j];
      censoredAbove[j] = censoredAbove[j + 1] + (j + 1 < length ? c[j + 1] : 0);
    }
    double survival = 1;
    for (int j = 0; j < length; j++) {
      atRisk = eventsFrom[j] + censoredAbove[j];
      if (atRisk > 0) {
        survival *= 1 - (double) e[j] / atRisk;
      }
      s[j] = survival;
    }
    return new Survival(s);
  }

  /** {@code P(LOS > k)}; 1 for a negative k. */
  double above(int k) {
    if (k < 0) {
      return 1;
    }
    if (s.length == 0) {
      return 0;
    }
    return s[Math.min(k, s.length - 1)];
  }

  /**
   * {@code P(LOS > k | LOS >= known)}: a patient in hospital for {@code known} days is still there {@code k} days
   * after admission; 1 when no stay of the history lasted that long (nothing to learn from).
   */
  double aboveGiven(int k, int known) {
    double denominator = above(known - 1);
    return denominator <= 0 ? 1 : Math.min(1, above(k) / denominator);
  }
}

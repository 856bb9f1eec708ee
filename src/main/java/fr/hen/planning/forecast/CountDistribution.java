package fr.hen.planning.forecast;

import java.util.List;

/**
 * The distribution of a bed count: the sum of independent Bernoulli variables (each patient known now, or planned,
 * present or not: a Poisson-binomial) and of a Poisson variable (the arrivals not known yet, each one present with
 * its survival probability: a thinned Poisson stays Poisson). Computed exactly by convolution, so its percentiles
 * hold for a small unit as well as for the whole hospital.
 */
final class CountDistribution {

  private final double[] pmf;

  private CountDistribution(double[] pmf) {
    this.pmf = pmf;
  }

  static CountDistribution of(List<Double> presence, double poissonMean) {
    double[] bernoulli = new double[presence.size() + 1];
    bernoulli[0] = 1;
    int n = 0;
    for (double p : presence) {
      n++;
      for (int k = n; k >= 1; k--) {
        bernoulli[k] = bernoulli[k] * (1 - p) + bernoulli[k - 1] * p;
      }
      bernoulli[0] *= 1 - p;
    }
    double[] poisson = poisson(poissonMean);
    double[] sum = new double[bernoulli.length + poisson.length - 1];
    for (int i = 0; i < bernoulli.length; i++) {
      if (bernoulli[i] == 0) {
        continue;
      }
      for (int j = 0; j < poisson.length; j++) {
        sum[i + j] += bernoulli[i] * poisson[j];
      }
    }
    return new CountDistribution(sum);
  }

  /** The Poisson probabilities up to far in the tail (mean + 12 standard deviations + 12). */
  private static double[] poisson(double mean) {
    if (mean <= 0) {
      return new double[] {1};
    }
    int last = (int) Math.ceil(mean + 12 * Math.sqrt(mean) + 12);
    double[] p = new double[last + 1];
    // in logs, so that a large mean does not underflow e^-mean
    double logFactorial = 0;
    for (int k = 0; k <= last; k++) {
      logFactorial += k < 2 ? 0 : Math.log(k);
      p[k] = Math.exp(k * Math.log(mean) - mean - logFactorial);
    }
    return p;
  }

  /** The smallest count whose cumulative probability reaches {@code q}. */
  int quantile(double q) {
    double cumulative = 0;
    for (int k = 0; k < pmf.length; k++) {
      cumulative += pmf[k];
      if (cumulative >= q - 1e-12) {
        return k;
      }
    }
    return pmf.length - 1;
  }

  double mean() {
    double m = 0;
    for (int k = 0; k < pmf.length; k++) {
      m += k * pmf[k];
    }
    return m;
  }
}

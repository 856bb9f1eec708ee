package fr.hen.discharge.figures;

import java.util.List;

/**
 * Small-cell suppression of the discharge figures (PRODUCT.md §4: any count under 5 shown outside its own
 * organisation is suppressed). A hospital user sees their own hospital's figures ({@code own}: nothing suppressed);
 * a network coordinator sees network-wide figures of hospitals that are not their organisation: counts under 5
 * are {@code <5}, and so are rates, medians and percentiles computed from fewer than 5 events.
 */
final class Suppressor {

  static final int THRESHOLD = 5;

  private final boolean own;

  Suppressor(boolean own) {
    this.own = own;
  }

  static Suppressor own() {
    return new Suppressor(true);
  }

  static Suppressor outside() {
    return new Suppressor(false);
  }

  boolean isOwn() {
    return own;
  }

  /** A count (events, days): under 5 outside the own organisation → suppressed. */
  FigureCell<Integer> count(long value) {
    return !own && value < THRESHOLD ? FigureCell.underFive() : FigureCell.shown((int) value);
  }

  /**
   * A rate in percent (one decimal), suppressed outside the own organisation when its numerator or denominator is
   * under 5 (with the other shown it would give the small count away); over zero it is undefined (null).
   */
  FigureCell<Double> percent(long numerator, long denominator) {
    if (!own && (numerator < THRESHOLD || denominator < THRESHOLD)) {
      return FigureCell.underFive();
    }
    return FigureCell.shown(denominator == 0 ? null : round1(numerator * 100.0 / denominator));
  }

  /** A statistic (median, percentile) of {@code events} values, suppressed outside when fewer than 5. */
  FigureCell<Double> statistic(Double value, int events) {
    if (!own && events < THRESHOLD) {
      return FigureCell.underFive();
    }
    return FigureCell.shown(value == null ? null : round1(value));
  }

  /** A total whose parts are shown beside it: hidden ({@code COMPLEMENTARY}) when any part is hidden. */
  static FigureCell<Integer> total(FigureCell<Integer> total, List<FigureCell<Integer>> parts) {
    if (total.suppressed()) {
      return total;
    }
    return parts.stream().anyMatch(FigureCell::suppressed) ? FigureCell.complementary() : total;
  }

  static double round1(double value) {
    return Math.round(value * 10) / 10.0;
  }
}

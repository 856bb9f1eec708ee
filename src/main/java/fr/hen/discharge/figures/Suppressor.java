package fr.hen.discharge.figures;

import fr.hen.platform.SmallCell;

import java.util.List;

/**
 * Small-cell suppression of the discharge figures (PRODUCT.md §4: any count under 5 shown outside its own
 * organisation is suppressed). A hospital user sees their own hospital's figures ({@code own}: nothing suppressed);
 * a network coordinator sees network-wide figures of hospitals that are not their organisation: counts under 5
 * are {@code <5}, and so are rates, medians and percentiles computed from fewer than 5 events.
 */
final class Suppressor {

  static final int THRESHOLD = SmallCell.THRESHOLD;

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
  SmallCell<Integer> count(long value) {
    return SmallCell.count(value, own);
  }

  /**
   * A rate in percent (one decimal), suppressed outside the own organisation when its numerator or denominator is
   * under 5 (with the other shown it would give the small count away); over zero it is undefined (null).
   */
  SmallCell<Double> percent(long numerator, long denominator) {
    return SmallCell.rate(numerator, denominator, own);
  }

  /** A statistic (median, percentile) of {@code events} values, suppressed outside when fewer than 5. */
  SmallCell<Double> statistic(Double value, int events) {
    return SmallCell.statistic(value, events, own);
  }

  /** A total whose parts are shown beside it: hidden ({@code COMPLEMENTARY}) when any part is hidden. */
  static SmallCell<Integer> total(SmallCell<Integer> total, List<SmallCell<Integer>> parts) {
    return SmallCell.total(total, parts);
  }

  static double round1(double value) {
    return SmallCell.round1(value);
  }
}

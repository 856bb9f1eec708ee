package fr.hen.stays.networkbeds;

import fr.hen.platform.SmallCell;

import java.util.List;
import java.util.function.Function;

/**
 * Small-cell suppression (PRODUCT.md §4): a count under 5 shown outside its own organisation is hidden, and so
 * is every figure from which such a count could be worked out. Each rule is one method; see the stays README.
 */
final class SmallCells {

  static final int THRESHOLD = SmallCell.THRESHOLD;

  private SmallCells() {}

  /** A count of another organisation under 5 is suppressed; the user's own organisation is never suppressed. */
  static SmallCell<Integer> count(int value, boolean own) {
    return SmallCell.count(value, own);
  }

  /**
   * A rate in percent (one decimal) of another organisation is suppressed when its numerator or its denominator
   * is under 5: with the other one shown it would give the small count away. Over zero it is undefined (null).
   */
  static SmallCell<Double> rate(int numerator, int denominator, boolean own) {
    return SmallCell.rate(numerator, denominator, own);
  }

  /**
   * A share of events (e.g. discharges before noon) of another organisation is suppressed as a {@link #rate}, and
   * also when the events outside the share (whole − part) are under 5, since they follow from share and whole.
   */
  static SmallCell<Double> share(int part, int whole, boolean own) {
    if (!own && whole - part < THRESHOLD) {
      return SmallCell.underFive();
    }
    return rate(part, whole, own);
  }

  /** A mean (one decimal) of another organisation computed from fewer than 5 events is suppressed. */
  static SmallCell<Double> mean(long sum, int events, boolean own) {
    return SmallCell.statistic(events == 0 ? null : (double) sum / events, events, own);
  }

  /**
   * A capacity count (beds, available, blocked, free, and so occupied beds, which follow from them) describes beds,
   * not patients: it is always shown, however small (issue: a network view showing total beds as "n.d." helps
   * nobody). Counts of patients and events keep {@link #count}.
   */
  static SmallCell<Integer> capacity(int value) {
    return SmallCell.shown(value);
  }

  /**
   * Occupancy (occupied ÷ available, %) is worked out from capacity counts, which are shown: it is shown too.
   */
  static SmallCell<Double> occupancy(int occupied, int available) {
    return SmallCell.shown(available == 0 ? null : SmallCell.round1(occupied * 100.0 / available));
  }

  /** The figures of one hospital for a user of that hospital ({@code own}) or of another organisation. */
  static Figures hospital(Tally t, boolean own) {
    return new Figures(capacity(t.beds()), capacity(t.available()), capacity(t.occupied()), capacity(t.free()),
        capacity(t.blocked()), occupancy(t.occupied(), t.available()), count(t.medicallyReady(), own),
        count(t.discharges(), own), mean(t.inpatientDays(), t.inpatientDischarges(), own),
        share(t.dischargesBeforeNoon(), t.discharges(), own));
  }

  /**
   * A network total is suppressed (complementary) when the same figure of any hospital is suppressed: the total
   * minus the figures shown would give the hidden one away.
   */
  static Figures networkTotal(Tally total, List<Figures> hospitals) {
    Figures all = hospital(total, true);
    return new Figures(unlessHidden(all.beds(), hospitals, Figures::beds),
        unlessHidden(all.available(), hospitals, Figures::available),
        unlessHidden(all.occupied(), hospitals, Figures::occupied), unlessHidden(all.free(), hospitals, Figures::free),
        unlessHidden(all.blocked(), hospitals, Figures::blocked),
        unlessHidden(all.occupancyPercent(), hospitals, Figures::occupancyPercent),
        unlessHidden(all.medicallyReady(), hospitals, Figures::medicallyReady),
        unlessHidden(all.discharges(), hospitals, Figures::discharges),
        unlessHidden(all.meanLengthOfStayDays(), hospitals, Figures::meanLengthOfStayDays),
        unlessHidden(all.dischargedBeforeNoonPercent(), hospitals, Figures::dischargedBeforeNoonPercent));
  }

  private static <T extends Number> SmallCell<T> unlessHidden(SmallCell<T> total, List<Figures> hospitals,
      Function<Figures, SmallCell<T>> field) {
    return hospitals.stream().map(field).anyMatch(SmallCell::suppressed) ? SmallCell.complementary() : total;
  }

}

package fr.hen.planning.forecast;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The occupancy forecast: for each unit and the hospital, the patients present at the midnight ending each of the
 * 7 days from the origin's date (day 1 is tonight), as the sum of three parts:
 * <ul>
 * <li>the patients in hospital at the origin, each still there with the probability that its discharge comes after
 * that midnight: from its expected discharge date and how late discharges come after it (when the history has
 * enough of them), otherwise from the survival of its unit's lengths of stay given the days it has already
 * spent; during the day, given that it has not left yet (a discharge today only with the share of the day's
 * discharges that come after the origin's time);</li>
 * <li>the planned admissions of the queue, present from their date for their nights (or with the survival when
 * their nights are unknown); without a queue, the planned arrivals of the past by weekday, as below;</li>
 * <li>the arrivals not known yet: the window's mean per unit and weekday (the rest of today's for the origin's
 * date), each present on a later midnight with the survival probability.</li>
 * </ul>
 * Band: the 10th and 90th percentiles of the exact distribution of the count, patients independent (a
 * Poisson-binomial for those known, a Poisson for those to come). Transfers between units are not foreseen: a
 * patient is counted in the unit it is in at the origin.
 */
final class OccupancyModel {

  static final int HORIZON = 7;
  static final double LOW = 0.10;
  static final double HIGH = 0.90;

  /** A planned admission of the queue: its unit (null when not decided), date, and nights when known. */
  record Planned(String unit, LocalDate date, Integer nights) {}

  /** One day: expected occupied beds at its ending midnight, its three parts, the band. */
  record Day(LocalDate day, double expected, double fromCurrent, double fromPlanned, double fromArrivals, int low,
      int high) {}

  /** A unit's 7 days ({@code unit} null for the hospital). */
  record Series(String unit, List<Day> days) {}

  /** {@code queueUsed}: planned admissions from the queue (else from the past); {@code eddUsed}: EDD correction. */
  record Forecast(LocalDateTime origin, boolean queueUsed, boolean eddUsed, List<Series> units, Series total) {}

  private OccupancyModel() {}

  /**
   * Forecasts from what is known at {@code origin}: {@code history} may hold later facts, which are ignored.
   * {@code queue}: the planned admissions of the next 7 days, or null when the hospital keeps no queue.
   */
  static Forecast forecast(List<Episode> history, List<String> units, LocalDateTime origin, List<Planned> queue,
      Training.Settings settings) {
    LocalDate today = origin.toLocalDate();
    Training training = new Training(history, origin, settings);
    boolean queueUsed = queue != null && !queue.isEmpty();
    Set<String> all = new LinkedHashSet<>(units);
    Map<String, Part[]> parts = new HashMap<>();
    Part[] total = newParts(today);
    double dischargesLater = training.dischargeShareAfter(origin.toLocalTime());
    for (Episode e : history) {
      if (!e.admittedBefore(origin) || e.dischargedBy(origin)) {
        continue;
      }
      String unit = e.unitAt(origin);
      if (unit == null) {
        continue;
      }
      all.add(unit);
      int known = (int) ChronoUnit.DAYS.between(e.admittedAt().toLocalDate(), today);
      Survival survival = training.survival(e.admissionUnit());
      // still here at the origin's time: a discharge today can only come later in the day
      double leavesToday = 1 - presence(e, training, survival, today, known, 0);
      double presentNow = 1 - leavesToday * (1 - dischargesLater);
      for (int i = 0; i < HORIZON; i++) {
        double p = presentNow <= 0 ? 0 : Math.min(1, presence(e, training, survival, today, known, i) / presentNow);
        parts.computeIfAbsent(unit, k -> newParts(today))[i].current(p);
        total[i].current(p);
      }
    }
    if (queueUsed) {
      for (Planned planned : queue) {
        Survival survival = training.survival(planned.unit());
        for (int i = 0; i < HORIZON; i++) {
          long after = ChronoUnit.DAYS.between(planned.date(), today.plusDays(i));
          if (after < 0) {
            continue;
          }
          double p = planned.nights() != null ? (after < planned.nights() ? 1 : 0) : survival.above((int) after);
          if (planned.unit() != null && all.contains(planned.unit())) {
            parts.computeIfAbsent(planned.unit(), k -> newParts(today))[i].planned(p);
          }
          total[i].planned(p);
        }
      }
    }
    Set<String> arrivalUnits = new LinkedHashSet<>(all);
    arrivalUnits.addAll(training.arrivalUnits());
    double todayShare = training.shareAfter(origin.toLocalTime());
    for (String unit : arrivalUnits) {
      Survival survival = training.survival(unit);
      for (int i = 0; i < HORIZON; i++) {
        double mean = 0;
        for (int k = 0; k <= i; k++) {
          double rate = training.arrivals(unit, today.plusDays(k).getDayOfWeek(), !queueUsed);
          mean += rate * (k == 0 ? todayShare : 1) * survival.above(i - k);
        }
        if (all.contains(unit)) {
          parts.computeIfAbsent(unit, key -> newParts(today))[i].arrivals += mean;
        }
        total[i].arrivals += mean;
      }
    }
    List<Series> series = new ArrayList<>();
    for (String unit : units) {
      series.add(new Series(unit, days(parts.getOrDefault(unit, newParts(today)))));
    }
    return new Forecast(origin, queueUsed, training.latenessUsable(), series, new Series(null, days(total)));
  }

  /** The probability that a patient in hospital at the origin is still there at the midnight ending day i. */
  static double presence(Episode e, Training training, Survival survival, LocalDate today, int known, int i) {
    if (e.expectedDischarge() != null && training.latenessUsable()) {
      long untilToday = ChronoUnit.DAYS.between(e.expectedDischarge(), today);
      double denominator = training.latenessAbove(untilToday - 1);
      if (denominator > 0) {
        return Math.min(1, training.latenessAbove(untilToday + i) / denominator);
      }
    }
    return survival.aboveGiven(known + i, known);
  }

  private static Part[] newParts(LocalDate today) {
    Part[] parts = new Part[HORIZON];
    for (int i = 0; i < HORIZON; i++) {
      parts[i] = new Part(today.plusDays(i));
    }
    return parts;
  }

  private static List<Day> days(Part[] parts) {
    List<Day> days = new ArrayList<>(HORIZON);
    for (Part part : parts) {
      days.add(part.day());
    }
    return days;
  }

  /** What one day of one series gathers before its distribution is computed. */
  private static final class Part {
    final LocalDate date;
    final List<Double> presence = new ArrayList<>();
    double current;
    double planned;
    double arrivals;

    Part(LocalDate date) {
      this.date = date;
    }

    void current(double p) {
      presence.add(p);
      current += p;
    }

    void planned(double p) {
      presence.add(p);
      planned += p;
    }

    Day day() {
      CountDistribution distribution = CountDistribution.of(presence, arrivals);
      return new Day(date, current + planned + arrivals, current, planned, arrivals, distribution.quantile(LOW),
          distribution.quantile(HIGH));
    }
  }
}

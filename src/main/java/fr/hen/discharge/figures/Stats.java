package fr.hen.discharge.figures;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/** The arithmetic of the discharge figures (PRODUCT.md §4), free of any database: each rule is one method. */
final class Stats {

  private Stats() {}

  /** Median: the middle value, or the mean of the two middle values of an even count; null for no value. */
  static Double median(List<? extends Number> values) {
    if (values.isEmpty()) {
      return null;
    }
    double[] sorted = sorted(values);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** 90th percentile by the nearest-rank method: the ⌈0.9·n⌉-th smallest value; null for no value. */
  static Double p90(List<? extends Number> values) {
    if (values.isEmpty()) {
      return null;
    }
    double[] sorted = sorted(values);
    int rank = (int) Math.ceil(0.9 * sorted.length);
    return sorted[Math.max(1, rank) - 1];
  }

  /** Waiting time to exit of a stay: discharge date − medically-ready date, in days (local calendar dates). */
  static long waitingDays(LocalDateTime medicallyReadyAt, LocalDateTime dischargedAt) {
    return ChronoUnit.DAYS.between(medicallyReadyAt.toLocalDate(), dischargedAt.toLocalDate());
  }

  /** Avoidable days of a stay: max(0, discharge date − medically-ready date). */
  static long avoidableDays(LocalDateTime medicallyReadyAt, LocalDateTime dischargedAt) {
    return Math.max(0, waitingDays(medicallyReadyAt, dischargedAt));
  }

  /**
   * Bed-days of one stay in the period {@code from..to} (dates inclusive), counted at midnight: one for each
   * midnight ending a day of the period (the midnight starting day D+1 ends day D) at which the patient was in
   * bed, i.e. {@code admittedAt <= midnight < leftAt}. The day of admission counts, the day of discharge does not
   * (as the bed census). {@code leftAt} is the discharge time, or now for a patient still in hospital.
   */
  static long bedDays(LocalDateTime admittedAt, LocalDateTime leftAt, LocalDate from, LocalDate to) {
    if (leftAt == null || !leftAt.isAfter(admittedAt)) {
      return 0;
    }
    LocalDate first = admittedAt.toLocalTime().equals(LocalTime.MIDNIGHT) ? admittedAt.toLocalDate()
        : admittedAt.toLocalDate().plusDays(1);
    LocalDate last = leftAt.toLocalTime().equals(LocalTime.MIDNIGHT) ? leftAt.toLocalDate().minusDays(1)
        : leftAt.toLocalDate();
    LocalDate periodFirst = from.plusDays(1);
    LocalDate periodLast = to.plusDays(1);
    if (first.isBefore(periodFirst)) {
      first = periodFirst;
    }
    if (last.isAfter(periodLast)) {
      last = periodLast;
    }
    return first.isAfter(last) ? 0 : ChronoUnit.DAYS.between(first, last) + 1;
  }

  /** Answer time of a referral in hours (first answer − sent), to the minute. */
  static double answerHours(LocalDateTime sentAt, LocalDateTime answeredAt) {
    return ChronoUnit.MINUTES.between(sentAt, answeredAt) / 60.0;
  }

  private static double[] sorted(List<? extends Number> values) {
    double[] numbers = values.stream().mapToDouble(Number::doubleValue).toArray();
    Arrays.sort(numbers);
    return numbers;
  }
}

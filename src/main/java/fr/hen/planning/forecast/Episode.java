package fr.hen.planning.forecast;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A stay as the forecast sees it: dates, whether it was planned, its expected discharge date (the last one set) and
 * where it was; no patient. {@code spans} in time order, the first one the unit of admission.
 */
record Episode(LocalDateTime admittedAt, LocalDateTime dischargedAt, boolean planned, LocalDate expectedDischarge,
    List<Span> spans) {

  /** The stay was in this unit from one time to the next ({@code to} null while it is still there). */
  record Span(String unit, LocalDateTime from, LocalDateTime to) {}

  Episode {
    spans = List.copyOf(spans);
  }

  String admissionUnit() {
    return spans.isEmpty() ? null : spans.getFirst().unit();
  }

  /** Known at {@code t}: admitted before it. */
  boolean admittedBefore(LocalDateTime t) {
    return admittedAt.isBefore(t);
  }

  /** Discharged at or before {@code t} (as known at {@code t}). */
  boolean dischargedBy(LocalDateTime t) {
    return dischargedAt != null && !dischargedAt.isAfter(t);
  }

  /** The unit the stay was in at {@code t}, or null when it was not in hospital then. */
  String unitAt(LocalDateTime t) {
    for (Span s : spans) {
      if (!s.from().isAfter(t) && (s.to() == null || s.to().isAfter(t))) {
        return s.unit();
      }
    }
    return null;
  }

  /** The same stay without its expected discharge date (what a backtest cannot know at its origin). */
  Episode withoutExpectedDischarge() {
    return new Episode(admittedAt, dischargedAt, planned, null, spans);
  }
}

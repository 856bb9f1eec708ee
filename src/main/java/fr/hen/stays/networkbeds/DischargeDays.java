package fr.hen.stays.networkbeds;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Discharges of one hospital sharing an admission date and a discharge date (a row of the grouped discharge
 * query): how many, and how many left before noon. Length of stay follows PRODUCT.md §4.
 */
record DischargeDays(long organisationId, LocalDate admittedOn, LocalDate dischargedOn, int stays, int beforeNoon) {

  /** LOS = discharge date − admission date, in days. */
  long lengthOfStay() {
    return ChronoUnit.DAYS.between(admittedOn, dischargedOn);
  }

  /** An inpatient stay has at least one night: discharge date after admission date. */
  boolean inpatient() {
    return dischargedOn.isAfter(admittedOn);
  }

  /** Adds these discharges to a tally; only inpatient stays count towards the mean length of stay. */
  Tally addTo(Tally tally) {
    return inpatient() ? tally.withDischarges(stays, beforeNoon, stays, lengthOfStay() * stays)
        : tally.withDischarges(stays, beforeNoon, 0, 0);
  }
}

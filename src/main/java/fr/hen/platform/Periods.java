package fr.hen.platform;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The rule of a period of days asked by a report or an export: both ends given, in order, not too long. */
public final class Periods {

  private Periods() {}

  /** 422 on {@code from} or {@code to} when a date is missing, {@code to} precedes {@code from}, or over maxDays. */
  public static void requireValid(LocalDate from, LocalDate to, int maxDays) {
    if (from == null || to == null) {
      throw new InvalidFieldException(from == null ? "from" : "to", "a date is required");
    }
    if (to.isBefore(from)) {
      throw new InvalidFieldException("to", "the end of the period is before its start");
    }
    if (ChronoUnit.DAYS.between(from, to) >= maxDays) {
      throw new InvalidFieldException("to", "the period covers at most " + maxDays + " days");
    }
  }
}

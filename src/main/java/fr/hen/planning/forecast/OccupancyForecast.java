package fr.hen.planning.forecast;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The 7-day occupancy forecast of a hospital as the API and the page show it: per unit and for the hospital,
 * expected occupied beds at the midnight ending each day with its 10th–90th percentile band, its three parts, and
 * the beds. Counts only: no patient.
 */
public record OccupancyForecast(LocalDateTime computedAt, PlannedSource plannedAdmissions, boolean eddCorrection,
    List<UnitForecast> units, UnitForecast total) {

  /** Where the planned admissions come from: the queue of planned admissions, or the past's weekdays. */
  public enum PlannedSource { QUEUE, HISTORY }

  /** A unit's (or, {@code unitCode} null, the hospital's) 7 days and its beds. */
  public record UnitForecast(String unitCode, String unitName, int beds, int availableBeds, List<DayForecast> days) {}

  /**
   * One day: expected occupied beds at the midnight ending it, the band (10th and 90th percentiles), the parts
   * (patients in hospital now, planned admissions, arrivals to come) and the expected occupancy of the available
   * beds in percent (null without available beds).
   */
  public record DayForecast(LocalDate day, double expected, int low, int high, double fromCurrentPatients,
      double fromPlannedAdmissions, double fromArrivals, Double occupancyPercent) {}
}

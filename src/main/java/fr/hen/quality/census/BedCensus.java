package fr.hen.quality.census;

import fr.hen.platform.Actor;
import fr.hen.platform.Periods;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily census of occupied beds per unit of the actor's hospital: for each day, the patients present at its
 * midnight (PRODUCT.md §4: a bed-day is counted at midnight, so the day of admission counts and the day of
 * discharge does not). Counts only, no patient: for the bed manager and the quality manager.
 */
@Service
public class BedCensus {

  /** The longest period one request covers. */
  static final int MAX_DAYS = 366;

  /** Occupied beds of one unit at the midnight ending one day. */
  public record UnitDay(LocalDate day, String unitCode, int occupiedBeds) {}

  private final CensusStore store;

  BedCensus(CensusStore store) {
    this.store = store;
  }

  @Transactional(readOnly = true)
  @PreAuthorize("hasAnyRole('BED_MANAGER', 'QUALITY_MANAGER')")
  public List<UnitDay> census(Actor actor, LocalDate from, LocalDate to) {
    Periods.requireValid(from, to, MAX_DAYS);
    List<CensusStore.Row> rows = store.overlapping(actor.organisationId(), from.plusDays(1).atStartOfDay(),
        to.plusDays(1).atStartOfDay());
    return count(rows, from, to);
  }


  /**
   * Counts, for each unit and each day from {@code from} to {@code to}, the placements covering the midnight that
   * ends the day ({@code from <= midnight < to}); units and days in order, every day of a unit with a placement
   * in the period present.
   */
  static List<UnitDay> count(List<CensusStore.Row> rows, LocalDate from, LocalDate to) {
    int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
    Map<String, int[]> byUnit = new TreeMap<>();
    for (CensusStore.Row row : rows) {
      int first = dayIndex(firstMidnightAtOrAfter(row.from()), from);
      int last = row.to() == null ? days - 1 : dayIndex(lastMidnightBefore(row.to()), from);
      first = Math.max(first, 0);
      last = Math.min(last, days - 1);
      int[] counts = byUnit.computeIfAbsent(row.unitCode(), k -> new int[days + 1]);
      if (first <= last) {
        counts[first]++;
        counts[last + 1]--;
      }
    }
    List<UnitDay> result = new ArrayList<>();
    byUnit.forEach((unit, deltas) -> {
      int running = 0;
      for (int i = 0; i < days; i++) {
        running += deltas[i];
        result.add(new UnitDay(from.plusDays(i), unit, running));
      }
    });
    return result;
  }

  /** The index of the day a midnight ends (the midnight starting day D+1 ends day D). */
  private static int dayIndex(LocalDateTime midnight, LocalDate from) {
    return (int) ChronoUnit.DAYS.between(from, midnight.toLocalDate().minusDays(1));
  }

  private static LocalDateTime firstMidnightAtOrAfter(LocalDateTime t) {
    LocalDateTime start = t.toLocalDate().atStartOfDay();
    return start.equals(t) ? start : start.plusDays(1);
  }

  private static LocalDateTime lastMidnightBefore(LocalDateTime t) {
    LocalDateTime start = t.toLocalDate().atStartOfDay();
    return start.equals(t) ? start.minusDays(1) : start;
  }
}

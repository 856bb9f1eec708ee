package fr.hen.planning.forecast;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The forecast replayed over the past: for each origin day of the last weeks (at its midnight), the 7 days are
 * forecast from what was known then and compared with the census that followed (patients present at each
 * midnight); beside it the naive forecast, the census of the same weekday one week before. The expected
 * discharge dates as they stood at an origin are not kept (a stay holds its last one only), so the replay forecasts
 * the patients in hospital from the survival of lengths of stay alone, and the planned admissions from the past's
 * weekdays (no queue): it measures the model without its EDD correction and without a queue.
 */
public final class Backtest {

  /** Errors of one horizon day (1 = the origin's own midnight) over every origin, in beds. */
  public record Horizon(int day, double modelMae, double naiveMae, double coverage) {}

  /** The hospital total's errors and the units' (mean absolute error over units and origins). */
  public record Result(LocalDate firstOrigin, LocalDate lastOrigin, int origins, List<Horizon> total,
      List<Horizon> units) {}

  private Backtest() {}

  /**
   * Replays {@code weeks} × 7 origins, the last one so that its 7th day is {@code lastCensusDay} (a census already
   * counted); needs a week of census before the first origin for the naive forecast.
   */
  static Result run(List<Episode> history, List<String> units, LocalDate lastCensusDay, int weeks,
      Training.Settings settings) {
    List<Episode> known = history.stream().map(Episode::withoutExpectedDischarge).toList();
    LocalDate lastOrigin = lastCensusDay.minusDays(OccupancyModel.HORIZON - 1L);
    LocalDate firstOrigin = lastOrigin.minusDays(weeks * 7L - 1);
    Census census = new Census(history, firstOrigin.minusDays(7), lastCensusDay);
    int h = OccupancyModel.HORIZON;
    double[][] total = new double[3][h];
    double[][] perUnit = new double[3][h];
    int origins = 0;
    for (LocalDate origin = firstOrigin; !origin.isAfter(lastOrigin); origin = origin.plusDays(1)) {
      OccupancyModel.Forecast f = OccupancyModel.forecast(known, units, origin.atStartOfDay(), null, settings);
      origins++;
      for (int i = 0; i < h; i++) {
        LocalDate day = origin.plusDays(i);
        add(total, i, f.total().days().get(i), census.total(day), census.total(day.minusDays(7)));
        for (OccupancyModel.Series s : f.units()) {
          add(perUnit, i, s.days().get(i), census.of(s.unit(), day), census.of(s.unit(), day.minusDays(7)));
        }
      }
    }
    return new Result(firstOrigin, lastOrigin, origins, horizons(total, origins),
        horizons(perUnit, origins * Math.max(1, units.size())));
  }

  private static void add(double[][] sums, int i, OccupancyModel.Day forecast, int actual, int naive) {
    sums[0][i] += Math.abs(forecast.expected() - actual);
    sums[1][i] += Math.abs(naive - actual);
    sums[2][i] += actual >= forecast.low() && actual <= forecast.high() ? 1 : 0;
  }

  private static List<Horizon> horizons(double[][] sums, int n) {
    List<Horizon> list = new ArrayList<>();
    for (int i = 0; i < sums[0].length; i++) {
      list.add(new Horizon(i + 1, sums[0][i] / n, sums[1][i] / n, sums[2][i] / n));
    }
    return list;
  }

  /** The census (patients present at the midnight ending each day) per unit, from the stays' spans. */
  static final class Census {
    private final LocalDate from;
    private final Map<String, int[]> byUnit = new HashMap<>();
    private final int[] total;

    Census(List<Episode> history, LocalDate from, LocalDate to) {
      this.from = from;
      int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
      total = new int[days];
      for (Episode e : history) {
        for (Episode.Span span : e.spans()) {
          int[] counts = byUnit.computeIfAbsent(span.unit(), k -> new int[days]);
          for (int i = 0; i < days; i++) {
            LocalDateTime midnight = from.plusDays(i + 1L).atStartOfDay();
            if (!span.from().isAfter(midnight) && (span.to() == null || span.to().isAfter(midnight))) {
              counts[i]++;
              total[i]++;
            }
          }
        }
      }
    }

    int of(String unit, LocalDate day) {
      int[] counts = byUnit.get(unit);
      return counts == null ? 0 : counts[(int) ChronoUnit.DAYS.between(from, day)];
    }

    int total(LocalDate day) {
      return total[(int) ChronoUnit.DAYS.between(from, day)];
    }
  }
}

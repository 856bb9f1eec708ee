package fr.hen.planning.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the forecast learns from the stays admitted in the window before its origin (only what was known at the
 * origin): the length-of-stay survival per unit of admission (Kaplan–Meier, the hospital's when a unit has too few
 * stays), how late discharges come after the expected discharge date, and the arrivals per unit and weekday, planned
 * and not, with the share of a day's arrivals that come after a given time.
 */
final class Training {

  /** Window and thresholds: the days of history used, the fewest stays for a unit of its own, of EDD samples. */
  record Settings(int windowDays, int minUnitStays, int minLatenessSamples) {
    static final Settings DEFAULT = new Settings(84, 30, 30);
  }

  private static final int[] NONE = new int[7];

  private final Map<String, Survival> survivalByUnit = new HashMap<>();
  private final Survival hospitalSurvival;
  private final List<Integer> lateness = new ArrayList<>();
  private final boolean latenessUsable;
  private final Map<String, int[]> unplanned = new HashMap<>();
  private final Map<String, int[]> planned = new HashMap<>();
  private final int[] weekdays = new int[7];
  private final List<LocalTime> arrivalTimes = new ArrayList<>();
  private final List<LocalTime> dischargeTimes = new ArrayList<>();

  Training(List<Episode> history, LocalDateTime origin, Settings settings) {
    LocalDate today = origin.toLocalDate();
    LocalDate earliest = history.stream().map(e -> e.admittedAt().toLocalDate()).min(LocalDate::compareTo)
        .orElse(today);
    LocalDate windowStart = earliest.isAfter(today.minusDays(settings.windowDays()))
        ? earliest : today.minusDays(settings.windowDays());
    for (LocalDate d = windowStart; d.isBefore(today); d = d.plusDays(1)) {
      weekdays[d.getDayOfWeek().getValue() - 1]++;
    }
    int length = settings.windowDays() + 2;
    Map<String, int[][]> byUnit = new HashMap<>();
    int[][] hospital = new int[2][length];
    for (Episode e : history) {
      LocalDate admitted = e.admittedAt().toLocalDate();
      String unit = e.admissionUnit();
      if (unit == null || admitted.isBefore(windowStart) || !admitted.isBefore(today)) {
        continue;
      }
      int[][] counts = byUnit.computeIfAbsent(unit, k -> new int[2][length]);
      boolean discharged = e.dischargedBy(origin) && e.dischargedAt().toLocalDate().isBefore(today);
      int days = (int) ChronoUnit.DAYS.between(admitted, discharged ? e.dischargedAt().toLocalDate() : today);
      int kind = discharged ? 0 : 1;
      counts[kind][Math.min(days, length - 1)]++;
      hospital[kind][Math.min(days, length - 1)]++;
      if (discharged) {
        dischargeTimes.add(e.dischargedAt().toLocalTime());
      }
      if (discharged && e.expectedDischarge() != null) {
        lateness.add((int) ChronoUnit.DAYS.between(e.expectedDischarge(), e.dischargedAt().toLocalDate()));
      }
      int weekday = admitted.getDayOfWeek().getValue() - 1;
      (e.planned() ? planned : unplanned).computeIfAbsent(unit, k -> new int[7])[weekday]++;
      arrivalTimes.add(e.admittedAt().toLocalTime());
    }
    hospitalSurvival = Survival.kaplanMeier(hospital[0], hospital[1]);
    byUnit.forEach((unit, counts) -> {
      int stays = java.util.Arrays.stream(counts[0]).sum() + java.util.Arrays.stream(counts[1]).sum();
      if (stays >= settings.minUnitStays()) {
        survivalByUnit.put(unit, Survival.kaplanMeier(counts[0], counts[1]));
      }
    });
    Collections.sort(lateness);
    latenessUsable = lateness.size() >= settings.minLatenessSamples();
  }

  /** The survival of the stays admitted to this unit (the hospital's when the unit has too few). */
  Survival survival(String unit) {
    return unit == null ? hospitalSurvival : survivalByUnit.getOrDefault(unit, hospitalSurvival);
  }

  boolean latenessUsable() {
    return latenessUsable;
  }

  /** {@code P(L > x)}, L = discharge date − last expected discharge date over the window's discharges. */
  double latenessAbove(long x) {
    if (lateness.isEmpty()) {
      return 0;
    }
    int low = 0;
    int high = lateness.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (lateness.get(mid) <= x) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return (double) (lateness.size() - low) / lateness.size();
  }

  /** Mean arrivals per day into this unit on this weekday, the planned ones included or not. */
  double arrivals(String unit, DayOfWeek weekday, boolean withPlanned) {
    int i = weekday.getValue() - 1;
    if (weekdays[i] == 0) {
      return 0;
    }
    int count = unplanned.getOrDefault(unit, NONE)[i] + (withPlanned ? planned.getOrDefault(unit, NONE)[i] : 0);
    return (double) count / weekdays[i];
  }

  /** The share of arrivals that come at or after this time of day (1 at midnight). */
  double shareAfter(LocalTime time) {
    return shareAfter(arrivalTimes, time);
  }

  /** The share of discharges that come at or after this time of day (1 at midnight). */
  double dischargeShareAfter(LocalTime time) {
    return shareAfter(dischargeTimes, time);
  }

  private static double shareAfter(List<LocalTime> times, LocalTime time) {
    if (times.isEmpty() || time.equals(LocalTime.MIDNIGHT)) {
      return 1;
    }
    return (double) times.stream().filter(t -> !t.isBefore(time)).count() / times.size();
  }

  /** The units with arrivals in the window. */
  java.util.Set<String> arrivalUnits() {
    java.util.Set<String> units = new java.util.TreeSet<>(unplanned.keySet());
    units.addAll(planned.keySet());
    return units;
  }
}

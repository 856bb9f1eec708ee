package fr.hen.planning.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.hen.planning.forecast.Episode.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The forecast's arithmetic on a hand-made history of unit A: a window of 14 days before Monday 16 March 2026
 * (two of each weekday), four stays admitted on Mondays (lengths of stay 1, 2, 1, 3) and one patient admitted on
 * Sunday 15 still in hospital. Kaplan–Meier: S(0) = 1, S(1) = 2/4, S(2) = 1/2 × 1/2, S(3) = 0.
 */
class OccupancyModelTest {

  static final LocalDateTime ORIGIN = LocalDateTime.of(2026, 3, 16, 0, 0); // a Monday
  static final Training.Settings SETTINGS = new Training.Settings(14, 1, 2);

  static Episode stay(String admitted, String discharged, boolean planned, String edd) {
    LocalDateTime in = LocalDateTime.parse(admitted);
    LocalDateTime out = discharged == null ? null : LocalDateTime.parse(discharged);
    return new Episode(in, out, planned, edd == null ? null : LocalDate.parse(edd), List.of(new Span("A", in, out)));
  }

  static List<Episode> history(boolean withEdds) {
    List<Episode> h = new ArrayList<>();
    h.add(stay("2026-03-02T10:00", "2026-03-03T10:00", false, withEdds ? "2026-03-03" : null)); // late 0
    h.add(stay("2026-03-02T11:00", "2026-03-04T10:00", false, withEdds ? "2026-03-03" : null)); // late 1
    h.add(stay("2026-03-09T10:00", "2026-03-10T10:00", false, withEdds ? "2026-03-09" : null)); // late 1
    h.add(stay("2026-03-09T12:00", "2026-03-12T10:00", false, withEdds ? "2026-03-10" : null)); // late 2
    h.add(stay("2026-03-15T10:00", null, false, withEdds ? "2026-03-16" : null));
    // a discharge after the origin is not known at the origin: the patient is in hospital then
    return h;
  }

  @Test
  void forecast_sumsCurrentPatientsSurvivalAndArrivalsByWeekday() {
    OccupancyModel.Forecast f = OccupancyModel.forecast(history(false), List.of("A"), ORIGIN, null, SETTINGS);
    List<OccupancyModel.Day> days = f.units().getFirst().days();
    // current patient, 1 day spent: S(1 + i) / S(0)
    assertThat(days).extracting(OccupancyModel.Day::fromCurrent).containsExactly(0.5, 0.25, 0.0, 0.0, 0.0, 0.0, 0.0);
    // arrivals: 2 per Monday (4 over 2 Mondays), 0.5 per Sunday; Monday's still there i days later with S(i)
    assertThat(days).extracting(OccupancyModel.Day::fromArrivals).containsExactly(2.0, 1.0, 0.5, 0.0, 0.0, 0.0, 0.5);
    assertThat(days).extracting(OccupancyModel.Day::expected).containsExactly(2.5, 1.25, 0.5, 0.0, 0.0, 0.0, 0.5);
    assertThat(days.getFirst().day()).isEqualTo(LocalDate.of(2026, 3, 16));
    // Bernoulli(0.5) + Poisson(2): P(X <= 0) = 0.068, P(X <= 1) = 0.271; P(X <= 3) = 0.767, P(X <= 4) = 0.902
    assertThat(days.getFirst().low()).isEqualTo(1);
    assertThat(days.getFirst().high()).isEqualTo(4);
    assertThat(f.total().days()).isEqualTo(days);
    assertThat(f.queueUsed()).isFalse();
    assertThat(f.eddUsed()).isFalse();
  }

  @Test
  void forecast_laterFactsAreIgnored() {
    List<Episode> h = history(false);
    h.set(4, stay("2026-03-15T10:00", "2026-03-17T09:00", false, null));
    h.add(stay("2026-03-16T08:00", "2026-03-18T09:00", false, null));
    OccupancyModel.Forecast f = OccupancyModel.forecast(h, List.of("A"), ORIGIN, null, SETTINGS);
    assertThat(f.units().getFirst().days()).extracting(OccupancyModel.Day::expected)
        .containsExactly(2.5, 1.25, 0.5, 0.0, 0.0, 0.0, 0.5);
  }

  @Test
  void forecast_expectedDischargeDates_correctedByHowLateDischargesCame() {
    // lateness of the four discharges: 0, 1, 1, 2 days; the patient's EDD is today
    OccupancyModel.Forecast f = OccupancyModel.forecast(history(true), List.of("A"), ORIGIN, null, SETTINGS);
    assertThat(f.eddUsed()).isTrue();
    assertThat(f.units().getFirst().days()).extracting(OccupancyModel.Day::fromCurrent)
        .containsExactly(0.75, 0.25, 0.0, 0.0, 0.0, 0.0, 0.0);
  }

  @Test
  void forecast_tooFewDischargesWithAnEdd_fallsBackOnSurvival() {
    Training.Settings strict = new Training.Settings(14, 1, 5);
    OccupancyModel.Forecast f = OccupancyModel.forecast(history(true), List.of("A"), ORIGIN, null, strict);
    assertThat(f.eddUsed()).isFalse();
    assertThat(f.units().getFirst().days().getFirst().fromCurrent()).isEqualTo(0.5);
  }

  @Test
  void forecast_queue_replacesPlannedArrivalsOfThePast() {
    List<Episode> h = history(false);
    h.add(stay("2026-03-04T10:00", "2026-03-05T10:00", true, null)); // a planned Wednesday arrival, LOS 1
    Training training = new Training(h, ORIGIN, SETTINGS);
    assertThat(training.arrivals("A", DayOfWeek.WEDNESDAY, true)).isEqualTo(0.5);
    assertThat(training.arrivals("A", DayOfWeek.WEDNESDAY, false)).isEqualTo(0.0);
    assertThat(training.arrivals("A", DayOfWeek.MONDAY, false)).isEqualTo(2.0);

    List<OccupancyModel.Planned> queue = List.of(new OccupancyModel.Planned("A", LocalDate.of(2026, 3, 17), 2),
        new OccupancyModel.Planned(null, LocalDate.of(2026, 3, 16), 1));
    OccupancyModel.Forecast f = OccupancyModel.forecast(h, List.of("A"), ORIGIN, queue, SETTINGS);
    assertThat(f.queueUsed()).isTrue();
    assertThat(f.units().getFirst().days()).extracting(OccupancyModel.Day::fromPlanned)
        .containsExactly(0.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0);
    // the admission without a unit counts in the hospital's total only
    assertThat(f.total().days()).extracting(OccupancyModel.Day::fromPlanned)
        .containsExactly(1.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0);
    // no planned arrival of the past on Wednesday 18 (i = 2) on top of the queue
    OccupancyModel.Forecast withoutQueue = OccupancyModel.forecast(h, List.of("A"), ORIGIN, null, SETTINGS);
    assertThat(withoutQueue.units().getFirst().days().get(2).fromArrivals())
        .isGreaterThan(f.units().getFirst().days().get(2).fromArrivals());
  }

  @Test
  void forecast_originDuringTheDay_countsOnlyTheRestOfTodaysArrivals() {
    // the five arrivals came at 10:00, 11:00, 10:00, 12:00, 10:00: two fifths at or after 11:00
    OccupancyModel.Forecast f = OccupancyModel.forecast(history(false), List.of("A"), ORIGIN.withHour(11), null,
        SETTINGS);
    assertThat(f.units().getFirst().days().getFirst().fromArrivals()).isCloseTo(2.0 * 2 / 5, within(1e-12));
  }

  @Test
  void forecast_originDuringTheDay_patientStillHere_leavesTodayOnlyWithTheLaterDischarges() {
    // every discharge of the history came at 10:00: at 11:00, a patient still here stays tonight;
    // P(leaving today) h = 1 - S(1) / S(0) = 0.5 is gone, so later days are S(1 + i) / S(0) / (1 - h)
    OccupancyModel.Forecast f = OccupancyModel.forecast(history(false), List.of("A"), ORIGIN.withHour(11), null,
        SETTINGS);
    assertThat(f.units().getFirst().days()).extracting(OccupancyModel.Day::fromCurrent)
        .containsExactly(1.0, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0);
    // at 09:00 every discharge of the day is still to come: as at midnight
    OccupancyModel.Forecast early = OccupancyModel.forecast(history(false), List.of("A"), ORIGIN.withHour(9), null,
        SETTINGS);
    assertThat(early.units().getFirst().days()).extracting(OccupancyModel.Day::fromCurrent)
        .containsExactly(0.5, 0.25, 0.0, 0.0, 0.0, 0.0, 0.0);
  }

  @Test
  void forecast_emptyHospital_isZeroEverywhere() {
    OccupancyModel.Forecast f = OccupancyModel.forecast(List.of(), List.of("A"), ORIGIN, null, SETTINGS);
    assertThat(f.units().getFirst().days()).allSatisfy(d -> {
      assertThat(d.expected()).isZero();
      assertThat(d.low()).isZero();
      assertThat(d.high()).isZero();
    });
  }
}

package fr.hen.planning.forecast;

import fr.hen.platform.Actor;
import fr.hen.platform.NotFoundException;
import fr.hen.platform.SystemActor;
import fr.hen.platform.SystemActors;
import fr.hen.stays.PlannedAdmissions;
import fr.hen.stays.StayFacts;
import fr.hen.stays.StayFacts.StayFact;
import fr.hen.stays.UnitBeds;
import fr.hen.stays.UnitBeds.UnitCapacity;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The occupancy forecast and its backtest for the actor's hospital. Reads the stays module's published APIs
 * ({@link StayFacts}, {@link UnitBeds}, the queue of {@link PlannedAdmissions}) as the system actor
 * {@code system:forecast} (right {@code stays:read-facts} for the actor's hospital only); shows counts, no patient,
 * so nothing is audited. For {@code BED_MANAGER}, {@code DISCHARGE_COORDINATOR}, {@code QUALITY_MANAGER}.
 */
@Service
public class ForecastService {

  static final String READERS = "hasAnyRole('BED_MANAGER', 'DISCHARGE_COORDINATOR', 'QUALITY_MANAGER')";
  /** Origins of the backtest shown on the page: the last 8 weeks. */
  static final int BACKTEST_WEEKS = 8;

  private record Accuracy(LocalDate day, Backtest.Result result) {}

  private final StayFacts stays;
  private final UnitBeds beds;
  private final PlannedAdmissions planned;
  private final Clock clock;
  private final Map<Long, Accuracy> accuracy = new ConcurrentHashMap<>();

  ForecastService(StayFacts stays, UnitBeds beds, PlannedAdmissions planned, Clock clock) {
    this.stays = stays;
    this.beds = beds;
    this.planned = planned;
    this.clock = clock;
  }

  /** The hospital's units with their beds, by code. */
  @PreAuthorize(READERS)
  public List<UnitCapacity> units(Actor actor) {
    return SystemActors.run(actor(actor.organisation()), () -> beds.ofOrganisation(actor.organisation()));
  }

  /**
   * The forecast from now, for every unit or for one ({@code unitCode}; another hospital's or an unknown unit is not
   * found); the hospital's total always.
   */
  @PreAuthorize(READERS)
  public OccupancyForecast forecast(Actor actor, String unitCode) {
    long organisation = actor.organisation();
    SystemActor system = actor(organisation);
    List<UnitCapacity> units = SystemActors.run(system, () -> beds.ofOrganisation(organisation));
    List<UnitCapacity> shown = unitCode == null ? units
        : units.stream().filter(u -> u.unitCode().equals(unitCode)).toList();
    if (shown.isEmpty() && unitCode != null) {
      throw new NotFoundException("unit", unitCode);
    }
    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
    List<Episode> history = SystemActors.run(system, () -> episodes(stays.ofOrganisation(organisation)));
    LocalDate today = now.toLocalDate();
    List<OccupancyModel.Planned> queue = SystemActors.run(system, () -> planned.queue(system, today,
        today.plusDays(OccupancyModel.HORIZON - 1L))).stream()
        .map(p -> new OccupancyModel.Planned(p.unitCode(), p.plannedDate(), p.nights())).toList();
    OccupancyModel.Forecast f = OccupancyModel.forecast(history, units.stream().map(UnitCapacity::unitCode).toList(),
        now, queue, Training.Settings.DEFAULT);
    List<OccupancyForecast.UnitForecast> series = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      UnitCapacity u = units.get(i);
      if (shown.contains(u)) {
        series.add(view(u.unitCode(), u.unitName(), u.beds(), u.availableBeds(), f.units().get(i)));
      }
    }
    OccupancyForecast.UnitForecast total = view(null, null, units.stream().mapToInt(UnitCapacity::beds).sum(),
        units.stream().mapToInt(UnitCapacity::availableBeds).sum(), f.total());
    return new OccupancyForecast(now, f.queueUsed() ? OccupancyForecast.PlannedSource.QUEUE
        : OccupancyForecast.PlannedSource.HISTORY, f.eddUsed(), series, total);
  }

  /** The backtest of the last 8 weeks for the hospital, computed once a day. */
  @PreAuthorize(READERS)
  public Backtest.Result accuracy(Actor actor) {
    long organisation = actor.organisation();
    LocalDate today = LocalDate.now(clock);
    Accuracy cached = accuracy.get(organisation);
    if (cached != null && cached.day().equals(today)) {
      return cached.result();
    }
    SystemActor system = actor(organisation);
    List<String> units = SystemActors.run(system, () -> beds.ofOrganisation(organisation)).stream()
        .map(UnitCapacity::unitCode).toList();
    List<Episode> history = SystemActors.run(system, () -> episodes(stays.ofOrganisation(organisation)));
    Backtest.Result result = Backtest.run(history, units, today.minusDays(1), BACKTEST_WEEKS,
        Training.Settings.DEFAULT);
    accuracy.put(organisation, new Accuracy(today, result));
    return result;
  }

  /**
   * The backtest of an organisation over {@code weeks} weeks of origins ending {@code lastCensusDay} (the benchmark's
   * entry, BENCHMARKS.md): for an actor holding the stays read right, such as a system actor.
   */
  @PreAuthorize("hasAuthority('" + StayFacts.READ_RIGHT + "')")
  public Backtest.Result backtest(long organisation, LocalDate lastCensusDay, int weeks) {
    List<String> units = beds.ofOrganisation(organisation).stream().map(UnitCapacity::unitCode).toList();
    return Backtest.run(episodes(stays.ofOrganisation(organisation)), units, lastCensusDay, weeks,
        Training.Settings.DEFAULT);
  }

  /** The forecast's system actor for one hospital: the stays read right only (facts, beds, the planned queue). */
  static SystemActor actor(long organisation) {
    return SystemActor.forOrganisation("forecast", organisation, Set.of(), StayFacts.READ_RIGHT);
  }

  /** The stays as the forecast sees them: dates and units only. */
  static List<Episode> episodes(List<StayFact> facts) {
    List<Episode> episodes = new ArrayList<>(facts.size());
    for (StayFact f : facts) {
      episodes.add(new Episode(f.admittedAt(), f.dischargedAt(), f.planned(), f.expectedDischargeDate(),
          f.placements().stream().map(p -> new Episode.Span(p.unitCode(), p.from(), p.to())).toList()));
    }
    return episodes;
  }

  private static OccupancyForecast.UnitForecast view(String code, String name, int beds, int available,
      OccupancyModel.Series series) {
    return new OccupancyForecast.UnitForecast(code, name, beds, available, series.days().stream()
        .map(d -> new OccupancyForecast.DayForecast(d.day(), round(d.expected()), d.low(), d.high(),
            round(d.fromCurrent()), round(d.fromPlanned()), round(d.fromArrivals()),
            available == 0 ? null : round(100 * d.expected() / available)))
        .toList());
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}

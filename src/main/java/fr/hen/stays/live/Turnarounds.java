package fr.hen.stays.live;

import fr.hen.platform.Actor;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bed turnaround from the bed status history, in three steps: the patient leaves (the bed goes to {@code CLEANING}),
 * cleaning is done ({@code → CLEANED}), the bed is made up and checked, ready for the next patient ({@code → FREE}),
 * then the next patient takes it ({@code → OCCUPIED}). A bed set free straight from cleaning (an HL7 A20 "unoccupied",
 * or history written before the CLEANED step existed) has its cleaning done when it is ready. Medians per unit over a
 * period; a turnaround still in progress has no end yet.
 */
@Component
public class Turnarounds {

  /**
   * One turnaround of a bed: left (to cleaning), cleaned (cleaning done), ready (free) and reoccupied; each later step
   * is null while not reached.
   */
  public record Turnaround(long bedId, String bedLabel, String unitCode, LocalDateTime left, LocalDateTime cleaned,
      LocalDateTime ready, LocalDateTime reoccupied) {

    public Duration toCleaned() {
      return cleaned == null ? null : Duration.between(left, cleaned);
    }

    /** From cleaning done to bed ready (making up, checks). */
    public Duration cleanedToReady() {
      return cleaned == null || ready == null ? null : Duration.between(cleaned, ready);
    }

    public Duration toReady() {
      return ready == null ? null : Duration.between(left, ready);
    }

    public Duration toReoccupied() {
      return reoccupied == null ? null : Duration.between(left, reoccupied);
    }

    Turnaround cleanedAt(LocalDateTime at) {
      return new Turnaround(bedId, bedLabel, unitCode, left, at, null, null);
    }

    Turnaround readyAt(LocalDateTime at) {
      return new Turnaround(bedId, bedLabel, unitCode, left, cleaned == null ? at : cleaned, at, null);
    }

    Turnaround reoccupiedAt(LocalDateTime at) {
      return new Turnaround(bedId, bedLabel, unitCode, left, cleaned, ready, at);
    }
  }

  /**
   * A unit's turnarounds: how many, the medians in minutes from the patient leaving to cleaning done, from cleaning
   * done to bed ready, from leaving to bed ready and from leaving to the next patient, and the latest turnarounds.
   */
  public record UnitTurnaround(String unitCode, int count, Long medianToCleanedMinutes, Long medianCleanedToReadyMinutes,
      Long medianToReadyMinutes, Long medianToReoccupiedMinutes, List<Turnaround> recent) {}

  private record Change(long bedId, String label, String unitCode, String to, LocalDateTime at) {}

  /** How long the board reuses a hospital's medians: a median over 30 days does not move by the second. */
  static final Duration BOARD_CACHE = Duration.ofMinutes(1);

  private record Cached(LocalDateTime at, Map<String, UnitTurnaround> medians) {}

  private final JdbcClient jdbc;
  private final java.time.Clock clock;
  private final Map<Long, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

  Turnarounds(JdbcClient jdbc, java.time.Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * The medians of the last 30 days for the board and the wall, computed at most once a minute per hospital (the
   * board is fetched again at every change); the turnaround page reads {@link #since} itself.
   */
  public Map<String, UnitTurnaround> lastThirtyDays(Actor actor) {
    LocalDateTime now = LocalDateTime.now(clock);
    Cached cached = cache.get(actor.organisationId());
    if (cached == null || cached.at().plus(BOARD_CACHE).isBefore(now)) {
      cached = new Cached(now, since(actor, now.toLocalDate().minusDays(30).atStartOfDay()));
      cache.put(actor.organisationId(), cached);
    }
    return cached.medians();
  }

  /** The turnarounds of the actor's hospital that began since {@code since}, by unit code. */
  public Map<String, UnitTurnaround> since(Actor actor, LocalDateTime since) {
    List<Change> changes = jdbc.sql("""
            SELECT h.bed_id, r.code AS room_code, b.code AS bed_code, u.code AS unit_code, h.to_status, h.changed_at
            FROM bed_status_history h JOIN bed b ON b.id = h.bed_id JOIN room r ON r.id = b.room_id
                 JOIN unit u ON u.id = r.unit_id
            WHERE h.organisation_id = :org AND u.organisation_id = :org AND h.changed_at >= :since
            ORDER BY h.bed_id, h.changed_at, h.id""")
        .param("org", actor.organisationId()).param("since", since)
        .query((rs, n) -> new Change(rs.getLong("bed_id"), rs.getString("room_code") + "-" + rs.getString("bed_code"),
            rs.getString("unit_code"), rs.getString("to_status"),
            rs.getObject("changed_at", LocalDateTime.class)))
        .list();
    Map<String, List<Turnaround>> byUnit = new LinkedHashMap<>();
    Map<Long, Turnaround> open = new HashMap<>();
    for (Change c : changes) {
      Turnaround current = open.get(c.bedId());
      switch (c.to()) {
        case "CLEANING" -> {
          if (current != null && current.ready() == null) {
            open.put(c.bedId(), current.cleanedAt(null)); // cleaned again: the same turnaround goes on
          } else {
            open.put(c.bedId(), new Turnaround(c.bedId(), c.label(), c.unitCode(), c.at(), null, null, null));
          }
        }
        case "CLEANED" -> {
          if (current != null && current.ready() == null) {
            open.put(c.bedId(), current.cleanedAt(c.at()));
          }
        }
        case "FREE" -> {
          if (current != null && current.ready() == null) {
            open.put(c.bedId(), current.readyAt(c.at()));
          }
        }
        case "OCCUPIED" -> {
          open.remove(c.bedId()); // not ready yet: a cancelled discharge took the bed back, no turnaround
          if (current != null && current.ready() != null) {
            byUnit.computeIfAbsent(c.unitCode(), k -> new ArrayList<>()).add(current.reoccupiedAt(c.at()));
          }
        }
        default -> { }
      }
    }
    open.values().forEach(t -> byUnit.computeIfAbsent(t.unitCode(), k -> new ArrayList<>()).add(t));
    Map<String, UnitTurnaround> result = new LinkedHashMap<>();
    byUnit.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      List<Turnaround> list = new ArrayList<>(e.getValue());
      list.sort((a, b) -> b.left().compareTo(a.left()));
      result.put(e.getKey(), new UnitTurnaround(e.getKey(), list.size(), median(list, Turnaround::toCleaned),
          median(list, Turnaround::cleanedToReady), median(list, Turnaround::toReady),
          median(list, Turnaround::toReoccupied), list.subList(0, Math.min(20, list.size()))));
    });
    return result;
  }

  private static Long median(List<Turnaround> turnarounds, Function<Turnaround, Duration> step) {
    return median(turnarounds.stream().map(step).filter(Objects::nonNull).toList());
  }

  /** The median of durations in minutes (the mean of the two middle ones for an even count), null for none. */
  static Long median(List<Duration> durations) {
    if (durations.isEmpty()) {
      return null;
    }
    List<Long> minutes = durations.stream().map(Duration::toMinutes).sorted().toList();
    int n = minutes.size();
    return n % 2 == 1 ? minutes.get(n / 2) : (minutes.get(n / 2 - 1) + minutes.get(n / 2)) / 2;
  }
}

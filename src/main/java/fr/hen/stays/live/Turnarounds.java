package fr.hen.stays.live;

import fr.hen.platform.Actor;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bed turnaround from the bed status history: the patient leaves (the bed goes to {@code CLEANING}), cleaning is
 * done and the bed is ready ({@code CLEANING → FREE}), then the next patient takes it ({@code → OCCUPIED}). Medians
 * per unit over a period; a turnaround still in progress has no end yet.
 */
@Component
public class Turnarounds {

  /** One turnaround of a bed: left (to cleaning), ready (cleaned, free), and reoccupied (null while not yet). */
  public record Turnaround(long bedId, String bedLabel, String unitCode, LocalDateTime left, LocalDateTime ready,
      LocalDateTime reoccupied) {

    public Duration toReady() {
      return ready == null ? null : Duration.between(left, ready);
    }

    public Duration toReoccupied() {
      return reoccupied == null ? null : Duration.between(left, reoccupied);
    }
  }

  /** A unit's turnarounds: how many, the median time to a ready bed and to the next patient, in minutes. */
  public record UnitTurnaround(String unitCode, int count, Long medianToReadyMinutes, Long medianToReoccupiedMinutes,
      List<Turnaround> recent) {}

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
        case "CLEANING" -> open.put(c.bedId(), new Turnaround(c.bedId(), c.label(), c.unitCode(), c.at(), null, null));
        case "FREE" -> {
          if (current != null && current.ready() == null) {
            open.put(c.bedId(), new Turnaround(c.bedId(), c.label(), c.unitCode(), current.left(), c.at(), null));
          }
        }
        case "OCCUPIED" -> {
          if (current != null && current.ready() != null) {
            open.remove(c.bedId());
            byUnit.computeIfAbsent(c.unitCode(), k -> new ArrayList<>()).add(new Turnaround(c.bedId(), c.label(),
                c.unitCode(), current.left(), current.ready(), c.at()));
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
      result.put(e.getKey(), new UnitTurnaround(e.getKey(), list.size(),
          median(list.stream().map(Turnaround::toReady).filter(java.util.Objects::nonNull).toList()),
          median(list.stream().map(Turnaround::toReoccupied).filter(java.util.Objects::nonNull).toList()),
          list.subList(0, Math.min(20, list.size()))));
    });
    return result;
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

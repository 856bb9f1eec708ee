package fr.hen.stays.networkbeds;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The two aggregate queries of the network view, grouped by organisation (never one per hospital); both run on
 * PostgreSQL and H2. Length of stay is worked out in Java from discharges grouped by admission and discharge date,
 * which keeps the SQL free of engine-specific date arithmetic.
 */
@Repository
class NetworkBedsQueries {

  private static final String BEDS = """
      SELECT bc.org, bc.beds, bc.blocked, bc.occupied, bc.free, COALESCE(mr.ready, 0) AS ready
      FROM (SELECT u.organisation_id AS org, COUNT(*) AS beds,
                   SUM(CASE WHEN b.status = 'BLOCKED' THEN 1 ELSE 0 END) AS blocked,
                   SUM(CASE WHEN b.status = 'OCCUPIED' THEN 1 ELSE 0 END) AS occupied,
                   SUM(CASE WHEN b.status = 'FREE' THEN 1 ELSE 0 END) AS free
            FROM unit u JOIN room r ON r.unit_id = u.id JOIN bed b ON b.room_id = r.id
            WHERE u.organisation_id IN (:orgs)
            GROUP BY u.organisation_id) bc
      LEFT JOIN (SELECT s.organisation_id AS org, COUNT(*) AS ready
                 FROM stay s
                 WHERE s.organisation_id IN (:orgs) AND s.status = 'IN_HOSPITAL' AND s.voided = FALSE
                   AND s.medically_ready_at IS NOT NULL
                 GROUP BY s.organisation_id) mr ON mr.org = bc.org""";

  private static final String DISCHARGES = """
      SELECT s.organisation_id AS org, CAST(s.admitted_at AS DATE) AS admitted_on,
             CAST(s.discharged_at AS DATE) AS discharged_on, COUNT(*) AS stays,
             SUM(CASE WHEN EXTRACT(HOUR FROM s.discharged_at) < 12 THEN 1 ELSE 0 END) AS before_noon
      FROM stay s
      WHERE s.organisation_id IN (:orgs) AND s.status = 'DISCHARGED' AND s.voided = FALSE
        AND s.discharged_at >= :from AND s.discharged_at < :until
      GROUP BY s.organisation_id, CAST(s.admitted_at AS DATE), CAST(s.discharged_at AS DATE)""";

  private final JdbcClient jdbc;

  NetworkBedsQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Tallies by organisation id for these hospitals; discharge dates from {@code from} to {@code to} included. */
  Map<Long, Tally> tallies(Collection<Long> hospitals, LocalDate from, LocalDate to) {
    Map<Long, Tally> tallies = new HashMap<>();
    if (hospitals.isEmpty()) {
      return tallies;
    }
    jdbc.sql(BEDS).param("orgs", hospitals).query((ResultSet rs) -> {
      tallies.put(rs.getLong("org"), Tally.ZERO.withBeds(rs.getInt("beds"), rs.getInt("blocked"),
          rs.getInt("occupied"), rs.getInt("free"), rs.getInt("ready")));
    });
    discharges(hospitals, from, to).forEach(d -> tallies.merge(d.organisationId(), d.addTo(Tally.ZERO), Tally::plus));
    return tallies;
  }

  List<DischargeDays> discharges(Collection<Long> hospitals, LocalDate from, LocalDate to) {
    return jdbc.sql(DISCHARGES).param("orgs", hospitals).param("from", from.atStartOfDay())
        .param("until", to.plusDays(1).atStartOfDay())
        .query((rs, n) -> new DischargeDays(rs.getLong("org"), rs.getObject("admitted_on", LocalDate.class),
            rs.getObject("discharged_on", LocalDate.class), rs.getInt("stays"), rs.getInt("before_noon")))
        .list();
  }
}

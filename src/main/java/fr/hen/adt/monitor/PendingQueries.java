package fr.hen.adt.monitor;

import fr.hen.platform.PageSlice;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of the feed's open announced movements ({@code adt_pending}, written by {@code feed.PendingMovements}) for the
 * monitor, always scoped to the organisation in SQL; sorted by expected time (none last), then as they came.
 */
@Repository
class PendingQueries {

  private static final RowMapper<PendingMovementView> ROW = (rs, n) -> new PendingMovementView(rs.getLong("id"),
      rs.getString("kind"), rs.getString("visit_number"), rs.getObject("expected_at", LocalDateTime.class),
      rs.getString("unit_code"), rs.getString("room_code"), rs.getString("bed_code"),
      rs.getObject("created_at", LocalDateTime.class));

  private static final String SELECT = """
      SELECT id, kind, visit_number, expected_at, unit_code, room_code, bed_code, created_at
      FROM adt_pending
      """;

  private static final String FILTER = """
       WHERE organisation_id = :org AND status = 'OPEN'
         AND (CAST(:kind AS VARCHAR(12)) IS NULL OR kind = :kind)""";

  private final JdbcClient jdbc;

  PendingQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  PageSlice<PendingMovementView> open(long org, String kind, int page, int size) {
    long total = jdbc.sql("SELECT COUNT(*) FROM adt_pending " + FILTER).param("org", org).param("kind", kind)
        .query(Long.class).single();
    List<PendingMovementView> items = total <= (long) page * size ? List.of() : jdbc.sql(SELECT + FILTER
            + " ORDER BY expected_at NULLS LAST, id LIMIT :limit OFFSET :offset")
        .param("org", org).param("kind", kind).param("limit", size).param("offset", (long) page * size)
        .query(ROW).list();
    return new PageSlice<>(items, page, size, total);
  }
}

package fr.hen.adt.monitor;

import fr.hen.platform.PageSlice;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of {@code adt_message} for the monitor, always scoped to the organisation in SQL. */
@Repository
class MonitorQueries {

  private static final String COLUMNS = """
      id, sending_facility, control_id, message_type, event_type, visit_number, status, ack_code, error_code,
      error_text, raw_bytes, received_at, processed_at, attempts, replayed_by, replayed_at""";

  private static final RowMapper<AdtMessageView> ROW = (rs, n) -> new AdtMessageView(rs.getLong("id"),
      rs.getString("sending_facility"), rs.getString("control_id"), rs.getString("message_type"),
      rs.getString("event_type"), rs.getString("visit_number"), rs.getString("status"), rs.getString("ack_code"),
      rs.getString("error_code"), rs.getString("error_text"), rs.getLong("raw_bytes"),
      rs.getObject("received_at", LocalDateTime.class), rs.getObject("processed_at", LocalDateTime.class),
      rs.getInt("attempts"), rs.getString("replayed_by"), rs.getObject("replayed_at", LocalDateTime.class),
      hasColumn(rs, "raw") ? rs.getString("raw") : null, hasColumn(rs, "ack") ? rs.getString("ack") : null);

  private static final String FILTER = """
       WHERE organisation_id = :org
         AND (CAST(:status AS VARCHAR(12)) IS NULL OR status = :status)
         AND (CAST(:event AS VARCHAR(3)) IS NULL OR event_type = :event)
         AND (CAST(:visit AS VARCHAR(64)) IS NULL OR visit_number = :visit)""";

  private final JdbcClient jdbc;

  MonitorQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  PageSlice<AdtMessageView> page(long org, String status, String event, String visit, boolean oldestFirst, int page,
      int size) {
    long total = jdbc.sql("SELECT COUNT(*) FROM adt_message " + FILTER).param("org", org).param("status", status)
        .param("event", event).param("visit", visit).query(Long.class).single();
    List<AdtMessageView> items = total <= (long) page * size ? List.of() : jdbc.sql("SELECT " + COLUMNS
            + " FROM adt_message " + FILTER + " ORDER BY id " + (oldestFirst ? "ASC" : "DESC")
            + " LIMIT :limit OFFSET :offset")
        .param("org", org).param("status", status).param("event", event).param("visit", visit)
        .param("limit", size).param("offset", (long) page * size).query(ROW).list();
    return new PageSlice<>(items, page, size, total);
  }

  /** Messages of the organisation by status (every status named, zero included). */
  Map<String, Long> counts(long org) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String s : List.of("PROCESSED", "WAITING", "ERROR", "REJECTED")) {
      counts.put(s, 0L);
    }
    jdbc.sql("SELECT status, COUNT(*) AS n FROM adt_message WHERE organisation_id = :org GROUP BY status")
        .param("org", org).query((rs, n) -> counts.put(rs.getString("status"), rs.getLong("n"))).list();
    return counts;
  }

  Optional<AdtMessageView> find(long org, long id) {
    return jdbc.sql("SELECT " + COLUMNS + ", raw, ack FROM adt_message WHERE id = :id AND organisation_id = :org")
        .param("id", id).param("org", org).query(ROW).optional();
  }

  // aliases

  record Alias(String alias, LocalDateTime createdAt, String createdBy) {}

  List<Alias> aliases(long org) {
    return jdbc.sql("""
            SELECT alias, created_at, created_by FROM adt_facility_alias WHERE organisation_id = :org ORDER BY alias""")
        .param("org", org).query((rs, n) -> new Alias(rs.getString(1), rs.getObject(2, LocalDateTime.class),
            rs.getString(3))).list();
  }

  Optional<Long> aliasOwner(String alias) {
    return jdbc.sql("SELECT organisation_id FROM adt_facility_alias WHERE alias = :a").param("a", alias)
        .query(Long.class).optional();
  }

  void addAlias(long org, String alias, String by, LocalDateTime now) {
    jdbc.sql("""
            INSERT INTO adt_facility_alias (alias, organisation_id, created_at, created_by)
            VALUES (:a, :org, :now, :by)""")
        .param("a", alias).param("org", org).param("now", now).param("by", by).update();
  }

  /** Messages of no hospital sent under this name (rejected: unknown MSH-4) now belong to the alias's hospital. */
  int attribute(long org, String alias) {
    return jdbc.sql("""
            UPDATE adt_message SET organisation_id = :org
            WHERE organisation_id IS NULL AND UPPER(sending_facility) = :alias""")
        .param("org", org).param("alias", alias).update();
  }

  int removeAlias(long org, String alias) {
    return jdbc.sql("DELETE FROM adt_facility_alias WHERE alias = :a AND organisation_id = :org")
        .param("a", alias).param("org", org).update();
  }

  private static boolean hasColumn(java.sql.ResultSet rs, String name) {
    try {
      rs.findColumn(name);
      return true;
    } catch (java.sql.SQLException e) {
      return false;
    }
  }
}

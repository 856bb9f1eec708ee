package fr.hen.adt.feed;

import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code adt_message}: every message received, once per sending facility and MSH-10. */
@Repository
class MessageStore {

  enum Status { PROCESSED, WAITING, ERROR, REJECTED }

  /** A message row to write. */
  record Row(Prepared message, Status status, String ackCode, String errorCode, String errorText, String ack,
      LocalDateTime processedAt) {}

  /** A stored message as replay needs it. */
  record Stored(long id, Long organisationId, String facility, String controlId, Status status, String raw,
      long rawBytes, LocalDateTime receivedAt, String ack, int attempts) {}

  private final JdbcClient jdbc;
  private final org.springframework.jdbc.core.JdbcTemplate template;

  MessageStore(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** The ACK stored for this key, if the message was received before. */
  Optional<String> ackOf(String facility, String controlId) {
    return jdbc.sql("SELECT ack FROM adt_message WHERE sending_facility = :f AND control_id = :c")
        .param("f", facility).param("c", controlId).query(String.class).optional();
  }

  /** Writes the rows as one JDBC batch. */
  void insert(List<Row> rows) {
    if (rows.isEmpty()) {
      return;
    }
    template.batchUpdate("""
            INSERT INTO adt_message (sending_facility, control_id, organisation_id, message_type, event_type,
                                     visit_number, status, ack_code, error_code, error_text, raw, raw_bytes, ack,
                                     received_at, processed_at, other_visit)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        rows.stream().map(r -> {
          Prepared p = r.message();
          return new Object[] {p.facility(), p.controlId(), p.hospital() == null ? null : p.hospital().id(),
              p.messageType(), p.event(), Hl7Reader.clip(p.visit(), 64), r.status().name(), r.ackCode(),
              Hl7Reader.clip(r.errorCode(), 60), Hl7Reader.clip(r.errorText(), 500), p.raw(),
              (int) Math.min(Integer.MAX_VALUE, p.rawBytes()), r.ack(),
              p.receivedAt() == null ? null : java.sql.Timestamp.valueOf(p.receivedAt()),
              r.processedAt() == null ? null : java.sql.Timestamp.valueOf(r.processedAt()),
              Hl7Reader.clip(p.otherVisit(), 64)};
        }).toList(),
        new int[] {Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR,
            Types.TIMESTAMP, Types.TIMESTAMP, Types.VARCHAR});
  }

  /** Locks a message for its replay. */
  Optional<Stored> lock(long id) {
    return jdbc.sql("""
            SELECT id, organisation_id, sending_facility, control_id, status, raw, raw_bytes, received_at, ack,
                   attempts
            FROM adt_message WHERE id = :id FOR UPDATE""")
        .param("id", id)
        .query((rs, n) -> new Stored(rs.getLong("id"), rs.getObject("organisation_id", Long.class),
            rs.getString("sending_facility"), rs.getString("control_id"), Status.valueOf(rs.getString("status")),
            rs.getString("raw"), rs.getLong("raw_bytes"), rs.getObject("received_at", LocalDateTime.class),
            rs.getString("ack"), rs.getInt("attempts")))
        .optional();
  }

  /** Whether a message of the hospital waits for its stay. */
  boolean anyWaiting(long organisationId) {
    return !jdbc.sql("SELECT id FROM adt_message WHERE organisation_id = :org AND status = 'WAITING' LIMIT 1")
        .param("org", organisationId).query(Long.class).list().isEmpty();
  }

  /**
   * The ACKs stored for these messages' keys (sending facility and MSH-10), by {@link #key}; one query for a batch.
   */
  java.util.Map<String, String> acksOf(List<Prepared> messages) {
    java.util.Set<String> facilities = new java.util.HashSet<>();
    java.util.Set<String> controls = new java.util.HashSet<>();
    for (Prepared p : messages) {
      facilities.add(p.facility());
      controls.add(p.controlId());
    }
    java.util.Map<String, String> acks = new java.util.HashMap<>();
    jdbc.sql("""
            SELECT sending_facility, control_id, ack FROM adt_message
            WHERE sending_facility IN (:f) AND control_id IN (:c)""")
        .param("f", facilities).param("c", controls)
        .query((rs, n) -> acks.put(key(rs.getString(1), rs.getString(2)), rs.getString(3))).list();
    return acks;
  }

  /** A message's key: its sending facility and MSH-10. */
  static String key(String facility, String controlId) {
    return facility + "\u0000" + controlId;
  }

  /** The waiting messages of a hospital, oldest first. */
  List<Long> waiting(long organisationId, int limit) {
    return jdbc.sql("""
            SELECT id FROM adt_message WHERE organisation_id = :org AND status = 'WAITING' ORDER BY id LIMIT :limit""")
        .param("org", organisationId).param("limit", limit).query(Long.class).list();
  }

  /** The waiting messages of a hospital about one visit (or naming it as an A17's second visit), oldest first. */
  List<Long> waiting(long organisationId, String visit, int limit) {
    return jdbc.sql("""
            SELECT id FROM adt_message
            WHERE organisation_id = :org AND status = 'WAITING' AND (visit_number = :visit OR other_visit = :visit)
            ORDER BY id LIMIT :limit""")
        .param("org", organisationId).param("visit", visit).param("limit", limit).query(Long.class).list();
  }

  /** The outcome of a replay or a retry: new status, error, ACK; who replayed it (null for the feed's retry). */
  void replayed(long id, Row r, String replayedBy) {
    Prepared p = r.message();
    jdbc.sql("""
            UPDATE adt_message SET status = :status, ack_code = :ackCode, error_code = :errCode,
                                   error_text = :errText, ack = :ack, processed_at = :processed,
                                   organisation_id = COALESCE(CAST(:org AS BIGINT), organisation_id),
                                   visit_number = :visit, other_visit = :other, attempts = attempts + 1,
                                   replayed_by = COALESCE(CAST(:by AS VARCHAR(60)), replayed_by),
                                   replayed_at = CASE WHEN CAST(:by AS VARCHAR(60)) IS NULL THEN replayed_at
                                                      ELSE :processed END
            WHERE id = :id""")
        .param("status", r.status().name()).param("ackCode", r.ackCode())
        .param("errCode", Hl7Reader.clip(r.errorCode(), 60)).param("errText", Hl7Reader.clip(r.errorText(), 500))
        .param("ack", r.ack()).param("processed", r.processedAt())
        .param("org", p.hospital() == null ? null : p.hospital().id())
        .param("visit", Hl7Reader.clip(p.visit(), 64)).param("other", Hl7Reader.clip(p.otherVisit(), 64))
        .param("by", replayedBy).param("id", id).update();
  }
}

package fr.hen.quality.census;

import fr.hen.stays.StayFacts.Placement;
import fr.hen.stays.StayFacts.StayFact;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The census read model: each stay's placements, replaced whole when the stay changes. */
@Repository
class CensusStore {

  /** A placement as the census reads it back. */
  record Row(String unitCode, LocalDateTime from, LocalDateTime to) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  CensusStore(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /**
   * Takes the stay's row lock (creating the row first): two listeners of one stay refresh it one after the other,
   * each reading the stay's facts only once it holds the lock, so the last write is the latest state.
   */
  void lock(long stayId, long organisationId, LocalDateTime now) {
    // ON CONFLICT: a concurrent listener's row makes this insert wait, then do nothing (a failed insert would abort
    // the whole transaction on PostgreSQL)
    jdbc.sql("""
            INSERT INTO census_stay (stay_id, organisation_id, refreshed_at) VALUES (:stay, :org, :now)
            ON CONFLICT DO NOTHING""")
        .param("stay", stayId).param("org", organisationId).param("now", now).update();
    jdbc.sql("SELECT stay_id FROM census_stay WHERE stay_id = :stay FOR UPDATE").param("stay", stayId)
        .query(Long.class).list();
  }

  /** {@link #lock} for many stays at once, in id order (as every batch locks them). */
  void lockAll(List<Long> stayIds, long organisationId, LocalDateTime now) {
    List<Long> sorted = stayIds.stream().sorted().toList();
    template.batchUpdate("""
        INSERT INTO census_stay (stay_id, organisation_id, refreshed_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING""",
        sorted.stream().map(id -> new Object[] {id, organisationId, Timestamp.valueOf(now)}).toList());
    jdbc.sql("SELECT stay_id FROM census_stay WHERE stay_id IN (:ids) ORDER BY stay_id FOR UPDATE")
        .param("ids", sorted).query(Long.class).list();
  }

  /** {@link #replace} for many stays, and {@link #remove} of the others among {@code stayIds}: a few statements. */
  void replaceAll(List<Long> stayIds, List<StayFact> facts, LocalDateTime now) {
    jdbc.sql("DELETE FROM census_placement WHERE stay_id IN (:ids)").param("ids", stayIds).update();
    java.util.Set<Long> gone = new java.util.HashSet<>(stayIds);
    facts.forEach(f -> gone.remove(f.stayId()));
    if (!gone.isEmpty()) {
      jdbc.sql("DELETE FROM census_stay WHERE stay_id IN (:ids)").param("ids", gone).update();
    }
    if (!facts.isEmpty()) {
      jdbc.sql("UPDATE census_stay SET refreshed_at = :now WHERE stay_id IN (:ids)").param("now", now)
          .param("ids", facts.stream().map(StayFact::stayId).toList()).update();
      insert(facts);
    }
  }

  /** Takes the organisation's rebuild lock: rebuilds of one organisation run one after the other. */
  void lockOrganisation(long organisationId, LocalDateTime now) {
    jdbc.sql("""
            INSERT INTO census_organisation (organisation_id, rebuilt_at) VALUES (:org, :now)
            ON CONFLICT DO NOTHING""")
        .param("org", organisationId).param("now", now).update();
    jdbc.sql("SELECT organisation_id FROM census_organisation WHERE organisation_id = :org FOR UPDATE")
        .param("org", organisationId).query(Long.class).list();
  }

  /** The organisations whose census was rebuilt at least once. */
  java.util.Set<Long> rebuiltOrganisations() {
    return new java.util.HashSet<>(jdbc.sql("SELECT organisation_id FROM census_organisation").query(Long.class)
        .list());
  }

  void replace(StayFact fact, LocalDateTime now) {
    jdbc.sql("DELETE FROM census_placement WHERE stay_id = :stay").param("stay", fact.stayId()).update();
    jdbc.sql("UPDATE census_stay SET refreshed_at = :now WHERE stay_id = :stay")
        .param("now", now).param("stay", fact.stayId()).update();
    insert(List.of(fact));
  }

  /** Drops a stay that no longer counts (voided: its admission was cancelled): its placements and its row. */
  void remove(long stayId) {
    jdbc.sql("DELETE FROM census_placement WHERE stay_id = :stay").param("stay", stayId).update();
    jdbc.sql("DELETE FROM census_stay WHERE stay_id = :stay").param("stay", stayId).update();
  }

  /**
   * Drops the organisation's census and writes these stays' placements (after a bulk load, or the first start with
   * stays); call it holding {@link #lockOrganisation}, the facts read after taking it.
   */
  void rebuild(long organisationId, List<StayFact> facts, LocalDateTime now) {
    jdbc.sql("DELETE FROM census_placement WHERE organisation_id = :org").param("org", organisationId).update();
    jdbc.sql("DELETE FROM census_stay WHERE organisation_id = :org").param("org", organisationId).update();
    template.batchUpdate("""
        INSERT INTO census_stay (stay_id, organisation_id, refreshed_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING""",
        facts.stream().map(f -> new Object[] {f.stayId(), organisationId, Timestamp.valueOf(now)}).toList());
    jdbc.sql("UPDATE census_organisation SET rebuilt_at = :now WHERE organisation_id = :org")
        .param("now", now).param("org", organisationId).update();
    insert(facts);
  }

  private void insert(List<StayFact> facts) {
    List<Object[]> rows = new ArrayList<>();
    for (StayFact fact : facts) {
      for (Placement p : fact.placements()) {
        rows.add(new Object[] {fact.stayId(), fact.organisationId(), p.unitId(), p.unitCode(),
            Timestamp.valueOf(p.from()), p.to() == null ? null : Timestamp.valueOf(p.to())});
      }
    }
    template.batchUpdate("""
        INSERT INTO census_placement (stay_id, organisation_id, unit_id, unit_code, from_at, to_at)
        VALUES (?, ?, ?, ?, ?, ?)""", rows, new int[] {Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.VARCHAR,
        Types.TIMESTAMP, Types.TIMESTAMP});
  }

  /** The organisation's placements that may cover a midnight between these two times. */
  List<Row> overlapping(long organisationId, LocalDateTime from, LocalDateTime to) {
    return jdbc.sql("""
            SELECT unit_code, from_at, to_at FROM census_placement
            WHERE organisation_id = :org AND from_at <= :to AND (to_at IS NULL OR to_at > :from)""")
        .param("org", organisationId).param("from", from).param("to", to)
        .query((rs, n) -> new Row(rs.getString(1), rs.getTimestamp(2).toLocalDateTime(),
            rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toLocalDateTime()))
        .list();
  }

  int placements(long stayId) {
    return jdbc.sql("SELECT COUNT(*) FROM census_placement WHERE stay_id = :stay").param("stay", stayId)
        .query(Integer.class).single();
  }
}

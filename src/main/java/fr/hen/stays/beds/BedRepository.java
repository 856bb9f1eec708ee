package fr.hen.stays.beds;

import fr.hen.platform.PageSlice;
import fr.hen.stays.BedStatus;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Units and beds of a hospital; every query is scoped to the organisation in its SQL. */
@Repository
public class BedRepository {

  private static final String BED_SELECT = """
      SELECT b.id, b.code, r.id AS room_id, r.code AS room_code, u.id AS unit_id, u.code AS unit_code,
             r.gender_policy, r.equipment, b.status, b.blocked_reason
      FROM bed b JOIN room r ON r.id = b.room_id JOIN unit u ON u.id = r.unit_id
      WHERE u.organisation_id = :org""";

  private static final String FILTERS = "\n" + """
       AND (CAST(:unit AS VARCHAR(20)) IS NULL OR u.code = :unit)
       AND (CAST(:status AS VARCHAR(12)) IS NULL OR b.status = :status)""";

  private static final RowMapper<BedRef> BED = (rs, n) -> new BedRef(rs.getLong("id"), rs.getString("code"),
      rs.getLong("room_id"), rs.getString("room_code"), rs.getLong("unit_id"), rs.getString("unit_code"),
      GenderPolicy.valueOf(rs.getString("gender_policy")), RoomEquipment.parse(rs.getString("equipment")),
      BedStatus.valueOf(rs.getString("status")),
      rs.getString("blocked_reason"));

  private final JdbcClient jdbc;

  BedRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The bed of this organisation, or empty. */
  public Optional<BedRef> find(long organisationId, long bedId) {
    return jdbc.sql(BED_SELECT + " AND b.id = :id").param("org", organisationId).param("id", bedId)
        .query(BED).optional();
  }

  /** The isolation of the organisation's bed ({@code ISOLATED}, {@code CONTAMINATED}), empty when none. */
  public Optional<String> isolation(long organisationId, long bedId) {
    return jdbc.sql("""
            SELECT b.isolation FROM bed b JOIN room r ON r.id = b.room_id JOIN unit u ON u.id = r.unit_id
            WHERE u.organisation_id = :org AND b.id = :id AND b.isolation IS NOT NULL""")
        .param("org", organisationId).param("id", bedId).query(String.class).optional();
  }

  /** Beds of the organisation, optionally of one unit (by code) and one status, in board order. */
  public List<BedRef> list(long organisationId, String unitCode, BedStatus status) {
    return jdbc.sql(BED_SELECT + FILTERS + " ORDER BY u.code, r.code, b.code")
        .param("org", organisationId).param("unit", unitCode)
        .param("status", status == null ? null : status.name())
        .query(BED).list();
  }

  /** One page of the organisation's beds, optionally of one unit (by code) and one status, in board order. */
  public PageSlice<BedRef> page(long organisationId, String unitCode, BedStatus status, int page, int size) {
    String statusName = status == null ? null : status.name();
    long total = jdbc.sql("""
            SELECT COUNT(*) FROM bed b JOIN room r ON r.id = b.room_id JOIN unit u ON u.id = r.unit_id
            WHERE u.organisation_id = :org""" + FILTERS)
        .param("org", organisationId).param("unit", unitCode).param("status", statusName)
        .query(Long.class).single();
    List<BedRef> items = total <= (long) page * size ? List.of() : jdbc.sql(BED_SELECT + FILTERS
            + " ORDER BY u.code, r.code, b.code LIMIT :limit OFFSET :offset")
        .param("org", organisationId).param("unit", unitCode).param("status", statusName)
        .param("limit", size).param("offset", (long) page * size)
        .query(BED).list();
    return new PageSlice<>(items, page, size, total);
  }

  /** Units of the organisation with their bed counts by status. */
  public List<UnitSummary> units(long organisationId) {
    return jdbc.sql("""
            SELECT u.id, u.code, u.name, u.specialism, COUNT(b.id) AS beds,
                   SUM(CASE WHEN b.status = 'FREE' THEN 1 ELSE 0 END) AS free,
                   SUM(CASE WHEN b.status = 'OCCUPIED' THEN 1 ELSE 0 END) AS occupied,
                   SUM(CASE WHEN b.status = 'RESERVED' THEN 1 ELSE 0 END) AS reserved,
                   SUM(CASE WHEN b.status = 'CLEANING' THEN 1 ELSE 0 END) AS cleaning,
                   SUM(CASE WHEN b.status = 'CLEANED' THEN 1 ELSE 0 END) AS cleaned,
                   SUM(CASE WHEN b.status = 'BLOCKED' THEN 1 ELSE 0 END) AS blocked
            FROM unit u LEFT JOIN room r ON r.unit_id = u.id LEFT JOIN bed b ON b.room_id = r.id
            WHERE u.organisation_id = :org
            GROUP BY u.id, u.code, u.name, u.specialism
            ORDER BY u.code""")
        .param("org", organisationId)
        .query((rs, n) -> new UnitSummary(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
            rs.getString("specialism"), rs.getInt("beds"), rs.getInt("free"), rs.getInt("occupied"),
            rs.getInt("reserved"), rs.getInt("cleaning"), rs.getInt("cleaned"), rs.getInt("blocked")))
        .list();
  }

  /** Takes a free or reserved bed in one statement; false when someone else holds it (or it is not free). */
  public boolean occupy(long bedId, LocalDateTime at) {
    return jdbc.sql("""
            UPDATE bed SET status = 'OCCUPIED', blocked_reason = NULL, status_changed_at = :at
            WHERE id = :id AND status IN ('FREE', 'RESERVED')""")
        .param("id", bedId).param("at", at).update() == 1;
  }

  /** Sets a bed's status, provided it still has the expected one; false when it changed meanwhile. */
  public boolean changeStatus(long bedId, BedStatus expected, BedStatus status, String blockedReason,
      LocalDateTime at) {
    return jdbc.sql("""
            UPDATE bed SET status = :status, blocked_reason = :reason, status_changed_at = :at
            WHERE id = :id AND status = :expected""")
        .param("id", bedId).param("expected", expected.name()).param("status", status.name())
        .param("reason", blockedReason).param("at", at).update() == 1;
  }

  /**
   * Locks a room until the end of the transaction and returns its current gender policy: placing a patient in it
   * and changing its policy or beds are serialised, so that a policy check sees the room's other patients.
   */
  public GenderPolicy lockRoom(long roomId) {
    return GenderPolicy.valueOf(jdbc.sql("SELECT gender_policy FROM room WHERE id = :id FOR UPDATE")
        .param("id", roomId).query(String.class).single());
  }

  /** Locks a bed's row until the end of the transaction (its status and who holds it are then stable). */
  public void lock(long bedId) {
    jdbc.sql("SELECT id FROM bed WHERE id = :id FOR UPDATE").param("id", bedId).query(Long.class).single();
  }

  /** Re-reads the current status of a bed (after a failed {@link #occupy}). */
  public BedStatus status(long bedId) {
    return BedStatus.valueOf(jdbc.sql("SELECT status FROM bed WHERE id = :id").param("id", bedId)
        .query(String.class).single());
  }
}

package fr.hen.stays.beds;

import fr.hen.platform.Actor;
import fr.hen.platform.AuditLog;
import fr.hen.stays.BedStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the bed board in one query (beds left-joined to in-hospital stays and patients) and audits it. */
@Service
class BoardService {

  private static final String BOARD = """
      SELECT u.id AS unit_id, u.code AS unit_code, u.name AS unit_name, r.code AS room_code, b.id AS bed_id,
             b.code AS bed_code, b.status, b.blocked_reason, b.isolation, s.id AS stay_id, s.admitted_at,
             s.expected_discharge_date, s.medically_ready_at, p.id AS patient_id, p.family_name, p.given_name,
             p.birth_date, p.sex, pa.planned_date AS held_for
      FROM unit u JOIN room r ON r.unit_id = u.id JOIN bed b ON b.room_id = r.id
           LEFT JOIN planned_admission pa ON pa.reserved_bed_id = b.id AND pa.organisation_id = :org
           LEFT JOIN stay s ON s.bed_id = b.id AND s.status = 'IN_HOSPITAL' AND s.voided = FALSE
                AND s.organisation_id = :org
           LEFT JOIN patient p ON p.id = s.patient_id AND p.organisation_id = :org
      WHERE u.organisation_id = :org AND (CAST(:unit AS VARCHAR(20)) IS NULL OR u.code = :unit)
      ORDER BY u.code, r.code, b.code""";

  private record Row(long unitId, String unitCode, String unitName, Board.Bed bed) {}

  private final JdbcClient jdbc;
  private final AuditLog audit;

  BoardService(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** The board of the user's hospital, optionally of one unit; the patients shown are audited in one batch. */
  @Transactional
  @PreAuthorize("hasAnyRole('BED_MANAGER', 'DISCHARGE_COORDINATOR', 'PHYSICIAN')")
  public Board board(Actor actor, String unitCode) {
    String unit = unitCode == null || unitCode.isBlank() ? null : unitCode;
    List<Row> rows = jdbc.sql(BOARD).param("org", actor.organisationId()).param("unit", unit)
        .query((rs, n) -> new Row(rs.getLong("unit_id"), rs.getString("unit_code"), rs.getString("unit_name"),
            new Board.Bed(rs.getLong("bed_id"), rs.getString("bed_code"), rs.getString("room_code"),
                BedStatus.valueOf(rs.getString("status")), rs.getString("blocked_reason"),
                rs.getObject("stay_id", Long.class), rs.getObject("patient_id", Long.class),
                rs.getString("family_name"), rs.getString("given_name"), rs.getObject("birth_date", LocalDate.class),
                rs.getString("sex"), rs.getObject("admitted_at", LocalDateTime.class),
                rs.getObject("expected_discharge_date", LocalDate.class),
                rs.getObject("medically_ready_at", LocalDateTime.class),
                rs.getString("isolation") == null ? null
                    : fr.hen.stays.BedIsolation.valueOf(rs.getString("isolation")),
                rs.getObject("held_for", LocalDate.class))))
        .list();
    audit.recordRead(actor, "BedBoard", rows.stream().map(r -> r.bed().patientId())
        .filter(Objects::nonNull).toList(), unit == null ? "all units" : "unit " + unit);
    return group(rows);
  }

  private static Board group(List<Row> rows) {
    Map<Long, List<Row>> byUnit = new LinkedHashMap<>();
    rows.forEach(r -> byUnit.computeIfAbsent(r.unitId(), k -> new ArrayList<>()).add(r));
    List<Board.Unit> units = byUnit.values().stream().map(list -> {
      List<Board.Bed> beds = list.stream().map(Row::bed).toList();
      Row first = list.getFirst();
      return new Board.Unit(first.unitId(), first.unitCode(), first.unitName(), beds, Board.Counts.of(beds));
    }).toList();
    return new Board(units, Board.Counts.of(rows.stream().map(Row::bed).toList()));
  }
}

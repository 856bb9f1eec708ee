package fr.hen.stays.stay;

import fr.hen.platform.PageSlice;
import fr.hen.stays.AdmissionSource;
import fr.hen.stays.DischargeDestination;
import fr.hen.stays.StayStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of stays, always scoped to the organisation in the SQL. */
@Repository
class StayQueries {

  private static final String SELECT = """
      SELECT s.id, s.status, p.id AS patient_id, p.mrn, p.family_name, p.given_name, p.birth_date, p.sex,
             u.code AS unit_code, u.name AS unit_name, s.bed_id, r.code AS room_code, b.code AS bed_code,
             s.admitted_at, s.admission_source, s.planned, s.expected_discharge_date, s.medically_ready_at,
             s.discharged_at, s.discharge_destination, s.discharge_organisation_id, s.version
      """;
  private static final String FROM = """
      FROM stay s JOIN patient p ON p.id = s.patient_id AND p.organisation_id = :org
           JOIN unit u ON u.id = s.unit_id
           LEFT JOIN bed b ON b.id = s.bed_id LEFT JOIN room r ON r.id = b.room_id
      WHERE s.organisation_id = :org AND s.voided = FALSE
      """;
  private static final String FILTER = """
      AND (CAST(:status AS VARCHAR(12)) IS NULL OR s.status = :status)
      AND (CAST(:unit AS VARCHAR(20)) IS NULL OR u.code = :unit)
      AND (CAST(:q AS VARCHAR(110)) IS NULL OR LOWER(p.family_name) LIKE :q OR LOWER(p.given_name) LIKE :q
           OR LOWER(p.mrn) LIKE :q)
      """;

  private final JdbcClient jdbc;

  StayQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<StayView> find(long organisationId, long stayId) {
    return jdbc.sql(SELECT + FROM + " AND s.id = :id").param("org", organisationId).param("id", stayId)
        .query((rs, n) -> stay(rs)).optional();
  }

  List<StayView.MovementView> movements(long stayId) {
    return jdbc.sql("""
            SELECT m.kind, m.occurred_at, m.voided, m.void_reason, fu.code AS from_unit, fr.code AS from_room,
                   fb.code AS from_bed, tu.code AS to_unit, tr.code AS to_room, tb.code AS to_bed
            FROM movement m
                 LEFT JOIN unit fu ON fu.id = m.from_unit_id LEFT JOIN bed fb ON fb.id = m.from_bed_id
                 LEFT JOIN room fr ON fr.id = fb.room_id
                 LEFT JOIN unit tu ON tu.id = m.to_unit_id LEFT JOIN bed tb ON tb.id = m.to_bed_id
                 LEFT JOIN room tr ON tr.id = tb.room_id
            WHERE m.stay_id = :stay ORDER BY m.occurred_at, m.id""")
        .param("stay", stayId)
        .query((rs, n) -> new StayView.MovementView(rs.getString("kind"),
            rs.getObject("occurred_at", LocalDateTime.class), rs.getString("from_unit"),
            label(rs.getString("from_room"), rs.getString("from_bed")), rs.getString("to_unit"),
            label(rs.getString("to_room"), rs.getString("to_bed")), rs.getBoolean("voided"),
            rs.getString("void_reason")))
        .list();
  }

  PageSlice<StayView> list(long organisationId, StayFilter filter, int page, int size) {
    String q = filter.query() == null ? null : "%" + filter.query().toLowerCase() + "%";
    String status = filter.status() == null ? null : filter.status().name();
    long total = jdbc.sql("SELECT COUNT(*) " + FROM + FILTER).param("org", organisationId)
        .param("status", status).param("unit", filter.unitCode()).param("q", q)
        .query(Long.class).single();
    List<StayView> items = jdbc.sql(SELECT + FROM + FILTER + " ORDER BY s.admitted_at "
            + (filter.oldestFirst() ? "ASC" : "DESC") + ", s.id LIMIT :limit OFFSET :offset")
        .param("org", organisationId).param("status", status).param("unit", filter.unitCode()).param("q", q)
        .param("limit", size).param("offset", (long) page * size)
        .query((rs, n) -> stay(rs)).list();
    return new PageSlice<>(items, page, size, total);
  }

  private static StayView stay(ResultSet rs) throws SQLException {
    String destination = rs.getString("discharge_destination");
    return new StayView(rs.getLong("id"), StayStatus.valueOf(rs.getString("status")),
        new StayView.PatientView(rs.getLong("patient_id"), rs.getString("mrn"), rs.getString("family_name"),
            rs.getString("given_name"), rs.getObject("birth_date", LocalDate.class), Sex.valueOf(rs.getString("sex"))),
        rs.getString("unit_code"), rs.getString("unit_name"), rs.getObject("bed_id", Long.class),
        label(rs.getString("room_code"), rs.getString("bed_code")),
        rs.getObject("admitted_at", LocalDateTime.class), AdmissionSource.valueOf(rs.getString("admission_source")),
        rs.getBoolean("planned"), rs.getObject("expected_discharge_date", LocalDate.class),
        rs.getObject("medically_ready_at", LocalDateTime.class), rs.getObject("discharged_at", LocalDateTime.class),
        destination == null ? null : DischargeDestination.valueOf(destination),
        rs.getObject("discharge_organisation_id", Long.class), rs.getInt("version"), null);
  }

  private static String label(String room, String bed) {
    return bed == null ? null : room + "-" + bed;
  }
}

package fr.hen.stays.stay;

import fr.hen.platform.Actor;
import fr.hen.stays.DischargeDestination;
import fr.hen.stays.StayRoster;
import fr.hen.stays.StayStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link StayRoster}: one query per call, scoped to the actor's organisation in its SQL. */
@Service
@PreAuthorize("hasAnyRole('BED_MANAGER', 'DISCHARGE_COORDINATOR', 'PHYSICIAN')")
class StayRosterQueries implements StayRoster {

  private static final String SELECT = """
      SELECT s.id, p.id AS patient_id, p.mrn, p.family_name, p.given_name, p.birth_date, p.sex,
             u.id AS unit_id, u.code AS unit_code, u.name AS unit_name, r.code AS room_code, b.code AS bed_code,
             s.admitted_at, s.planned, s.expected_discharge_date, s.medically_ready_at, s.status, s.discharged_at,
             s.discharge_destination, s.discharge_organisation_id
      FROM stay s JOIN patient p ON p.id = s.patient_id AND p.organisation_id = :org
           JOIN unit u ON u.id = s.unit_id
           LEFT JOIN bed b ON b.id = s.bed_id LEFT JOIN room r ON r.id = b.room_id
      WHERE s.organisation_id = :org AND s.voided = FALSE
      """;

  private final JdbcClient jdbc;

  StayRosterQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<RosterLine> find(Actor actor, long stayId) {
    return jdbc.sql(SELECT + " AND s.id = :id").param("org", actor.organisationId()).param("id", stayId)
        .query((rs, n) -> line(rs)).optional();
  }

  @Override
  @Transactional(readOnly = true)
  public List<RosterLine> find(Actor actor, Collection<Long> stayIds) {
    if (stayIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(SELECT + " AND s.id IN (:ids)").param("org", actor.organisationId()).param("ids", stayIds)
        .query((rs, n) -> line(rs)).list();
  }

  @Override
  @Transactional(readOnly = true)
  public List<RosterLine> inHospital(Actor actor) {
    return jdbc.sql(SELECT + " AND s.status = 'IN_HOSPITAL' ORDER BY s.admitted_at, s.id")
        .param("org", actor.organisationId()).query((rs, n) -> line(rs)).list();
  }

  private static RosterLine line(ResultSet rs) throws SQLException {
    String destination = rs.getString("discharge_destination");
    String bed = rs.getString("bed_code");
    return new RosterLine(rs.getLong("id"), rs.getLong("patient_id"), rs.getString("mrn"),
        rs.getString("family_name"), rs.getString("given_name"), rs.getObject("birth_date", LocalDate.class),
        rs.getString("sex"), rs.getLong("unit_id"), rs.getString("unit_code"), rs.getString("unit_name"),
        bed == null ? null : rs.getString("room_code") + "-" + bed,
        rs.getObject("admitted_at", LocalDateTime.class), rs.getBoolean("planned"),
        rs.getObject("expected_discharge_date", LocalDate.class),
        rs.getObject("medically_ready_at", LocalDateTime.class), StayStatus.valueOf(rs.getString("status")),
        rs.getObject("discharged_at", LocalDateTime.class),
        destination == null ? null : DischargeDestination.valueOf(destination),
        rs.getObject("discharge_organisation_id", Long.class));
  }
}

package fr.hen.stays.planning;

import fr.hen.platform.Actor;
import fr.hen.stays.BedOccupancy;
import java.sql.Date;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link BedOccupancy}: one query, scoped to the actor's organisation in its SQL. The planned admission a stay
 * consumed is joined (not looked up per stay: {@code planned_admission.stay_id} has no index); should a stay have
 * consumed two, the later one counts.
 */
@Service
@PreAuthorize("hasRole('BED_MANAGER') or hasAuthority('" + fr.hen.stays.StayFacts.READ_RIGHT + "')")
class BedOccupancyQueries implements BedOccupancy {

  private final JdbcClient jdbc;

  BedOccupancyQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Occupant> occupants(Actor actor) {
    LocalDate today = LocalDate.now();
    Map<Long, Occupant> byStay = new LinkedHashMap<>();
    jdbc.sql("""
        SELECT s.id, s.bed_id, p.sex, p.birth_date, s.expected_discharge_date, pa.specialism
        FROM stay s JOIN patient p ON p.id = s.patient_id AND p.organisation_id = :org
        LEFT JOIN planned_admission pa ON pa.stay_id = s.id AND pa.organisation_id = :org
        WHERE s.organisation_id = :org AND s.voided = FALSE AND s.status = 'IN_HOSPITAL' AND s.bed_id IS NOT NULL
        ORDER BY s.id, pa.id
        """).param("org", actor.organisationId())
        .query((rs, n) -> {
          Date birth = rs.getDate("birth_date");
          Date edd = rs.getDate("expected_discharge_date");
          return new Occupant(rs.getLong("id"), rs.getLong("bed_id"), rs.getString("sex"),
              birth == null ? null : Period.between(birth.toLocalDate(), today).getYears(),
              edd == null ? null : edd.toLocalDate(), rs.getString("specialism"));
        }).list().forEach(o -> byStay.put(o.stayId(), o));
    return List.copyOf(byStay.values());
  }
}

package fr.hen.stays.stay;

import fr.hen.stays.AdmissionSource;
import fr.hen.stays.DischargeDestination;
import fr.hen.stays.StayFacts;
import fr.hen.stays.StayStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stay facts for other modules' computations (see {@link StayFacts}): two queries whatever the number of stays, the
 * placements derived from the movements (an admission opens one, a transfer closes it and opens the next, a
 * discharge closes the last); voided stays and voided movements (a cancelled discharge) are left out.
 */
@Service
@PreAuthorize("hasAuthority('" + StayFacts.READ_RIGHT + "')")
class StayFactsReader implements StayFacts {

  private static final String STAYS = """
      SELECT s.id, s.organisation_id, s.patient_id, s.status, s.admitted_at, s.admission_source, s.planned,
             s.expected_discharge_date, s.medically_ready_at, s.discharged_at, s.discharge_destination
      FROM stay s WHERE s.voided = FALSE""";

  private static final String MOVEMENTS = """
      SELECT m.stay_id, m.kind, m.occurred_at, m.to_unit_id, u.code AS to_unit, m.to_bed_id
      FROM movement m JOIN stay s ON s.id = m.stay_id LEFT JOIN unit u ON u.id = m.to_unit_id
      WHERE s.voided = FALSE AND m.voided = FALSE""";

  private final JdbcClient jdbc;

  StayFactsReader(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<StayFact> find(long stayId) {
    Map<Long, List<Placement>> placements = placements(MOVEMENTS + " AND s.id = :id", Map.of("id", stayId));
    return jdbc.sql(STAYS + " AND s.id = :id").param("id", stayId)
        .query((rs, n) -> fact(rs, placements)).optional();
  }

  @Override
  @Transactional(readOnly = true)
  public List<StayFact> findAll(java.util.Collection<Long> stayIds) {
    if (stayIds.isEmpty()) {
      return List.of();
    }
    Map<Long, List<Placement>> placements = placements(MOVEMENTS + " AND s.id IN (:ids)", Map.of("ids", stayIds));
    return jdbc.sql(STAYS + " AND s.id IN (:ids) ORDER BY s.id").param("ids", stayIds)
        .query((rs, n) -> fact(rs, placements)).list();
  }

  @Override
  @Transactional(readOnly = true)
  public List<StayFact> ofOrganisation(long organisationId) {
    Map<Long, List<Placement>> placements =
        placements(MOVEMENTS + " AND s.organisation_id = :org", Map.of("org", organisationId));
    return jdbc.sql(STAYS + " AND s.organisation_id = :org ORDER BY s.id").param("org", organisationId)
        .query((rs, n) -> fact(rs, placements)).list();
  }

  @Override
  @Transactional(readOnly = true)
  public List<Long> organisationsWithStays() {
    return jdbc.sql("SELECT DISTINCT organisation_id FROM stay WHERE voided = FALSE ORDER BY organisation_id")
        .query(Long.class).list();
  }

  private static StayFact fact(ResultSet rs, Map<Long, List<Placement>> placements) throws SQLException {
    long id = rs.getLong("id");
    String destination = rs.getString("discharge_destination");
    java.sql.Date edd = rs.getDate("expected_discharge_date");
    return new StayFact(id, rs.getLong("organisation_id"), rs.getLong("patient_id"),
        StayStatus.valueOf(rs.getString("status")), time(rs.getTimestamp("admitted_at")),
        AdmissionSource.valueOf(rs.getString("admission_source")), rs.getBoolean("planned"),
        edd == null ? null : edd.toLocalDate(), time(rs.getTimestamp("medically_ready_at")),
        time(rs.getTimestamp("discharged_at")),
        destination == null ? null : DischargeDestination.valueOf(destination),
        List.copyOf(placements.getOrDefault(id, List.of())));
  }

  /** The placements of the selected stays, by stay id, from their movements in time order. */
  private Map<Long, List<Placement>> placements(String sql, Map<String, ?> params) {
    Map<Long, List<Placement>> byStay = new HashMap<>();
    jdbc.sql(sql + " ORDER BY m.stay_id, m.occurred_at, m.id").params(params).query(rs -> {
      List<Placement> list = byStay.computeIfAbsent(rs.getLong("stay_id"), k -> new ArrayList<>());
      LocalDateTime at = time(rs.getTimestamp("occurred_at"));
      if (!list.isEmpty() && list.getLast().to() == null) {
        Placement open = list.removeLast();
        list.add(new Placement(open.unitId(), open.unitCode(), open.bedId(), open.from(), at));
      }
      long unit = rs.getLong("to_unit_id");
      if (!rs.wasNull()) {
        long bed = rs.getLong("to_bed_id");
        list.add(new Placement(unit, rs.getString("to_unit"), rs.wasNull() ? null : bed, at, null));
      }
    });
    return byStay;
  }

  private static LocalDateTime time(Timestamp t) {
    return t == null ? null : t.toLocalDateTime();
  }
}

package fr.hen.stays.beds;

import fr.hen.platform.Actor;
import fr.hen.platform.AuditAction;
import fr.hen.platform.AuditLog;
import fr.hen.platform.InvalidFieldException;
import fr.hen.platform.NotFoundException;
import fr.hen.stays.BedIsolation;
import fr.hen.stays.BedIsolationChanged;
import fr.hen.stays.BedStatus;
import fr.hen.stays.HospitalBeds;
import fr.hen.stays.PlannedAdmissions;
import fr.hen.stays.StayFacts;
import fr.hen.stays.StaysAuditTypes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link HospitalBeds}: the hospital's beds for the feed, the optimiser and the forecast; bed isolation. */
@Service
class HospitalBedsService implements HospitalBeds {

  static final String READERS = "hasRole('BED_MANAGER') or hasAuthority('" + BED_STATUS_RIGHT + "') or hasAuthority('"
      + PlannedAdmissions.MANAGE_RIGHT + "') or hasAuthority('" + StayFacts.READ_RIGHT + "')";
  static final String WRITERS = "hasRole('BED_MANAGER') or hasAuthority('" + BED_STATUS_RIGHT + "')";
  static final int MAX_REASON = 200;

  private static final String SELECT = """
      SELECT b.id, b.code, r.id AS room_id, r.code AS room_code, r.capacity, r.gender_policy, r.equipment,
             u.id AS unit_id, u.code AS unit_code, u.specialism, u.min_age, u.max_age, b.status, b.isolation
      FROM bed b JOIN room r ON r.id = b.room_id JOIN unit u ON u.id = r.unit_id
      WHERE u.organisation_id = :org""";

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  HospitalBedsService(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  @PreAuthorize(READERS)
  public List<BedFact> beds(Actor actor) {
    return jdbc.sql(SELECT + " ORDER BY u.code, r.code, b.code").param("org", actor.organisationId())
        .query(HospitalBedsService::fact).list();
  }

  @Override
  @Transactional(readOnly = true)
  @PreAuthorize(READERS)
  public Optional<BedFact> find(Actor actor, String unitCode, String roomCode, String bedCode) {
    return jdbc.sql(SELECT + " AND UPPER(u.code) = UPPER(:unit) AND UPPER(r.code) = UPPER(:room)"
            + " AND UPPER(b.code) = UPPER(:bed)")
        .param("org", actor.organisationId()).param("unit", unitCode).param("room", roomCode).param("bed", bedCode)
        .query(HospitalBedsService::fact).optional();
  }

  @Override
  @Transactional
  @PreAuthorize(WRITERS)
  public void isolate(Actor actor, long bedId, BedIsolation isolation, String reason) {
    long org = actor.organisationId();
    String why = reason == null || reason.isBlank() || isolation == null ? null : reason.trim();
    if (why != null && why.length() > MAX_REASON) {
      throw new InvalidFieldException("reason", "at most " + MAX_REASON + " characters");
    }
    record Current(String isolation, String reason) {}
    Current current = jdbc.sql("""
            SELECT b.isolation, b.isolation_reason AS reason FROM bed b JOIN room r ON r.id = b.room_id
            JOIN unit u ON u.id = r.unit_id WHERE u.organisation_id = :org AND b.id = :id FOR UPDATE""")
        .param("org", org).param("id", bedId).query(Current.class).optional()
        .orElseThrow(() -> new NotFoundException("Bed", bedId));
    String code = isolation == null ? null : isolation.name();
    if (Objects.equals(current.isolation(), code) && Objects.equals(current.reason(), why)) {
      return;
    }
    jdbc.sql("UPDATE bed SET isolation = :iso, isolation_reason = :reason WHERE id = :id")
        .param("iso", code).param("reason", why).param("id", bedId).update();
    audit.record(actor, AuditAction.UPDATE, StaysAuditTypes.BED, String.valueOf(bedId), null,
        "isolation " + (code == null ? "lifted" : code) + " at " + LocalDateTime.now(clock));
    events.publishEvent(new BedIsolationChanged(bedId, org, isolation));
  }

  private static BedFact fact(ResultSet rs, int n) throws SQLException {
    String isolation = rs.getString("isolation");
    return new BedFact(rs.getLong("id"), rs.getString("code"), rs.getLong("room_id"), rs.getString("room_code"),
        rs.getInt("capacity"), rs.getString("gender_policy"),
        RoomEquipment.parse(rs.getString("equipment")).stream().map(Enum::name).collect(Collectors.toSet()),
        rs.getLong("unit_id"), rs.getString("unit_code"), rs.getString("specialism"),
        rs.getObject("min_age", Integer.class), rs.getObject("max_age", Integer.class),
        BedStatus.valueOf(rs.getString("status")), isolation == null ? null : BedIsolation.valueOf(isolation));
  }
}

package fr.hen.platform.audit;

import fr.hen.platform.Actor;
import fr.hen.platform.AuditAction;
import fr.hen.platform.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Writes audit events in the caller's transaction: no access to patient data without its trace. */
@Component
class JdbcAuditLog implements AuditLog {

  private static final String INSERT = """
      INSERT INTO audit_event (occurred_at, username, actor_kind, organisation_id, action, resource_type,
                               resource_id, patient_id, detail, client_address)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

  private final JdbcTemplate jdbc;
  private final Clock clock;

  JdbcAuditLog(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(Actor actor, AuditAction action, String resourceType, String resourceId, Long patientId,
      String detail) {
    jdbc.update(INSERT, Timestamp.valueOf(LocalDateTime.now(clock)), actor.name(), actor.kind().name(),
        actor.organisation(), action.name(), resourceType, resourceId, patientId, truncate(detail),
        clientAddress(actor));
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordAll(Actor actor, List<Entry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    Timestamp at = Timestamp.valueOf(LocalDateTime.now(clock));
    String address = clientAddress(actor);
    jdbc.batchUpdate(INSERT, entries.stream().map(e -> new Object[] {at, actor.name(), actor.kind().name(),
        actor.organisation(), e.action().name(), e.resourceType(), e.resourceId(), e.patientId(),
        truncate(e.detail()), address}).toList(), new int[] {Types.TIMESTAMP, Types.VARCHAR, Types.VARCHAR,
        Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR});
  }

  /**
   * One entry for the view, listing its patients in {@code audit_event_patient} (a single patient goes on the entry
   * itself): a bed board of 300 patients is one entry and 300 narrow rows, written as one batch.
   */
  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordRead(Actor actor, String resourceType, Collection<Long> patientIds, String detail) {
    recordMany(actor, AuditAction.READ, resourceType, patientIds, detail);
  }

  /** An export is recorded like a view of a list, as an {@code EXPORT}, even when it names no patient. */
  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordExport(Actor actor, String resourceType, Collection<Long> patientIds, String detail) {
    if (patientIds.isEmpty()) {
      record(actor, AuditAction.EXPORT, resourceType, null, null, (detail == null ? "" : detail + "; ")
          + "0 patients");
      return;
    }
    recordMany(actor, AuditAction.EXPORT, resourceType, patientIds, detail);
  }

  private void recordMany(Actor actor, AuditAction action, String resourceType, Collection<Long> patientIds,
      String detail) {
    List<Long> patients = patientIds.stream().distinct().toList();
    if (patients.isEmpty()) {
      return;
    }
    Long single = patients.size() == 1 ? patients.getFirst() : null;
    String text = patients.size() == 1 ? detail : (detail == null ? "" : detail + "; ") + patients.size()
        + " patients";
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement ps = connection.prepareStatement(INSERT, new String[] {"id"});
      Object[] values = {Timestamp.valueOf(LocalDateTime.now(clock)), actor.name(), actor.kind().name(),
          actor.organisation(), action.name(), resourceType, null, single, truncate(text),
          clientAddress(actor)};
      int[] types = {Types.TIMESTAMP, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
          Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR};
      for (int i = 0; i < values.length; i++) {
        ps.setObject(i + 1, values[i], types[i]);
      }
      return ps;
    }, keys);
    if (single == null) {
      long eventId = keys.getKey().longValue();
      jdbc.batchUpdate("INSERT INTO audit_event_patient (event_id, patient_id) VALUES (?, ?)",
          patients.stream().map(p -> new Object[] {eventId, p}).toList(), new int[] {Types.BIGINT, Types.BIGINT});
    }
  }

  private static String truncate(String detail) {
    return detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
  }

  /** The address of the person's request; a system actor has none. */
  private static String clientAddress(Actor actor) {
    if (actor.kind() == Actor.Kind.PERSON && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      HttpServletRequest request = attributes.getRequest();
      return request.getRemoteAddr();
    }
    return null;
  }
}

package fr.hen.platform.audit;

import fr.hen.platform.AuditAction;
import fr.hen.platform.AuditLog;
import fr.hen.platform.Actor;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
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
  public void recordRead(Actor actor, String resourceType, Collection<Long> patientIds, String detail) {
    if (patientIds.isEmpty()) {
      return;
    }
    Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
    String address = clientAddress(actor);
    List<Object[]> rows = new ArrayList<>(patientIds.size());
    for (Long patientId : patientIds) {
      rows.add(new Object[] {now, actor.name(), actor.kind().name(), actor.organisation(), AuditAction.READ.name(),
          resourceType, null, patientId, truncate(detail), address});
    }
    int[] types = {Types.TIMESTAMP, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR};
    jdbc.batchUpdate(INSERT, rows, types);
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

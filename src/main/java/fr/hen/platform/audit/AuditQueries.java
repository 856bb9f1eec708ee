package fr.hen.platform.audit;

import fr.hen.platform.PageSlice;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit log. */
@Component
class AuditQueries {

  /**
   * What the entries are about: administration (the resource types modules declare as such, see {@link AuditTypes}),
   * or patient data (every other type).
   */
  enum Kind { PATIENT_DATA, ACCOUNTS }

  record Filter(String username, Long patientId, LocalDate day, Kind kind) {}

  record AuditEntry(long id, LocalDateTime occurredAt, String username, String actorKind, Long organisationId,
      String action, String resourceType, String resourceId,
      Long patientId, String detail, String clientAddress) {}

  private final JdbcClient jdbc;
  private final AuditTypes types;

  AuditQueries(JdbcClient jdbc, AuditTypes types) {
    this.jdbc = jdbc;
    this.types = types;
  }

  @Transactional(readOnly = true)
  PageSlice<AuditEntry> search(Filter filter, int page, int size) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new LinkedHashMap<>();
    if (filter.username() != null) {
      where.append(" AND username = :username");
      params.put("username", filter.username());
    }
    if (filter.patientId() != null) {
      where.append(" AND patient_id = :patient");
      params.put("patient", filter.patientId());
    }
    if (filter.kind() != null && !types.administration().isEmpty()) {
      where.append(filter.kind() == Kind.ACCOUNTS ? " AND resource_type IN (:administration)"
          : " AND resource_type NOT IN (:administration)");
      params.put("administration", types.administration());
    } else if (filter.kind() == Kind.ACCOUNTS) {
      where.append(" AND 1 = 0");
    }
    if (filter.day() != null) {
      where.append(" AND occurred_at >= :from AND occurred_at < :to");
      params.put("from", filter.day().atStartOfDay());
      params.put("to", filter.day().plusDays(1).atStartOfDay());
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM audit_event" + where).params(params).query(Long.class).single();
    List<AuditEntry> items = jdbc.sql("""
            SELECT id, occurred_at, username, actor_kind, organisation_id, action, resource_type, resource_id, patient_id,
                   detail, client_address
            FROM audit_event""" + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
        .params(params)
        .param("limit", size)
        .param("offset", (long) page * size)
        .query(AuditEntry.class)
        .list();
    return new PageSlice<>(items, page, size, total);
  }
}

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

  /** What to look for; {@code patientId} is resolved from the MRN the administrator typed. */
  record Filter(String username, String mrn, Long patientId, LocalDate day, Kind kind) {}

  /**
   * One entry: a single patient's ({@code patientId}) or a view listing {@code patientCount} patients, whose MRNs
   * come with the page.
   */
  record AuditEntry(long id, LocalDateTime occurredAt, String username, String actorKind, Long organisationId,
      String action, String resourceType, String resourceId, Long patientId, int patientCount, String detail,
      String clientAddress) {}

  private final JdbcClient jdbc;
  private final AuditTypes types;

  AuditQueries(JdbcClient jdbc, AuditTypes types) {
    this.jdbc = jdbc;
    this.types = types;
  }

  /** Entries of one organisation, newest first. */
  @Transactional(readOnly = true)
  PageSlice<AuditEntry> search(long organisationId, Filter filter, int page, int size) {
    StringBuilder where = new StringBuilder(" WHERE e.organisation_id = :org");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("org", organisationId);
    if (filter.username() != null) {
      where.append(" AND e.username = :username");
      params.put("username", filter.username());
    }
    if (filter.mrn() != null && filter.patientId() == null) {
      where.append(" AND 1 = 0"); // an MRN unknown in the organisation matches nothing
    } else if (filter.patientId() != null) {
      where.append(" AND (e.patient_id = :patient OR EXISTS (SELECT 1 FROM audit_event_patient ap"
          + " WHERE ap.event_id = e.id AND ap.patient_id = :patient))");
      params.put("patient", filter.patientId());
    }
    if (filter.kind() != null && !types.administration().isEmpty()) {
      where.append(filter.kind() == Kind.ACCOUNTS ? " AND e.resource_type IN (:administration)"
          : " AND e.resource_type NOT IN (:administration)");
      params.put("administration", types.administration());
    } else if (filter.kind() == Kind.ACCOUNTS) {
      where.append(" AND 1 = 0");
    }
    if (filter.day() != null) {
      where.append(" AND e.occurred_at >= :from AND e.occurred_at < :to");
      params.put("from", filter.day().atStartOfDay());
      params.put("to", filter.day().plusDays(1).atStartOfDay());
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM audit_event e" + where).params(params).query(Long.class).single();
    List<AuditEntry> items = jdbc.sql("""
            SELECT e.id, e.occurred_at, e.username, e.actor_kind, e.organisation_id, e.action, e.resource_type,
                   e.resource_id, e.patient_id,
                   CASE WHEN e.patient_id IS NOT NULL THEN 1
                        ELSE (SELECT COUNT(*) FROM audit_event_patient ap WHERE ap.event_id = e.id) END
                     AS patient_count,
                   e.detail, e.client_address
            FROM audit_event e""" + where + " ORDER BY e.id DESC LIMIT :limit OFFSET :offset")
        .params(params)
        .param("limit", size)
        .param("offset", (long) page * size)
        .query(AuditEntry.class)
        .list();
    return new PageSlice<>(items, page, size, total);
  }

  /** The patients of each entry of a page: its own patient, or those of the view it records. */
  @Transactional(readOnly = true)
  Map<Long, List<Long>> patients(List<AuditEntry> entries) {
    Map<Long, List<Long>> byEntry = new LinkedHashMap<>();
    List<Long> views = new java.util.ArrayList<>();
    for (AuditEntry e : entries) {
      if (e.patientId() != null) {
        byEntry.put(e.id(), List.of(e.patientId()));
      } else if (e.patientCount() > 0) {
        views.add(e.id());
      }
    }
    if (!views.isEmpty()) {
      jdbc.sql("SELECT event_id, patient_id FROM audit_event_patient WHERE event_id IN (:ids) ORDER BY patient_id")
          .param("ids", views)
          .query(rs -> {
            byEntry.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getLong(2));
          });
    }
    return byEntry;
  }
}

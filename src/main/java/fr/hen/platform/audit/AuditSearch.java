package fr.hen.platform.audit;

import fr.hen.platform.AuditLog;
import fr.hen.platform.HenUser;
import fr.hen.platform.PageSlice;
import fr.hen.platform.PatientIdentifiers;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log as an administrator reads it: the entries of their own organisation, filtered by MRN (resolved
 * within the organisation), each with the MRNs of the patients it concerns.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
class AuditSearch {

  /** One entry as shown: the patients by MRN (a view of a list names all it showed). */
  record AuditRow(long id, LocalDateTime occurredAt, String username, String actorKind, Long organisationId,
      String action, String resourceType, String resourceId, int patientCount, List<String> patients, String detail,
      String clientAddress) {}

  private final AuditQueries queries;
  private final ObjectProvider<PatientIdentifiers> identifiers;
  private final AuditLog audit;

  AuditSearch(AuditQueries queries, ObjectProvider<PatientIdentifiers> identifiers, AuditLog audit) {
    this.queries = queries;
    this.identifiers = identifiers;
    this.audit = audit;
  }

  /** A page of entries; the patients it shows by MRN make it a read of their data, audited as such. */
  @Transactional
  public PageSlice<AuditRow> search(HenUser admin, String username, String mrn, LocalDate day,
      AuditQueries.Kind kind, int page, int size) {
    long org = admin.organisationId();
    String typed = mrn == null || mrn.isBlank() ? null : mrn.trim();
    Long patientId = typed == null ? null : patientIds().flatMap(p -> p.idOf(org, typed)).orElse(null);
    PageSlice<AuditQueries.AuditEntry> entries = queries.search(org,
        new AuditQueries.Filter(username == null || username.isBlank() ? null : username.trim(), typed, patientId,
            day, kind), page, size);
    Map<Long, List<Long>> patients = queries.patients(entries.items());
    List<Long> shown = patients.values().stream().flatMap(Collection::stream).distinct().toList();
    Map<Long, String> mrns = mrns(org, shown);
    audit.recordRead(admin, "AuditLog", List.copyOf(mrns.keySet()), "audit log view");
    List<AuditRow> rows = entries.items().stream().map(e -> new AuditRow(e.id(), e.occurredAt(), e.username(),
        e.actorKind(), e.organisationId(), e.action(), e.resourceType(), e.resourceId(), e.patientCount(),
        patients.getOrDefault(e.id(), List.of()).stream().map(id -> mrns.getOrDefault(id, "#" + id)).toList(),
        e.detail(), e.clientAddress())).toList();
    return new PageSlice<>(rows, entries.page(), entries.size(), entries.total());
  }

  private Optional<PatientIdentifiers> patientIds() {
    return Optional.ofNullable(identifiers.getIfAvailable());
  }

  private Map<Long, String> mrns(long org, List<Long> ids) {
    return ids.isEmpty() ? Map.of() : patientIds().map(p -> p.mrns(org, ids)).orElse(Map.of());
  }
}

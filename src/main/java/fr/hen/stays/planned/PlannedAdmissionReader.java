package fr.hen.stays.planned;

import fr.hen.platform.Actor;
import fr.hen.platform.AuditLog;
import fr.hen.platform.PageSlice;
import fr.hen.stays.PlannedAdmissions.PlannedAdmission;
import fr.hen.stays.StaysAuditTypes;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The queue of planned admissions of the user's hospital, a page at a time; the patients shown are audited. */
@Service
class PlannedAdmissionReader {

  private static final String FILTERS = "\n" + """
       AND (CAST(:status AS VARCHAR(12)) IS NULL OR pa.status = :status)
       AND (CAST(:from AS DATE) IS NULL OR pa.planned_date >= :from)
       AND (CAST(:to AS DATE) IS NULL OR pa.planned_date <= :to)
       AND (CAST(:unit AS VARCHAR(20)) IS NULL OR u.code = :unit)
       AND (:withoutBed = FALSE OR pa.reserved_bed_id IS NULL)
       AND (CAST(:search AS VARCHAR(100)) IS NULL OR UPPER(pa.family_name) LIKE :search OR UPPER(pa.mrn) LIKE :search)""";

  private final JdbcClient jdbc;
  private final AuditLog audit;

  PlannedAdmissionReader(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  @Transactional
  @PreAuthorize("hasAnyRole('BED_MANAGER', 'DISCHARGE_COORDINATOR', 'PHYSICIAN')")
  public PageSlice<PlannedAdmission> list(Actor actor, PlannedAdmissionFilter filter, int page, int size) {
    long org = actor.organisationId();
    String search = filter.search() == null || filter.search().isBlank() ? null
        : filter.search().trim().toUpperCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
    String unit = filter.unit() == null || filter.unit().isBlank() ? null : filter.unit();
    String status = filter.status() == null ? null : filter.status().name();
    long total = jdbc.sql("SELECT COUNT(*) FROM planned_admission pa LEFT JOIN unit u ON u.id = pa.unit_id"
            + " WHERE pa.organisation_id = :org" + FILTERS)
        .param("org", org).param("status", status).param("from", filter.from()).param("to", filter.to())
        .param("unit", unit).param("withoutBed", filter.withoutBed()).param("search", search)
        .query(Long.class).single();
    List<PlannedAdmission> items = total <= (long) page * size ? List.of()
        : jdbc.sql(PlannedAdmissionRepository.SELECT + FILTERS + " ORDER BY " + filter.orderBy()
                + " LIMIT :limit OFFSET :offset")
            .param("org", org).param("status", status).param("from", filter.from()).param("to", filter.to())
            .param("unit", unit).param("withoutBed", filter.withoutBed()).param("search", search)
            .param("limit", size).param("offset", (long) page * size)
            .query(PlannedAdmissionRepository::admission).list();
    List<Long> patients = items.stream().filter(a -> a.plan().patient() != null)
        .map(a -> jdbc.sql("SELECT id FROM patient WHERE organisation_id = :org AND mrn = :mrn")
            .param("org", org).param("mrn", a.plan().patient().mrn()).query(Long.class).optional().orElse(null))
        .filter(Objects::nonNull).toList();
    audit.recordRead(actor, StaysAuditTypes.PLANNED_ADMISSION, patients, "planned admissions");
    return new PageSlice<>(items, page, size, total);
  }
}

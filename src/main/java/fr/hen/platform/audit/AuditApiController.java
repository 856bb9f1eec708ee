package fr.hen.platform.audit;

import fr.hen.platform.PageSlice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log as JSON, for administrators: the same entries and filters as the audit page. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Administration", description = "Accounts and the audit log (administrators)")
class AuditApiController {

  private final AuditQueries queries;

  AuditApiController(AuditQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/api/v1/audit")
  @Operation(summary = "Audit entries, newest first, by user, patient, day (yyyy-MM-dd) and kind (paged, up to 200)")
  PageSlice<AuditQueries.AuditEntry> search(@RequestParam(required = false) String username,
      @RequestParam(required = false) Long patient,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      @RequestParam(required = false) AuditQueries.Kind kind, @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return queries.search(new AuditQueries.Filter(username == null || username.isBlank() ? null : username.trim(),
        patient, day, kind), PageSlice.clampPage(page), PageSlice.clampSize(size));
  }
}

package fr.hen.platform.audit;

import fr.hen.platform.HenUser;
import fr.hen.platform.PageSlice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log as JSON, for administrators: the same entries and filters as the audit page. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Administration", description = "Accounts and the audit log (administrators)")
class AuditApiController {

  private final AuditSearch audit;

  AuditApiController(AuditSearch audit) {
    this.audit = audit;
  }

  @GetMapping("/api/v1/audit")
  @Operation(summary = "Audit entries of the administrator's organisation, newest first, by user, patient's MRN, "
      + "day (yyyy-MM-dd) and kind (paged, up to 200)", description = "An entry concerns one patient or records a "
      + "view of a list (stays list, bed board): patient_count and patients (MRNs) say which patients it showed.")
  PageSlice<AuditSearch.AuditRow> search(@AuthenticationPrincipal HenUser admin,
      @RequestParam(required = false) String username, @RequestParam(required = false) String mrn,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      @RequestParam(required = false) AuditQueries.Kind kind, @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return audit.search(admin, username, mrn, day, kind, PageSlice.clampPage(page), PageSlice.clampSize(size));
  }
}

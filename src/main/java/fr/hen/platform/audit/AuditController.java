package fr.hen.platform.audit;

import fr.hen.platform.OrganisationNames;
import fr.hen.platform.PageSlice;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log, for administrators: newest first, filtered by user, patient, day and kind of resource. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

  private final AuditQueries queries;
  private final OrganisationNames organisations;
  private final AuditTypes types;

  AuditController(AuditQueries queries, OrganisationNames organisations, AuditTypes types) {
    this.queries = queries;
    this.organisations = organisations;
    this.types = types;
  }

  @GetMapping("/admin/audit")
  String list(@RequestParam(required = false) String username, @RequestParam(required = false) Long patient,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      @RequestParam(required = false) AuditQueries.Kind kind, @RequestParam(required = false) Integer page,
      Model model) {
    AuditQueries.Filter filter = new AuditQueries.Filter(blankToNull(username), patient, day, kind);
    model.addAttribute("filter", filter);
    model.addAttribute("kinds", AuditQueries.Kind.values());
    model.addAttribute("administrationTypes", String.join(", ", types.administration()));
    PageSlice<AuditQueries.AuditEntry> events = queries.search(filter, PageSlice.clampPage(page), 50);
    model.addAttribute("events", events);
    model.addAttribute("organisations", organisations.byIds(events.items().stream()
        .map(AuditQueries.AuditEntry::organisationId).filter(Objects::nonNull).collect(Collectors.toSet())));
    return "platform/audit";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}

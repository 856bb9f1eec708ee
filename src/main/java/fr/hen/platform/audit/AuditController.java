package fr.hen.platform.audit;

import fr.hen.platform.HenUser;
import fr.hen.platform.OrganisationNames;
import fr.hen.platform.PageSlice;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log, for administrators: their organisation's entries, newest first, filtered by user, patient (MRN), day
 * and kind of resource.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

  private final AuditSearch audit;
  private final OrganisationNames organisations;
  private final AuditTypes types;

  AuditController(AuditSearch audit, OrganisationNames organisations, AuditTypes types) {
    this.audit = audit;
    this.organisations = organisations;
    this.types = types;
  }

  @GetMapping("/admin/audit")
  String list(@AuthenticationPrincipal HenUser admin, @RequestParam(required = false) String username,
      @RequestParam(required = false) String mrn,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      @RequestParam(required = false) AuditQueries.Kind kind, @RequestParam(required = false) Integer page,
      Model model) {
    model.addAttribute("filter", new AuditQueries.Filter(blankToNull(username), blankToNull(mrn), null, day, kind));
    model.addAttribute("kinds", AuditQueries.Kind.values());
    model.addAttribute("administrationTypes", String.join(", ", types.administration()));
    PageSlice<AuditSearch.AuditRow> events = audit.search(admin, username, mrn, day, kind,
        PageSlice.clampPage(page), 50);
    model.addAttribute("events", events);
    model.addAttribute("organisations", organisations.byIds(events.items().stream()
        .map(AuditSearch.AuditRow::organisationId).filter(Objects::nonNull).collect(Collectors.toSet())));
    return "platform/audit";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}

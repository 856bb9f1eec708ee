package fr.hen.adt.monitor;

import fr.hen.platform.ConflictException;
import fr.hen.platform.HenUser;
import fr.hen.platform.InvalidFieldException;
import fr.hen.platform.NotFoundException;
import fr.hen.platform.PageSlice;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The integration monitor's pages: {@code /adt/messages} (list, counts, aliases), a message's page, and the
 * announced movements not done yet ({@code /adt/pending}).
 */
@Controller
class MonitorPageController {

  private static final List<String> STATUSES = List.of("PROCESSED", "WAITING", "ERROR", "REJECTED");

  private final IntegrationMonitor monitor;
  private final AnnouncedMovements announced;

  MonitorPageController(IntegrationMonitor monitor, AnnouncedMovements announced) {
    this.monitor = monitor;
    this.announced = announced;
  }

  @GetMapping("/adt/messages")
  String list(@AuthenticationPrincipal HenUser user, @RequestParam(required = false) String status,
      @RequestParam(required = false) String event, @RequestParam(required = false) String visit,
      @RequestParam(required = false) Integer page, Model model) {
    String s = status == null || !STATUSES.contains(status.toUpperCase(Locale.ROOT)) ? null
        : status.toUpperCase(Locale.ROOT);
    PageSlice<AdtMessageView> messages = monitor.messages(user, s, event, visit, false, PageSlice.clampPage(page),
        PageSlice.DEFAULT_SIZE);
    model.addAttribute("messages", messages);
    model.addAttribute("counts", monitor.counts(user));
    model.addAttribute("statuses", STATUSES);
    model.addAttribute("status", s);
    model.addAttribute("event", event);
    model.addAttribute("visit", visit);
    model.addAttribute("aliases", monitor.aliases(user));
    return "adt/messages";
  }

  @GetMapping("/adt/messages/{id}")
  String message(@AuthenticationPrincipal HenUser user, @PathVariable long id, Model model) {
    AdtMessageView m = monitor.message(user, id);
    model.addAttribute("m", m);
    model.addAttribute("segments", m.raw() == null ? List.of() : List.of(m.raw().split("\r")));
    model.addAttribute("ackSegments", m.ack() == null ? List.of() : List.of(m.ack().split("\r")));
    return "adt/message";
  }

  @GetMapping("/adt/pending")
  String pending(@AuthenticationPrincipal HenUser user, @RequestParam(required = false) String kind,
      @RequestParam(required = false) Integer page, Model model) {
    String k = kind == null ? null : kind.toUpperCase(Locale.ROOT);
    k = k != null && AnnouncedMovements.KINDS.contains(k) ? k : null;
    model.addAttribute("pending", announced.open(user, k, PageSlice.clampPage(page)));
    model.addAttribute("kinds", AnnouncedMovements.KINDS);
    model.addAttribute("kind", k);
    return "adt/pending";
  }

  @PostMapping("/adt/messages/{id}/replay")
  String replay(@AuthenticationPrincipal HenUser user, @PathVariable long id, RedirectAttributes redirect) {
    try {
      AdtMessageView after = monitor.replay(user, id);
      redirect.addFlashAttribute("message", "PROCESSED".equals(after.status()) ? "adt.replay.done"
          : "adt.replay.failed");
    } catch (ConflictException e) {
      redirect.addFlashAttribute("flashError", "adt.replay.processed");
    }
    return "redirect:/adt/messages/" + id;
  }

  @PostMapping("/adt/aliases")
  @PreAuthorize("hasRole('ADMIN')")
  String addAlias(@AuthenticationPrincipal HenUser user, @RequestParam(required = false) String alias,
      RedirectAttributes redirect) {
    try {
      monitor.addAlias(user, alias);
      redirect.addFlashAttribute("message", "adt.alias.added");
    } catch (InvalidFieldException e) {
      redirect.addFlashAttribute("flashError", "adt.alias.invalid");
    } catch (ConflictException e) {
      redirect.addFlashAttribute("flashError", "adt.alias.taken");
    }
    return "redirect:/adt/messages#aliases";
  }

  @PostMapping("/adt/aliases/{alias}/delete")
  @PreAuthorize("hasRole('ADMIN')")
  String removeAlias(@AuthenticationPrincipal HenUser user, @PathVariable String alias,
      RedirectAttributes redirect) {
    try {
      monitor.removeAlias(user, alias);
      redirect.addFlashAttribute("message", "adt.alias.removed");
    } catch (NotFoundException e) {
      redirect.addFlashAttribute("flashError", "adt.alias.unknown");
    }
    return "redirect:/adt/messages#aliases";
  }
}

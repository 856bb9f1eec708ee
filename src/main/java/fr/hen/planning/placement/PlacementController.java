package fr.hen.planning.placement;

import fr.hen.platform.ConflictException;
import fr.hen.platform.HenUser;
import fr.hen.platform.InvalidFieldException;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The bed manager's placement page: start, follow, stop, then accept or change the suggestions. */
@Controller
@RequestMapping("/placement")
@PreAuthorize("hasRole('BED_MANAGER')")
class PlacementController {

  private final PlacementService service;

  PlacementController(PlacementService service) {
    this.service = service;
  }

  @GetMapping
  String page(@AuthenticationPrincipal HenUser user, Model model) {
    model.addAttribute("placement", service.view(user));
    return "planning/placement";
  }

  /** The progress panel alone, polled by the page while the optimisation runs. */
  @GetMapping("/progress")
  String progress(@AuthenticationPrincipal HenUser user, Model model) {
    model.addAttribute("placement", service.view(user));
    return "planning/placement :: progress";
  }

  @PostMapping("/solve")
  String solve(@AuthenticationPrincipal HenUser user, @RequestParam(defaultValue = "false") boolean transfers,
      RedirectAttributes redirect) {
    try {
      service.start(user, transfers);
    } catch (ConflictException e) {
      redirect.addFlashAttribute("flashError", "placement.error." + e.code());
    }
    return "redirect:/placement";
  }

  @PostMapping("/stop")
  String stop(@AuthenticationPrincipal HenUser user) {
    service.stop(user);
    return "redirect:/placement";
  }

  @PostMapping("/suggestions/{id}/accept")
  String accept(@AuthenticationPrincipal HenUser user, @PathVariable long id, RedirectAttributes redirect) {
    try {
      service.accept(user, id, null);
      redirect.addFlashAttribute("message", "placement.accepted");
    } catch (ConflictException e) {
      redirect.addFlashAttribute("flashError", "placement.error." + e.code());
    }
    return "redirect:/placement";
  }

  @PostMapping("/accept-all")
  String acceptAll(@AuthenticationPrincipal HenUser user, RedirectAttributes redirect) {
    Map<Long, String> refused = service.acceptAll(user);
    redirect.addFlashAttribute(refused.isEmpty() ? "message" : "flashError",
        refused.isEmpty() ? "placement.acceptedAll" : "placement.error.someRefused");
    return "redirect:/placement";
  }

  @PostMapping("/suggestions/{id}/bed")
  String choose(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @RequestParam(required = false) Long bedId, RedirectAttributes redirect) {
    try {
      service.choose(user, id, bedId);
      redirect.addFlashAttribute("message", "placement.changed");
    } catch (ConflictException e) {
      redirect.addFlashAttribute("flashError", "placement.error." + e.code());
    } catch (InvalidFieldException e) {
      redirect.addFlashAttribute("flashError", "placement.error.bedDoesNotSuit");
    }
    return "redirect:/placement";
  }
}

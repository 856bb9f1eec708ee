package fr.hen.platform.web;

import fr.hen.platform.FirstRun;
import fr.hen.platform.HenUser;
import fr.hen.platform.OrganisationNames;
import fr.hen.platform.Role;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Sign-in page and the home page, whose shortcuts depend on the user's roles. */
@Controller
class HomeController {

  /** A shortcut on the home page: message keys for title and text, and the target path. */
  record Shortcut(String titleKey, String textKey, String href) {}

  private final OrganisationNames organisations;
  private final FirstRun firstRun;

  HomeController(OrganisationNames organisations, FirstRun firstRun) {
    this.organisations = organisations;
    this.firstRun = firstRun;
  }

  @GetMapping("/login")
  String login(Model model) {
    model.addAttribute("setupPending", firstRun.pending());
    return "platform/login";
  }

  @GetMapping("/")
  String home(@AuthenticationPrincipal HenUser user, Model model) {
    model.addAttribute("organisation", organisations.find(user.organisationId()).orElse(null));
    model.addAttribute("roles", user.roles());
    model.addAttribute("shortcuts", shortcuts(user));
    return "platform/home";
  }

  static List<Shortcut> shortcuts(HenUser user) {
    List<Shortcut> list = new ArrayList<>();
    if (user.has(Role.BED_MANAGER) || user.has(Role.DISCHARGE_COORDINATOR) || user.has(Role.PHYSICIAN)) {
      list.add(new Shortcut("home.board.title", "home.board.text", "/beds"));
      list.add(new Shortcut("home.stays.title", "home.stays.text", "/stays"));
    }
    if (user.has(Role.BED_MANAGER)) {
      list.add(new Shortcut("home.admit.title", "home.admit.text", "/stays/new"));
    }
    list.add(new Shortcut("home.directory.title", "home.directory.text", "/organisations"));
    if (user.has(Role.PARTNER_COORDINATOR)) {
      list.add(new Shortcut("home.profile.title", "home.profile.text", "/organisations/mine"));
    }
    if (user.has(Role.NETWORK_COORDINATOR) || user.has(Role.QUALITY_MANAGER)) {
      list.add(new Shortcut("home.network.title", "home.network.text", "/network/beds"));
    }
    if (user.has(Role.NETWORK_COORDINATOR)) {
      list.add(new Shortcut("home.onboard.title", "home.onboard.text", "/organisations/new"));
    }
    if (user.has(Role.ADMIN)) {
      list.add(new Shortcut("home.units.title", "home.units.text", "/units"));
      list.add(new Shortcut("home.users.title", "home.users.text", "/admin/users"));
      list.add(new Shortcut("home.audit.title", "home.audit.text", "/admin/audit"));
    }
    return list;
  }
}

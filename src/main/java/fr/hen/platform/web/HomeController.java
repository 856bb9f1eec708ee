package fr.hen.platform.web;

import fr.hen.platform.FirstRun;
import fr.hen.platform.HenUser;
import fr.hen.platform.OrganisationNames;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-in page and the home page, whose cards are those the modules contribute for the user's roles. */
@Controller
class HomeController {

  private final OrganisationNames organisations;
  private final FirstRun firstRun;
  private final SiteNavigation navigation;

  HomeController(OrganisationNames organisations, FirstRun firstRun, SiteNavigation navigation) {
    this.organisations = organisations;
    this.firstRun = firstRun;
    this.navigation = navigation;
  }

  /** The sign-in page; {@code throttled} is the wait in seconds after too many attempts (a number, or ignored). */
  @GetMapping("/login")
  String login(@RequestParam(required = false) String throttled, Model model) {
    model.addAttribute("setupPending", firstRun.pending());
    if (throttled != null && throttled.matches("[0-9]{1,6}")) {
      model.addAttribute("throttledSeconds", Integer.parseInt(throttled));
    }
    return "platform/login";
  }

  @GetMapping("/")
  String home(@AuthenticationPrincipal HenUser user, Model model) {
    model.addAttribute("organisation", organisations.find(user.organisationId()).orElse(null));
    model.addAttribute("roles", user.roles());
    model.addAttribute("shortcuts", navigation.shortcutsFor(user.roles()));
    return "platform/home";
  }
}

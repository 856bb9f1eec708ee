package fr.hen.discharge.matching;

import fr.hen.discharge.matching.PartnerMatching.Matches;
import fr.hen.network.Capability;
import fr.hen.network.OrganisationDirectory;
import fr.hen.network.OrganisationType;
import fr.hen.platform.HenUser;
import fr.hen.platform.PageSlice;
import fr.hen.stays.StayStatus;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The partners page of a stay: the ranked matches with their reasons, the under-solicited band, and the form that
 * sends the referral file to the partners ticked ({@code POST /referrals}, handled by the referrals' part, which
 * comes back here with the flash attributes {@code referralErrors}, {@code referralSummary} and
 * {@code referralPartnerCodes} when it refused the send).
 */
@Controller
class MatchPageController {

  private final PartnerMatching matching;
  private final MatchViews views;
  private final OrganisationDirectory directory;

  MatchPageController(PartnerMatching matching, MatchViews views, OrganisationDirectory directory) {
    this.matching = matching;
    this.views = views;
    this.directory = directory;
  }

  @GetMapping("/stays/{id}/partners")
  String partners(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @RequestParam(required = false) OrganisationType type, @RequestParam(required = false) Integer page,
      Model model) {
    Matches matches = matching.forStay(user, id, type);
    PageSlice<PartnerMatch> slice = PageSlice.of(matches.ranking().matches(), PageSlice.clampPage(page),
        PageSlice.DEFAULT_SIZE);
    Map<String, String> labels = directory.capabilities().stream()
        .collect(Collectors.toMap(Capability::code, Capability::label, (a, b) -> a));
    model.addAttribute("stay", matches.stay());
    model.addAttribute("inHospital", matches.stay().status() == StayStatus.IN_HOSPITAL);
    model.addAttribute("needs", matches.plan().needs().stream().map(c -> labels.getOrDefault(c, c)).toList());
    model.addAttribute("destinationType", matches.plan().destinationType());
    model.addAttribute("home", matches.plan().home());
    model.addAttribute("lackingCapabilities", matches.ranking().lackingCapabilities());
    model.addAttribute("prospects", matches.ranking().prospects());
    model.addAttribute("types", matches.types().stream().map(Enum::name).sorted().toList());
    model.addAttribute("dac", type == OrganisationType.DAC);
    model.addAttribute("homeLocated", matches.homeLocated());
    model.addAttribute("band", views.lines(matches.ranking().underSolicited()));
    model.addAttribute("matches", new PageSlice<>(views.lines(slice.items()), slice.page(), slice.size(),
        slice.total()));
    model.addAttribute("formKey", UUID.randomUUID().toString());
    if (!model.containsAttribute("referralPartnerCodes")) {
      model.addAttribute("referralPartnerCodes", List.of());
    }
    return "discharge/partners";
  }
}

package fr.hen.network.web;

import fr.hen.network.CapacityStatus;
import fr.hen.network.DirectorySort;
import fr.hen.network.GeoPoint;
import fr.hen.network.OrganisationDirectory;
import fr.hen.network.OrganisationProfile;
import fr.hen.network.OrganisationQuery;
import fr.hen.network.OrganisationSearch;
import fr.hen.network.OrganisationType;
import fr.hen.network.PartnerSelfService;
import fr.hen.network.PartnershipStatus;
import fr.hen.network.UnknownPlaceException;
import fr.hen.platform.HenUser;
import fr.hen.platform.NotFoundException;
import fr.hen.platform.PageSlice;
import fr.hen.platform.Role;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/** Directory pages: the search with live results, an organisation's page, and the user's own organisation. */
@Controller
class DirectoryPageController {

  private final OrganisationDirectory directory;
  private final OrganisationSearch search;
  private final Clock clock;

  DirectoryPageController(OrganisationDirectory directory, OrganisationSearch search, Clock clock) {
    this.directory = directory;
    this.search = search;
    this.clock = clock;
  }

  @GetMapping("/organisations")
  String directory(@ModelAttribute("filter") DirectoryFilter filter,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
    GeoPoint near = referencePoint(filter, model);
    PageSlice<OrganisationProfile> slice = search.search(new OrganisationQuery(filter.type(), filter.capability(),
        filter.status(), filter.q(), false, near, filter.sortOrNull(), PageSlice.clampPage(filter.page()),
        PageSlice.DEFAULT_SIZE));
    model.addAttribute("slice", slice);
    LocalDateTime now = LocalDateTime.now(clock);
    model.addAttribute("entries", slice.items().stream()
        .map(o -> DirectoryEntry.of(o, blankToNull(filter.capability()), now)).toList());
    model.addAttribute("byDistance", near != null && (filter.sortOrNull() == null
        || filter.sortOrNull() == DirectorySort.DISTANCE));
    if (htmx != null) {
      return "network/directory :: results";
    }
    model.addAttribute("types", OrganisationType.values());
    model.addAttribute("statuses", PartnershipStatus.values());
    model.addAttribute("sorts", DirectorySort.values());
    model.addAttribute("capabilities", directory.capabilities());
    model.addAttribute("hospitals", directory.hospitals());
    return "network/directory";
  }

  @GetMapping("/organisations/mine")
  String mine(@AuthenticationPrincipal HenUser user) {
    OrganisationProfile mine = directory.findById(user.organisationId())
        .orElseThrow(() -> new NotFoundException("Organisation", user.organisationId()));
    return "redirect:/organisations/" + mine.code();
  }

  @GetMapping("/organisations/{code}")
  String organisation(@PathVariable String code, @AuthenticationPrincipal HenUser user, Model model) {
    OrganisationProfile organisation = directory.get(code);
    model.addAttribute("organisation", organisation);
    model.addAttribute("mayEdit", user.has(Role.NETWORK_COORDINATOR) || user.has(Role.ADMIN));
    boolean mayDeclare = PartnerSelfService.mayManage(user, organisation.id());
    model.addAttribute("mayDeclare", mayDeclare);
    if (mayDeclare && !model.containsAttribute("capacityForm")) {
      model.addAttribute("capacityForm", CapacityForm.of(directory.capabilities(), organisation));
    }
    if (mayDeclare && !model.containsAttribute("contactsForm")) {
      model.addAttribute("contactsForm", ContactsForm.of(organisation));
    }
    model.addAttribute("capacityStatuses", CapacityStatus.values());
    // Onboarding (notify part): invite the coordinator, activate a prospect's partnership.
    boolean mayEdit = user.has(Role.NETWORK_COORDINATOR) || user.has(Role.ADMIN);
    if (mayEdit && !model.containsAttribute("invitationForm")) {
      model.addAttribute("invitationForm", new OnboardingFormController.InvitationForm());
    }
    if (mayEdit && !model.containsAttribute("partnershipForm")) {
      model.addAttribute("partnershipForm", new OnboardingFormController.PartnershipForm());
    }
    return "network/organisation";
  }

  /**
   * The point distances are measured from: the town, postcode or coordinates typed in {@code near} (one that cannot
   * be found is said on the field, {@code nearError}, and the results come without distances), else the hospital
   * chosen in {@code from} (none when it is unknown or has no coordinates).
   */
  private GeoPoint referencePoint(DirectoryFilter filter, Model model) {
    if (filter.near() != null) {
      try {
        return search.locate(filter.near());
      } catch (UnknownPlaceException e) {
        model.addAttribute("nearError", e);
        return null;
      }
    }
    return filter.from() == null ? null : directory.findByCode(filter.from())
        .filter(OrganisationProfile::hasCoordinates).map(o -> new GeoPoint(o.latitude(), o.longitude()))
        .orElse(null);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}

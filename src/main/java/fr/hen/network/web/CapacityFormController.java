package fr.hen.network.web;

import fr.hen.network.CapacityDeclaration;
import fr.hen.network.CapacityProblem;
import fr.hen.network.OrganisationDirectory;
import fr.hen.network.OrganisationProfile;
import fr.hen.network.PartnerSelfService;
import fr.hen.platform.HenUser;
import fr.hen.platform.InvalidFieldException;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Saves the capacity form of an organisation page (its partner coordinators, network coordinators, administrators).
 * Every line is checked first: a number that cannot be read, free places without places, and every rule of the
 * declaration are shown on their line, in the page's language, with the typed values, and nothing is saved.
 */
@Controller
class CapacityFormController {

  static final String ERRORS = "org.springframework.validation.BindingResult.capacityForm";

  /** Form properties of the declaration's (JSON) fields. */
  private static final Map<String, String> PROPERTIES = Map.of("capability", "capability", "places", "places",
      "free_places", "freePlaces", "capacity_status", "capacityStatus");

  private final OrganisationDirectory directory;
  private final PartnerSelfService partners;

  CapacityFormController(OrganisationDirectory directory, PartnerSelfService partners) {
    this.directory = directory;
    this.partners = partners;
  }

  @PostMapping("/organisations/{code}/capacity")
  String declareCapacity(@PathVariable String code, @AuthenticationPrincipal HenUser user,
      @ModelAttribute CapacityForm capacityForm, BindingResult errors, RedirectAttributes redirect) {
    OrganisationProfile organisation = directory.get(code);
    if (!PartnerSelfService.mayManage(user, organisation.id())) {
      throw new AccessDeniedException("Only the organisation's own coordinators may declare its capacity");
    }
    List<Integer> lines = capacityForm.offered();
    List<CapacityDeclaration> declarations = capacityForm.declarations();
    for (CapacityProblem problem : partners.capacityProblems(declarations)) {
      reject(errors, lines.get(problem.line()), problem);
    }
    if (!errors.hasErrors()) {
      try {
        partners.declareCapacity(user, code, declarations);
        redirect.addFlashAttribute("message", "network.capacity.saved");
        return "redirect:/organisations/" + code;
      } catch (InvalidFieldException e) { // the catalogue changed between the check and the save
        errors.reject("network.invalid", e.getMessage());
      }
    }
    redirect.addFlashAttribute("capacityForm", capacityForm);
    redirect.addFlashAttribute(ERRORS, errors);
    return "redirect:/organisations/" + code;
  }

  /** The problem on its row's field, unless that field already has an error (a number that could not be read). */
  private static void reject(BindingResult errors, int row, CapacityProblem problem) {
    String field = "rows[" + row + "]." + PROPERTIES.get(problem.field());
    if (!errors.hasFieldErrors(field)) {
      errors.rejectValue(field, problem.messageKey(), problem.arguments().toArray(), problem.message());
    }
  }
}

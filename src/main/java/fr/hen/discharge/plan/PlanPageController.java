package fr.hen.discharge.plan;

import fr.hen.discharge.Carer;
import fr.hen.discharge.ChecklistItem;
import fr.hen.discharge.DestinationType;
import fr.hen.discharge.Housing;
import fr.hen.network.OrganisationDirectory;
import fr.hen.platform.ConflictException;
import fr.hen.platform.HenUser;
import fr.hen.platform.InvalidFieldException;
import fr.hen.platform.NotFoundException;
import fr.hen.platform.PageSlice;
import fr.hen.platform.Role;
import fr.hen.stays.StayRoster;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The discharge tab of a stay ({@code /stays/{id}/discharge}): the plan form, the checklist and the history. */
@Controller
class PlanPageController {

  static final int HISTORY_SIZE = 20;

  /** API field names of the rules mapped to form fields. */
  private static final Map<String, String> FIELDS = Map.of("expected_discharge_date", "expectedDischargeDate",
      "edd_reason", "eddReason", "medically_ready_at", "medicallyReadyAt", "gir", "gir",
      "home_postcode", "homePostcode", "home_town", "homeTown", "needs", "needs");

  private final PlanService service;
  private final StayRoster roster;
  private final OrganisationDirectory directory;

  PlanPageController(PlanService service, StayRoster roster, OrganisationDirectory directory) {
    this.service = service;
    this.roster = roster;
    this.directory = directory;
  }

  @GetMapping("/stays/{id}/discharge")
  String tab(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @RequestParam(required = false) Integer page, Model model) {
    return render(user, id, PageSlice.clampPage(page), model);
  }

  @PostMapping("/stays/{id}/discharge/plan")
  String save(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @ModelAttribute("planForm") PlanForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        service.update(user, form.getFormKey(), form.command(id));
        redirect.addFlashAttribute("message", "dischargePlan.saved");
        return "redirect:/stays/" + id + "/discharge";
      } catch (PlanRuleViolation e) {
        String field = e.field().startsWith("needs[") ? "needs" : FIELDS.getOrDefault(e.field(), null);
        if (field == null) {
          errors.reject("dischargePlan.invalid." + e.rule(), e.getMessage());
        } else {
          errors.rejectValue(field, "dischargePlan.invalid." + e.rule(), e.getMessage());
        }
      } catch (InvalidFieldException e) {
        errors.reject("dischargePlan.invalid", e.getMessage());
      } catch (ConflictException e) {
        errors.reject("dischargePlan.conflict." + e.code(), e.getMessage());
      }
    }
    return render(user, id, 0, model);
  }

  private String render(HenUser user, long id, int page, Model model) {
    StayRoster.RosterLine stay = roster.find(user, id).orElseThrow(() -> new NotFoundException("Stay", id));
    PlanService.Tab tab = service.tab(user, id, page, HISTORY_SIZE);
    model.addAttribute("stay", stay);
    model.addAttribute("plan", tab.plan());
    model.addAttribute("history", tab.history());
    if (!model.containsAttribute("planForm")) {
      model.addAttribute("planForm", PlanForm.of(tab.plan()));
    }
    model.addAttribute("physician", user.has(Role.PHYSICIAN));
    model.addAttribute("capabilities", directory.capabilities());
    model.addAttribute("carers", Carer.values());
    model.addAttribute("housings", Housing.values());
    model.addAttribute("destinationTypes", DestinationType.values());
    model.addAttribute("checklistItems", ChecklistItem.values());
    return "discharge/plan";
  }
}

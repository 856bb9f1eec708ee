package fr.hen.stays.stay;

import fr.hen.platform.ConflictException;
import fr.hen.platform.HenUser;
import fr.hen.platform.InvalidFieldException;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The discharge plan form of the stay page: expected discharge date and medically ready time. */
@Controller
class DischargePlanController {

  private static final Map<String, String> FIELDS = Map.of("expected_discharge_date", "expectedDischargeDate",
      "medically_ready_at", "medicallyReadyAt");

  private final StayService service;
  private final StayPage page;

  DischargePlanController(StayService service, StayPage page) {
    this.service = service;
    this.page = page;
  }

  @PostMapping("/stays/{id}/discharge-plan")
  String plan(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @ModelAttribute("planForm") DischargePlanForm form, BindingResult errors, Model model,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        service.planDischarge(user, id, form.getExpectedDischargeDate(), form.getMedicallyReadyAt());
        redirect.addFlashAttribute("message", "stays.planned");
        return "redirect:/stays/" + id;
      } catch (InvalidFieldException e) {
        errors.rejectValue(FIELDS.getOrDefault(e.field(), "expectedDischargeDate"),
            FieldRuleViolation.messageKey(e), e.getMessage());
      } catch (ConflictException e) {
        errors.reject("stays.conflict." + e.code(), e.getMessage());
      }
    }
    return page.render(user, id, model);
  }
}

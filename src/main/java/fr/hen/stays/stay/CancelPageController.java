package fr.hen.stays.stay;

import fr.hen.platform.ConflictException;
import fr.hen.platform.HenUser;
import fr.hen.platform.InvalidFieldException;
import fr.hen.stays.stay.MovementForms.CancelForm;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The stay page's forms cancelling a mistaken admission or discharge; an error shows on the form with the reason as
 * typed. The forms ask for confirmation in the browser ({@code data-confirm}); without JavaScript the server's rules
 * still apply.
 */
@Controller
class CancelPageController {

  private final StayService service;
  private final StayPage stayPage;

  CancelPageController(StayService service, StayPage stayPage) {
    this.service = service;
    this.stayPage = stayPage;
  }

  @PostMapping("/stays/{id}/cancel-admission")
  String cancelAdmission(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @ModelAttribute("cancelAdmissionForm") CancelForm form, BindingResult errors, Model model,
      RedirectAttributes redirect) {
    try {
      service.cancelAdmission(user, id, form.getReason());
      redirect.addFlashAttribute("message", "stays.admissionCancelled");
      return "redirect:/stays";
    } catch (InvalidFieldException e) {
      errors.rejectValue("reason", FieldRuleViolation.messageKey(e), e.getMessage());
    } catch (ConflictException e) {
      if ("admission-cancelled".equals(e.code())) { // a second submit: the stay is gone from the pages
        redirect.addFlashAttribute("message", "stays.admissionCancelled");
        return "redirect:/stays";
      }
      errors.reject("stays.conflict." + e.code(), e.getMessage());
    }
    return stayPage.render(user, id, model);
  }

  @PostMapping("/stays/{id}/cancel-discharge")
  String cancelDischarge(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @ModelAttribute("cancelDischargeForm") CancelForm form, BindingResult errors, Model model,
      RedirectAttributes redirect) {
    try {
      service.cancelDischarge(user, id, form.getReason());
      redirect.addFlashAttribute("message", "stays.dischargeCancelled");
      return "redirect:/stays/" + id;
    } catch (InvalidFieldException e) {
      errors.rejectValue("reason", FieldRuleViolation.messageKey(e), e.getMessage());
    } catch (ConflictException e) {
      // a message of its own where the general one would mislead ("choose another bed"), else the general one
      errors.addError(new ObjectError(errors.getObjectName(), new String[] {"stays.cancelDischarge.conflict."
          + e.code(), "stays.conflict." + e.code()}, null, e.getMessage()));
    }
    return stayPage.render(user, id, model);
  }
}

package fr.hen.network.web;

import fr.hen.network.NetworkSetup;
import fr.hen.network.OrganisationType;
import fr.hen.platform.ConflictException;
import fr.hen.platform.InvalidFieldException;
import fr.hen.platform.NotFoundException;
import jakarta.validation.Validator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** {@code /setup}: the first organisation and administrator of a new installation; 404 once done. */
@Controller
class SetupController {

  private final NetworkSetup setup;
  private final Validator validator;

  SetupController(NetworkSetup setup, Validator validator) {
    this.setup = setup;
    this.validator = validator;
  }

  @GetMapping("/setup")
  String form(Model model) {
    requirePending();
    model.addAttribute("setupForm", new SetupForm());
    return page(model);
  }

  @PostMapping("/setup")
  String complete(@ModelAttribute SetupForm setupForm, BindingResult errors, Model model) {
    requirePending();
    validator.validate(setupForm).forEach(v -> reject(errors, v.getPropertyPath().toString()
        .replace("passwordConfirmed", "passwordConfirmation"), v.getMessage()));
    validator.validate(setupForm.organisation()).forEach(v -> reject(errors, v.getPropertyPath().toString(),
        v.getMessage()));
    if (errors.hasErrors()) {
      return page(model);
    }
    try {
      setup.complete(setupForm.getSetupCode(), setupForm.organisation(), setupForm.administrator());
      return "redirect:/login?setup";
    } catch (InvalidFieldException e) {
      if ("setupCode".equals(e.field())) {
        errors.rejectValue("setupCode", "setup.code.wrong");
      } else {
        errors.rejectValue(e.field(), "network.invalid", e.getMessage());
      }
    } catch (ConflictException e) {
      errors.rejectValue("code", "network.code.taken");
    }
    return page(model);
  }

  private static void reject(BindingResult errors, String field, String message) {
    if (!errors.hasFieldErrors(field)) {
      errors.rejectValue(field, "network.invalid", message);
    }
  }

  private void requirePending() {
    if (!setup.pending()) {
      throw new NotFoundException("setup", "done");
    }
  }

  private static String page(Model model) {
    model.addAttribute("types", OrganisationType.values());
    return "network/setup";
  }
}

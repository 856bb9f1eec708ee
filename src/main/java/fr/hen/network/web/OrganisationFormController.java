package fr.hen.network.web;

import fr.hen.network.Contact;
import fr.hen.network.OrganisationData;
import fr.hen.network.OrganisationDirectory;
import fr.hen.network.OrganisationProfile;
import fr.hen.network.OrganisationType;
import fr.hen.network.PartnershipStatus;
import fr.hen.platform.ConflictException;
import fr.hen.platform.HenUser;
import fr.hen.platform.InvalidFieldException;
import jakarta.validation.Validator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Onboarding and editing organisations, and deactivating them. */
@Controller
class OrganisationFormController {

  private final OrganisationDirectory directory;
  private final Validator validator;

  OrganisationFormController(OrganisationDirectory directory, Validator validator) {
    this.directory = directory;
    this.validator = validator;
  }

  @GetMapping("/organisations/new")
  @PreAuthorize("hasAnyRole('NETWORK_COORDINATOR','ADMIN')")
  String newForm(Model model) {
    model.addAttribute("organisationForm", new OrganisationForm());
    return form(model, null);
  }

  @PostMapping("/organisations")
  String create(@AuthenticationPrincipal HenUser user, @ModelAttribute OrganisationForm organisationForm,
      BindingResult errors, Model model, RedirectAttributes redirect) {
    OrganisationData data = organisationForm.toData(List.of());
    if (!valid(data, errors)) {
      return form(model, null);
    }
    try {
      OrganisationProfile created = directory.create(user, data);
      redirect.addFlashAttribute("message", "network.created");
      return "redirect:/organisations/" + created.code();
    } catch (ConflictException e) {
      errors.rejectValue("code", "network.code.taken");
    } catch (InvalidFieldException e) {
      errors.rejectValue(e.field(), "network.invalid", e.getMessage());
    }
    return form(model, null);
  }

  @GetMapping("/organisations/{code}/edit")
  @PreAuthorize("hasAnyRole('NETWORK_COORDINATOR','ADMIN')")
  String editForm(@PathVariable String code, Model model) {
    model.addAttribute("organisationForm", OrganisationForm.of(directory.get(code)));
    return form(model, code);
  }

  @PostMapping("/organisations/{code}/edit")
  String update(@PathVariable String code, @AuthenticationPrincipal HenUser user,
      @ModelAttribute OrganisationForm organisationForm, BindingResult errors, Model model,
      RedirectAttributes redirect) {
    List<Contact> contacts = directory.get(code).contacts();
    OrganisationData data = organisationForm.toData(contacts);
    if (!valid(data, errors)) {
      return form(model, code);
    }
    try {
      OrganisationProfile saved = directory.update(user, code, data);
      redirect.addFlashAttribute("message", "network.saved");
      return "redirect:/organisations/" + saved.code();
    } catch (ConflictException e) {
      errors.rejectValue("code", "network.code.taken");
    } catch (InvalidFieldException e) {
      errors.rejectValue(e.field(), "network.invalid", e.getMessage());
    }
    return form(model, code);
  }

  @PostMapping("/organisations/{code}/deactivate")
  String deactivate(@PathVariable String code, @AuthenticationPrincipal HenUser user,
      RedirectAttributes redirect) {
    directory.deactivate(user, code);
    redirect.addFlashAttribute("message", "network.deactivated");
    return "redirect:/organisations/" + code;
  }

  /** Bean validation of the data, reported on the form's fields of the same names; true when valid. */
  private boolean valid(OrganisationData data, BindingResult errors) {
    validator.validate(data).forEach(v -> {
      String field = v.getPropertyPath().toString();
      if (!errors.hasFieldErrors(field)) {
        errors.rejectValue(field, "network.invalid", v.getMessage());
      }
    });
    return !errors.hasErrors();
  }

  private String form(Model model, String code) {
    model.addAttribute("code", code);
    model.addAttribute("types", OrganisationType.values());
    model.addAttribute("statuses", PartnershipStatus.values());
    return "network/form";
  }
}

package fr.hen.network.web;

import fr.hen.network.Contact;
import fr.hen.network.OrganisationDirectory;
import fr.hen.network.OrganisationProfile;
import fr.hen.network.PartnerSelfService;
import fr.hen.platform.HenUser;
import jakarta.validation.Validator;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Saves the contacts form of an organisation page (the organisation's partner coordinators, network coordinators,
 * administrators); on errors, the typed rows and their inline errors go back to the page.
 */
@Controller
class ContactsFormController {

  static final String ERRORS = "org.springframework.validation.BindingResult.contactsForm";

  private final OrganisationDirectory directory;
  private final PartnerSelfService partners;
  private final Validator validator;

  ContactsFormController(OrganisationDirectory directory, PartnerSelfService partners, Validator validator) {
    this.directory = directory;
    this.partners = partners;
    this.validator = validator;
  }

  @PostMapping("/organisations/{code}/contacts")
  String replaceContacts(@PathVariable String code, @AuthenticationPrincipal HenUser user,
      @ModelAttribute ContactsForm contactsForm, BindingResult errors, RedirectAttributes redirect) {
    OrganisationProfile organisation = directory.get(code);
    if (!PartnerSelfService.mayManage(user, organisation.id())) {
      throw new AccessDeniedException("Only the organisation's own coordinators may change its contacts");
    }
    List<Integer> kept = contactsForm.kept();
    List<Contact> contacts = contactsForm.contacts();
    for (int k = 0; k < contacts.size(); k++) {
      String row = "rows[" + kept.get(k) + "].";
      validator.validate(contacts.get(k)).forEach(v -> reject(errors, row + v.getPropertyPath(), v.getMessage()));
    }
    if (errors.hasErrors()) {
      redirect.addFlashAttribute("contactsForm", contactsForm);
      redirect.addFlashAttribute(ERRORS, errors);
    } else {
      partners.replaceContacts(user, code, contacts);
      redirect.addFlashAttribute("message", "network.contacts.saved");
    }
    return "redirect:/organisations/" + code;
  }

  private static void reject(BindingResult errors, String field, String message) {
    if (!errors.hasFieldErrors(field)) {
      errors.rejectValue(field, "network.invalid", message);
    }
  }
}

package fr.hen.network.web;

import fr.hen.network.PartnerOnboarding;
import fr.hen.network.PartnershipStatus;
import fr.hen.platform.ConflictException;
import fr.hen.platform.HenUser;
import fr.hen.platform.InvalidFieldException;
import fr.hen.platform.RequestKeys;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The onboarding forms of an organisation page (network coordinators, administrators): invite the coordinator by
 * e-mail (a hidden one-time key, so a double click invites once) and activate the partnership with its agreement
 * date. Errors go back to the page inline, with the typed values.
 */
@Controller
class OnboardingFormController {

  static final String INVITATION_ERRORS = "org.springframework.validation.BindingResult.invitationForm";
  static final String PARTNERSHIP_ERRORS = "org.springframework.validation.BindingResult.partnershipForm";

  /** The invitation form. */
  public static final class InvitationForm {
    String email;
    String fullName;
    String formKey = UUID.randomUUID().toString();

    public String getEmail() { return email; }
    public void setEmail(String v) { email = v == null ? null : v.trim(); }
    public String getFullName() { return fullName; }
    public void setFullName(String v) { fullName = v; }
    public String getFormKey() { return formKey; }
    public void setFormKey(String v) { formKey = v; }
  }

  /** The partnership form: the agreement date as typed (yyyy-MM-dd from a date input). */
  public static final class PartnershipForm {
    String agreementDate;

    public String getAgreementDate() { return agreementDate; }
    public void setAgreementDate(String v) { agreementDate = v; }
  }

  private final PartnerOnboarding onboarding;
  private final RequestKeys keys;

  OnboardingFormController(PartnerOnboarding onboarding, RequestKeys keys) {
    this.onboarding = onboarding;
    this.keys = keys;
  }

  @PostMapping("/organisations/{code}/invitations")
  String invite(@PathVariable String code, @AuthenticationPrincipal HenUser user,
      @ModelAttribute InvitationForm invitationForm, RedirectAttributes redirect) {
    BindingResult errors = new BeanPropertyBindingResult(invitationForm, "invitationForm");
    try {
      keys.once(user, invitationForm.formKey, "invite-form:" + code, invitationForm.email + "\n"
              + invitationForm.fullName, () -> onboarding.invite(user, code, invitationForm.email,
              invitationForm.fullName).id(), String::valueOf, Long::valueOf);
      redirect.addFlashAttribute("message", "network.invitation.sent");
    } catch (ConflictException e) {
      redirect.addFlashAttribute("flashError", "network.onboarding.conflict." + e.code());
    } catch (InvalidFieldException e) {
      errors.rejectValue(e.field().equals("full_name") ? "fullName" : "email",
          e.field().equals("full_name") ? "network.invitation.fullName.invalid" : "network.invitation.email.invalid");
      invitationForm.formKey = UUID.randomUUID().toString();
      redirect.addFlashAttribute("invitationForm", invitationForm);
      redirect.addFlashAttribute(INVITATION_ERRORS, errors);
    }
    return "redirect:/organisations/" + code;
  }

  @PostMapping("/organisations/{code}/partnership")
  String activate(@PathVariable String code, @AuthenticationPrincipal HenUser user,
      @ModelAttribute PartnershipForm partnershipForm, RedirectAttributes redirect) {
    BindingResult errors = new BeanPropertyBindingResult(partnershipForm, "partnershipForm");
    LocalDate date = null;
    try {
      date = partnershipForm.agreementDate == null || partnershipForm.agreementDate.isBlank() ? null
          : LocalDate.parse(partnershipForm.agreementDate.trim());
    } catch (DateTimeParseException e) {
      errors.rejectValue("agreementDate", "network.partnership.date.unreadable");
    }
    if (!errors.hasErrors()) {
      try {
        onboarding.activate(user, code, PartnershipStatus.ACTIVE, date);
        redirect.addFlashAttribute("message", "network.partnership.activated");
        return "redirect:/organisations/" + code;
      } catch (ConflictException e) {
        redirect.addFlashAttribute("flashError", "network.onboarding.conflict." + e.code());
        return "redirect:/organisations/" + code;
      } catch (InvalidFieldException e) {
        errors.rejectValue("agreementDate", date == null ? "network.partnership.date.required"
            : "network.partnership.date.future");
      }
    }
    redirect.addFlashAttribute("partnershipForm", partnershipForm);
    redirect.addFlashAttribute(PARTNERSHIP_ERRORS, errors);
    return "redirect:/organisations/" + code;
  }
}

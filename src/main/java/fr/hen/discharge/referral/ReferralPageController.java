package fr.hen.discharge.referral;

import fr.hen.discharge.ReferralStatus;
import fr.hen.platform.ConflictException;
import fr.hen.platform.HenUser;
import fr.hen.platform.InvalidFieldException;
import fr.hen.platform.PageSlice;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hospital's referral pages: the send form's handler (the form is on the matching page
 * {@code /stays/{id}/partners}), the list of the hospital's referrals, and one referral with its timeline, messages,
 * attachments and the confirm and withdraw buttons.
 */
@Controller
class ReferralPageController {

  static final String HOSPITAL_ROLES = "hasAnyRole('DISCHARGE_COORDINATOR','PHYSICIAN','BED_MANAGER')";

  private final ReferralService service;
  private final ReferralReader reader;
  private final ReferralMessages messages;

  private final fr.hen.network.OrganisationDirectory directory;

  ReferralPageController(ReferralService service, ReferralReader reader, ReferralMessages messages,
      fr.hen.network.OrganisationDirectory directory) {
    this.service = service;
    this.reader = reader;
    this.messages = messages;
    this.directory = directory;
  }

  /** The stays' discharge destination of a partner's type: HAD, SMR, EHPAD and SSIAD by name, others a partner. */
  static String exitDestination(fr.hen.network.OrganisationType type) {
    return switch (type) {
      case HAD, SMR, EHPAD, SSIAD -> type.name();
      default -> "OTHER_PARTNER";
    };
  }

  /**
   * Sends the file of the matching page's form once per form key: to the list of the stay's referrals, or back to the
   * matching page with the errors and the typed values (flash {@code referralErrors}, {@code referralSummary},
   * {@code referralPartnerCodes}).
   */
  @PostMapping("/referrals")
  @PreAuthorize("hasRole('DISCHARGE_COORDINATOR')")
  String send(@AuthenticationPrincipal HenUser user, @RequestParam long stayId,
      @RequestParam(required = false) List<String> partnerCodes, @RequestParam(required = false) String summary,
      @RequestParam(required = false) String formKey, RedirectAttributes redirect, Locale locale) {
    List<String> codes = partnerCodes == null ? List.of() : partnerCodes;
    try {
      service.sendOnce(user, formKey, new SendReferrals(stayId, codes, summary));
      redirect.addFlashAttribute("message", "referrals.sent");
      return "redirect:/referrals?stay=" + stayId;
    } catch (InvalidFieldException | ConflictException e) {
      redirect.addFlashAttribute("referralErrors", List.of(messages.describe(e, locale)));
      redirect.addFlashAttribute("referralSummary", summary);
      redirect.addFlashAttribute("referralPartnerCodes", codes);
      return "redirect:/stays/" + stayId + "/partners";
    }
  }

  @GetMapping("/referrals")
  @PreAuthorize(HOSPITAL_ROLES)
  String list(@AuthenticationPrincipal HenUser user, @RequestParam(required = false) ReferralStatus status,
      @RequestParam(required = false) String partner, @RequestParam(required = false) Long stay,
      @RequestParam(required = false) Integer page, Model model) {
    ReferralFilter filter = new ReferralFilter(status, partner == null || partner.isBlank() ? null : partner.trim(),
        stay);
    model.addAttribute("referrals", reader.list(user, filter, PageSlice.clampPage(page), PageSlice.DEFAULT_SIZE));
    model.addAttribute("filter", filter);
    model.addAttribute("statuses", ReferralStatus.values());
    return "discharge/referrals";
  }

  @GetMapping("/referrals/{id}")
  @PreAuthorize(HOSPITAL_ROLES)
  String detail(@AuthenticationPrincipal HenUser user, @PathVariable long id, Model model) {
    var referral = reader.detail(user, id);
    model.addAttribute("referral", referral);
    model.addAttribute("capabilities", reader.capabilityLabels());
    if (referral.status() == ReferralStatus.CONFIRMED) {
      directory.findByCode(referral.partnerCode()).ifPresent(p ->
          model.addAttribute("exitDestination", exitDestination(p.type())));
    }
    return "discharge/referral";
  }

  @PostMapping("/referrals/{id}/confirm")
  @PreAuthorize("hasRole('DISCHARGE_COORDINATOR')")
  String confirm(@AuthenticationPrincipal HenUser user, @PathVariable long id, RedirectAttributes redirect,
      Locale locale) {
    return change(id, redirect, locale, "referrals.confirmed", () -> service.confirm(user, id));
  }

  @PostMapping("/referrals/{id}/withdraw")
  @PreAuthorize("hasRole('DISCHARGE_COORDINATOR')")
  String withdraw(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
    return change(id, redirect, locale, "referrals.withdrawn", () -> service.withdraw(user, id, reason));
  }

  @PostMapping("/referrals/{id}/messages")
  @PreAuthorize(HOSPITAL_ROLES)
  String message(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @RequestParam(required = false) String text, RedirectAttributes redirect, Locale locale) {
    redirect.addFlashAttribute("messageText", text);
    return change(id, redirect, locale, "referrals.messagePosted", () -> service.postMessage(user, id, text));
  }

  @PostMapping("/referrals/{id}/attachments")
  @PreAuthorize("hasRole('DISCHARGE_COORDINATOR')")
  String attach(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect, Locale locale)
      throws IOException {
    if (file != null && file.getSize() > AttachmentCheck.MAX_BYTES) {
      redirect.addFlashAttribute("referralErrors", List.of(messages.describe(
          new AttachmentCheck.TooLarge(file.getSize()), locale)));
      return "redirect:/referrals/" + id;
    }
    byte[] content = file == null ? new byte[0] : file.getBytes();
    String name = file == null ? null : file.getOriginalFilename();
    return change(id, redirect, locale, "referrals.attached", () -> service.attach(user, id, name, content));
  }

  @GetMapping("/referrals/{id}/attachments/{attachmentId}")
  @PreAuthorize(HOSPITAL_ROLES)
  ResponseEntity<byte[]> download(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @PathVariable long attachmentId) {
    return reader.attachment(user, id, attachmentId).asAttachment();
  }

  /** Runs a change and comes back to the referral with its message, or with the reason it was refused. */
  private String change(long id, RedirectAttributes redirect, Locale locale, String done, Runnable work) {
    try {
      work.run();
      redirect.addFlashAttribute("message", done);
      redirect.getFlashAttributes().remove("messageText");
    } catch (InvalidFieldException | ConflictException | AttachmentCheck.TooLarge e) {
      redirect.addFlashAttribute("referralErrors", List.of(messages.describe(e, locale)));
    }
    return "redirect:/referrals/" + id;
  }
}

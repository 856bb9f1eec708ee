package fr.hen.discharge.portal;

import fr.hen.discharge.ReferralStatus;
import fr.hen.discharge.RefusalReason;
import fr.hen.discharge.referral.ReferralAnswer;
import fr.hen.discharge.referral.ReferralFilter;
import fr.hen.discharge.referral.ReferralMessages;
import fr.hen.discharge.referral.ReferralReader;
import fr.hen.discharge.referral.ReferralService;
import fr.hen.platform.ConflictException;
import fr.hen.platform.HenUser;
import fr.hen.platform.InvalidFieldException;
import fr.hen.platform.PageSlice;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partner portal of a {@code PARTNER_COORDINATOR}: the inbox of the referrals addressed to its structure with
 * the count of each state, and one referral's file (only what the partner needs) with its attachments, the answer
 * forms (accept with a date, refuse with a coded reason, ask for information) and the messages.
 */
@Controller
@PreAuthorize("hasRole('PARTNER_COORDINATOR')")
class PartnerPortalController {

  /** How many referrals of the inbox are in a state. */
  record StateCount(ReferralStatus status, long count) {}

  private final ReferralService service;
  private final ReferralReader reader;
  private final ReferralMessages messages;
  private final Clock clock;

  PartnerPortalController(ReferralService service, ReferralReader reader, ReferralMessages messages, Clock clock) {
    this.service = service;
    this.reader = reader;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/partner/referrals")
  String inbox(@AuthenticationPrincipal HenUser user, @RequestParam(required = false) ReferralStatus status,
      @RequestParam(required = false) Integer page, Model model) {
    Map<ReferralStatus, Long> counts = reader.countsByStatus(user);
    model.addAttribute("counts", java.util.Arrays.stream(ReferralStatus.values()).filter(counts::containsKey)
        .map(s -> new StateCount(s, counts.get(s))).toList());
    model.addAttribute("total", counts.values().stream().mapToLong(Long::longValue).sum());
    model.addAttribute("status", status);
    model.addAttribute("referrals", reader.list(user, new ReferralFilter(status, null, null),
        PageSlice.clampPage(page), PageSlice.DEFAULT_SIZE));
    return "discharge/partner-inbox";
  }

  @GetMapping("/partner/referrals/{id}")
  String referral(@AuthenticationPrincipal HenUser user, @PathVariable long id, Model model) {
    model.addAttribute("referral", reader.detail(user, id));
    model.addAttribute("capabilities", reader.capabilityLabels());
    model.addAttribute("reasons", RefusalReason.values());
    model.addAttribute("today", LocalDate.now(clock));
    return "discharge/partner-referral";
  }

  @PostMapping("/partner/referrals/{id}/answer")
  String answer(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @RequestParam(required = false) ReferralAnswer.Decision decision,
      @RequestParam(required = false) RefusalReason reason, @RequestParam(required = false) String text,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      RedirectAttributes redirect, Locale locale) {
    try {
      service.answer(user, id, new ReferralAnswer(decision, reason, text, date));
      redirect.addFlashAttribute("message", "portal.answered");
    } catch (InvalidFieldException | ConflictException e) {
      redirect.addFlashAttribute("referralErrors", List.of(messages.describe(e, locale)));
      redirect.addFlashAttribute("answerDecision", decision);
      redirect.addFlashAttribute("answerReason", reason);
      redirect.addFlashAttribute("answerText", text);
      redirect.addFlashAttribute("answerDate", date);
    }
    return "redirect:/partner/referrals/" + id;
  }

  @PostMapping("/partner/referrals/{id}/messages")
  String message(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @RequestParam(required = false) String text, RedirectAttributes redirect, Locale locale) {
    try {
      service.postMessage(user, id, text);
      redirect.addFlashAttribute("message", "referrals.messagePosted");
    } catch (InvalidFieldException | ConflictException e) {
      redirect.addFlashAttribute("referralErrors", List.of(messages.describe(e, locale)));
      redirect.addFlashAttribute("messageText", text);
    }
    return "redirect:/partner/referrals/" + id;
  }

  @GetMapping("/partner/referrals/{id}/attachments/{attachmentId}")
  ResponseEntity<byte[]> download(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @PathVariable long attachmentId) {
    return reader.attachment(user, id, attachmentId).asAttachment();
  }
}

package fr.hen.discharge.referral;

import fr.hen.discharge.RefusalReason;
import fr.hen.network.Capacity;
import fr.hen.network.OrganisationProfile;
import fr.hen.network.OrganisationType;
import fr.hen.platform.ConflictException;
import fr.hen.platform.Text;
import fr.hen.stays.StayStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The rules of referrals, one named method each (discharge/README.md, "Referrals"); a broken rule changes nothing. */
final class ReferralRules {

  static final int MAX_SUMMARY = 4000;
  static final int MAX_PARTNERS = 20;
  static final int MAX_TEXT = 2000;
  static final int MAX_MESSAGE = 4000;
  static final int MAX_NOTE = 500;
  /** The answer delay of a partner that declared none. */
  static final int DEFAULT_ANSWER_DELAY_HOURS = 48;
  /** How long a partner still sees a referral after it closed. */
  static final Duration PARTNER_VISIBILITY_AFTER_CLOSE = Duration.ofDays(30);

  private ReferralRules() {}

  static String field(int index) {
    return "partner_codes[" + index + "]";
  }

  /** A summary is required, shows something, and holds at most {@link #MAX_SUMMARY} characters. */
  static String summaryGiven(String summary) {
    return requiredText("summary", summary, MAX_SUMMARY);
  }

  /** At least one partner, at most {@link #MAX_PARTNERS}, none blank. */
  static void partnersGiven(List<String> codes) {
    if (codes == null || codes.isEmpty()) {
      throw new ReferralRefused("partner_codes", "no-partner", "name at least one partner");
    }
    if (codes.size() > MAX_PARTNERS) {
      throw new ReferralRefused("partner_codes", "too-many-partners", "at most " + MAX_PARTNERS
          + " partners at once", MAX_PARTNERS);
    }
    for (int i = 0; i < codes.size(); i++) {
      if (codes.get(i) == null || codes.get(i).isBlank()) {
        throw new ReferralRefused(field(i), "no-partner", "a partner code is required");
      }
    }
  }

  /** The same partner is named once. */
  static void noPartnerTwice(List<String> codes) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < codes.size(); i++) {
      if (!seen.add(codes.get(i).trim().toUpperCase(java.util.Locale.ROOT))) {
        throw new ReferralRefused(field(i), "partner-twice", "partner " + Text.excerpt(codes.get(i))
            + " is named twice", Text.excerpt(codes.get(i)));
      }
    }
  }

  /** A referral goes to a partner structure (not a hospital, not the network) that is active. */
  static void isActivePartner(OrganisationProfile partner, int index) {
    if (partner.type() == OrganisationType.HOSPITAL || partner.type() == OrganisationType.NETWORK) {
      throw new ReferralRefused(field(index), "not-a-partner", partner.code() + " is not a partner structure",
          partner.name());
    }
    if (!partner.active()) {
      throw new ReferralRefused(field(index), "inactive-partner", partner.code()
          + " is no longer active in the network", partner.name());
    }
  }

  /** The partner provides every capability the plan requires; the first missing one is named. */
  static void coversNeeds(OrganisationProfile partner, Collection<String> needs, int index) {
    Set<String> provided = partner.capabilities().stream().map(Capacity::code).collect(Collectors.toSet());
    for (String need : needs) {
      if (!provided.contains(need)) {
        throw new ReferralRefused(field(index), "lacks-capability", partner.code()
            + " does not provide capability " + need, partner.name(), need);
      }
    }
  }

  /** Only an in-hospital patient is referred, and only while in hospital is a partner confirmed. */
  static void stayInHospital(StayStatus status) {
    if (status != StayStatus.IN_HOSPITAL) {
      throw new ConflictException("stay-not-in-hospital", "The patient is no longer in hospital");
    }
  }

  /** One open referral per partner and stay. */
  static void noOpenReferral(boolean open, String partnerCode) {
    if (open) {
      throw new ConflictException("referral-already-open",
          "A referral of this patient to " + partnerCode + " is still open");
    }
  }

  /** When an unanswered referral expires. */
  static LocalDateTime expiresAt(LocalDateTime sentAt, Integer answerDelayHours) {
    return sentAt.plusHours(answerDelayHours == null ? DEFAULT_ANSWER_DELAY_HOURS : answerDelayHours);
  }

  /** A referral past its answer delay takes no answer, even before the expiry job marked it. */
  static void notOverdue(LocalDateTime expiresAt, LocalDateTime now, boolean awaitingAnswer) {
    if (awaitingAnswer && expiresAt != null && now.isAfter(expiresAt)) {
      throw new ConflictException("referral-expired", "The answer delay of this referral has passed");
    }
  }

  /** An acceptance names a date of admission, today or later. */
  static void admissionDate(LocalDate date, LocalDate today) {
    if (date == null) {
      throw new ReferralRefused("date", "required", "the date of admission is required to accept");
    }
    if (date.isBefore(today)) {
      throw new ReferralRefused("date", "date-past", "the date of admission " + date + " is in the past");
    }
  }

  /** A refusal gives a coded reason, and a text when the reason is OTHER. */
  static void refusal(RefusalReason reason, String text) {
    if (reason == null) {
      throw new ReferralRefused("reason", "required", "a refusal reason is required");
    }
    if (reason == RefusalReason.OTHER && (text == null || text.isBlank())) {
      throw new ReferralRefused("text", "other-needs-text", "say why when the reason is OTHER");
    }
  }

  /** An optional text: when given, it shows something and is not too long; blank counts as none. */
  static String optionalText(String field, String text, int max) {
    return text == null || text.isBlank() ? null : requiredText(field, text, max);
  }

  /** A required text: shows something, no control character, at most {@code max} characters; returned trimmed. */
  static String requiredText(String field, String text, int max) {
    if (text == null || text.isBlank()) {
      throw new ReferralRefused(field, "required", "is required");
    }
    String trimmed = text.strip();
    if (trimmed.length() > max) {
      throw new ReferralRefused(field, "too-long", "at most " + max + " characters (" + trimmed.length()
          + " given)", max);
    }
    if (Text.hasControlCharacter(trimmed) || !Text.isVisible(trimmed.replaceAll("[\\t\\r\\n]", " "))) {
      throw new ReferralRefused(field, "invisible", "holds invisible or control characters only");
    }
    return trimmed;
  }
}

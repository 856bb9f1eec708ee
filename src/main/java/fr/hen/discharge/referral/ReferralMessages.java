package fr.hen.discharge.referral;

import fr.hen.platform.ConflictException;
import fr.hen.platform.InvalidFieldException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The refusals of the referral rules in the user's language, for pages: {@code referrals.invalid.<reason>} of a
 * {@link ReferralRefused} (with the field's label), {@code referrals.conflict.<code>} of a conflict; the exception's
 * own (English) text when no message is defined.
 */
@Component
public class ReferralMessages {

  private final MessageSource messages;

  ReferralMessages(MessageSource messages) {
    this.messages = messages;
  }

  /** The message of a refused change, or null when the exception is no refusal of a rule. */
  public String describe(RuntimeException e, Locale locale) {
    if (e instanceof ReferralRefused refused) {
      String field = messages.getMessage("referrals.field." + refused.field().replaceAll("\\[\\d+]", ""), null,
          refused.field(), locale);
      Object[] arguments = new Object[refused.arguments().length + 1];
      arguments[0] = field;
      System.arraycopy(refused.arguments(), 0, arguments, 1, refused.arguments().length);
      return messages.getMessage("referrals.invalid." + refused.reason(), arguments, e.getMessage(), locale);
    }
    if (e instanceof InvalidFieldException invalid) {
      return invalid.field() + " : " + e.getMessage();
    }
    if (e instanceof ConflictException conflict) {
      return messages.getMessage("referrals.conflict." + conflict.code(), null,
          messages.getMessage("referrals.conflict", new Object[] {e.getMessage()}, e.getMessage(), locale), locale);
    }
    if (e instanceof AttachmentCheck.TooLarge) {
      return messages.getMessage("referrals.invalid.file-too-large", null, e.getMessage(), locale);
    }
    return null;
  }
}

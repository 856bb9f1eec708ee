package fr.hen.discharge.referral;

import fr.hen.discharge.RefusalReason;
import java.time.LocalDate;

/**
 * A partner's answer: accept with a date of admission, refuse with a coded reason (and a text, required for
 * {@code OTHER}), or ask for information (text required).
 */
public record ReferralAnswer(Decision decision, RefusalReason reason, String text, LocalDate date) {

  /** What the partner decides. */
  public enum Decision { ACCEPT, REFUSE, INFO_REQUESTED }
}

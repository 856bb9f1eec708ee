package fr.hen.discharge;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a referral (PRODUCT.md §3): {@code DRAFT → SENT → VIEWED → ACCEPTED | REFUSED | INFO_REQUESTED →
 * CONFIRMED → TRANSFERRED}, plus {@code WITHDRAWN} and {@code EXPIRED}.
 */
public enum ReferralStatus {
  DRAFT, SENT, VIEWED, ACCEPTED, REFUSED, INFO_REQUESTED, CONFIRMED, TRANSFERRED, WITHDRAWN, EXPIRED;

  /** Waiting for the partner's answer (these expire after the partner's answer delay). */
  public static final Set<ReferralStatus> AWAITING_ANSWER = EnumSet.of(SENT, VIEWED);

  /** Still in play: neither closed by a refusal, a withdrawal, an expiry nor a completed transfer. */
  public static final Set<ReferralStatus> OPEN = EnumSet.of(DRAFT, SENT, VIEWED, ACCEPTED, INFO_REQUESTED,
      CONFIRMED);

  public boolean isOpen() {
    return OPEN.contains(this);
  }
}

package fr.hen.discharge.referral;

import static fr.hen.discharge.ReferralStatus.ACCEPTED;
import static fr.hen.discharge.ReferralStatus.CONFIRMED;
import static fr.hen.discharge.ReferralStatus.DRAFT;
import static fr.hen.discharge.ReferralStatus.EXPIRED;
import static fr.hen.discharge.ReferralStatus.INFO_REQUESTED;
import static fr.hen.discharge.ReferralStatus.REFUSED;
import static fr.hen.discharge.ReferralStatus.SENT;
import static fr.hen.discharge.ReferralStatus.TRANSFERRED;
import static fr.hen.discharge.ReferralStatus.VIEWED;
import static fr.hen.discharge.ReferralStatus.WITHDRAWN;

import fr.hen.discharge.ReferralStatus;
import fr.hen.platform.ConflictException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The transition table of a referral (PRODUCT.md §3, discharge/README.md "Referrals"): each named move, the states it
 * leaves from and the state it reaches. A move from any other state is a {@link ConflictException} whose code names
 * the current state ({@code referral-withdrawn}, {@code referral-expired}…), and nothing changes.
 */
public enum ReferralTransition {
  /** The hospital sends the file to the partner (creation). */
  SEND(EnumSet.of(DRAFT), SENT),
  /** The partner opens the file for the first time. */
  VIEW(EnumSet.of(SENT), VIEWED),
  /** The partner takes the patient, with a date of admission. */
  ACCEPT(EnumSet.of(SENT, VIEWED, INFO_REQUESTED), ACCEPTED),
  /** The partner declines, with a coded reason. */
  REFUSE(EnumSet.of(SENT, VIEWED, INFO_REQUESTED), REFUSED),
  /** The partner asks the hospital for more information (again, if need be). */
  REQUEST_INFO(EnumSet.of(SENT, VIEWED, INFO_REQUESTED), INFO_REQUESTED),
  /** The hospital's coordinator chooses this partner's acceptance. */
  CONFIRM(EnumSet.of(ACCEPTED), CONFIRMED),
  /** The patient left the hospital for this partner. */
  TRANSFER(EnumSet.of(CONFIRMED), TRANSFERRED),
  /** The hospital takes the request back (by hand, another partner confirmed, or the patient left). */
  WITHDRAW(EnumSet.of(DRAFT, SENT, VIEWED, ACCEPTED, INFO_REQUESTED, CONFIRMED), WITHDRAWN),
  /** No answer within the partner's answer delay. */
  EXPIRE(EnumSet.of(SENT, VIEWED), EXPIRED);

  private final Set<ReferralStatus> from;
  private final ReferralStatus to;

  ReferralTransition(Set<ReferralStatus> from, ReferralStatus to) {
    this.from = from;
    this.to = to;
  }

  public ReferralStatus to() {
    return to;
  }

  public Set<ReferralStatus> from() {
    return EnumSet.copyOf(from);
  }

  public boolean allowedFrom(ReferralStatus current) {
    return from.contains(current);
  }

  /** The state reached from {@code current}, or a {@link ConflictException} naming the current state. */
  public ReferralStatus from(ReferralStatus current) {
    if (!allowedFrom(current)) {
      throw new ConflictException(conflictCode(current), "The referral is " + current + ": "
          + name().toLowerCase(Locale.ROOT).replace('_', ' ') + " is not possible");
    }
    return to;
  }

  /** The code of the conflict for a move refused in this state: {@code referral-withdrawn}, … */
  public static String conflictCode(ReferralStatus current) {
    return "referral-" + current.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The moves allowed from a state (none from the final ones). */
  public static Set<ReferralTransition> movesFrom(ReferralStatus current) {
    Set<ReferralTransition> moves = EnumSet.noneOf(ReferralTransition.class);
    for (ReferralTransition t : values()) {
      if (t.allowedFrom(current)) {
        moves.add(t);
      }
    }
    return moves;
  }
}

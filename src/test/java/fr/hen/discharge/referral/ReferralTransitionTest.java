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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.hen.discharge.ReferralStatus;
import fr.hen.platform.ConflictException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The transition table of PRODUCT.md §3, move by move, and every move refused from every other state. */
class ReferralTransitionTest {

  /** The table as the README states it, written independently of the enum. */
  static final Map<ReferralTransition, Set<ReferralStatus>> FROM = Map.of(
      ReferralTransition.SEND, EnumSet.of(DRAFT),
      ReferralTransition.VIEW, EnumSet.of(SENT),
      ReferralTransition.ACCEPT, EnumSet.of(SENT, VIEWED, INFO_REQUESTED),
      ReferralTransition.REFUSE, EnumSet.of(SENT, VIEWED, INFO_REQUESTED),
      ReferralTransition.REQUEST_INFO, EnumSet.of(SENT, VIEWED, INFO_REQUESTED),
      ReferralTransition.CONFIRM, EnumSet.of(ACCEPTED),
      ReferralTransition.TRANSFER, EnumSet.of(CONFIRMED),
      ReferralTransition.WITHDRAW, EnumSet.of(DRAFT, SENT, VIEWED, ACCEPTED, INFO_REQUESTED, CONFIRMED),
      ReferralTransition.EXPIRE, EnumSet.of(SENT, VIEWED));

  static final Map<ReferralTransition, ReferralStatus> TO = Map.of(
      ReferralTransition.SEND, SENT, ReferralTransition.VIEW, VIEWED, ReferralTransition.ACCEPT, ACCEPTED,
      ReferralTransition.REFUSE, REFUSED, ReferralTransition.REQUEST_INFO, INFO_REQUESTED,
      ReferralTransition.CONFIRM, CONFIRMED, ReferralTransition.TRANSFER, TRANSFERRED,
      ReferralTransition.WITHDRAW, WITHDRAWN, ReferralTransition.EXPIRE, EXPIRED);

  @Test
  void everyMove_isAllowedExactlyFromItsStates_andReachesItsState() {
    assertThat(FROM.keySet()).containsExactlyInAnyOrder(ReferralTransition.values());
    for (ReferralTransition move : ReferralTransition.values()) {
      for (ReferralStatus status : ReferralStatus.values()) {
        boolean allowed = FROM.get(move).contains(status);
        assertThat(move.allowedFrom(status)).as("%s from %s", move, status).isEqualTo(allowed);
        if (allowed) {
          assertThat(move.from(status)).as("%s from %s", move, status).isEqualTo(TO.get(move));
        } else {
          assertThatThrownBy(() -> move.from(status)).as("%s from %s", move, status)
              .isInstanceOf(ConflictException.class);
        }
      }
    }
  }

  @Test
  void finalStates_allowNoMove() {
    for (ReferralStatus closed : EnumSet.of(REFUSED, TRANSFERRED, WITHDRAWN, EXPIRED)) {
      assertThat(ReferralTransition.movesFrom(closed)).as("%s", closed).isEmpty();
      assertThat(closed.isOpen()).isFalse();
    }
  }

  @Test
  void aRefusedMove_namesTheCurrentState_inItsCode() {
    assertThatThrownBy(() -> ReferralTransition.ACCEPT.from(WITHDRAWN)).isInstanceOf(ConflictException.class)
        .extracting(e -> ((ConflictException) e).code()).isEqualTo("referral-withdrawn");
    assertThatThrownBy(() -> ReferralTransition.REFUSE.from(EXPIRED))
        .extracting(e -> ((ConflictException) e).code()).isEqualTo("referral-expired");
    assertThatThrownBy(() -> ReferralTransition.CONFIRM.from(INFO_REQUESTED))
        .extracting(e -> ((ConflictException) e).code()).isEqualTo("referral-info-requested");
  }

  @Test
  void movesFromSent_areTheAnswersTheViewTheWithdrawalAndTheExpiry() {
    assertThat(ReferralTransition.movesFrom(SENT)).containsExactlyInAnyOrder(ReferralTransition.VIEW,
        ReferralTransition.ACCEPT, ReferralTransition.REFUSE, ReferralTransition.REQUEST_INFO,
        ReferralTransition.WITHDRAW, ReferralTransition.EXPIRE);
  }
}

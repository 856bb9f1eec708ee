package fr.hen.discharge.referral;

import fr.hen.discharge.ReferralStatus;
import fr.hen.discharge.ReferralStatusChanged;
import fr.hen.platform.Actor;
import fr.hen.platform.ConflictException;
import java.time.LocalDateTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Makes one state change of a referral, in the caller's transaction: checks it against the transition table, writes
 * the new state (only if the row is still in the state read), stores the transition with who and when, and publishes
 * {@link ReferralStatusChanged}.
 */
@Component
class ReferralMoves {

  private final ReferralStore store;
  private final ApplicationEventPublisher events;

  ReferralMoves(ReferralStore store, ApplicationEventPublisher events) {
    this.store = store;
    this.events = events;
  }

  /** Applies a move to a referral read under lock; returns the new state. */
  ReferralStatus apply(Actor actor, ReferralRow referral, ReferralTransition move, String note, LocalDateTime now) {
    ReferralStatus to = move.from(referral.status());
    if (!store.move(referral.id(), referral.status(), to, now)) {
      throw new ConflictException("concurrent-change", "The referral was changed meanwhile; reload and try again");
    }
    store.transition(referral.id(), referral.status(), to, actor, now, cut(note));
    events.publishEvent(new ReferralStatusChanged(referral.id(), referral.fileId(), referral.stayId(),
        referral.hospitalId(), referral.partnerId(), referral.status(), to, actor.name()));
    return to;
  }

  /** Records the creation of a sent referral (no previous state) and publishes it. */
  void created(Actor actor, ReferralRow referral, LocalDateTime now) {
    store.transition(referral.id(), null, referral.status(), actor, now, null);
    events.publishEvent(new ReferralStatusChanged(referral.id(), referral.fileId(), referral.stayId(),
        referral.hospitalId(), referral.partnerId(), null, referral.status(), actor.name()));
  }

  private static String cut(String note) {
    return note == null || note.length() <= ReferralRules.MAX_NOTE ? note
        : note.substring(0, ReferralRules.MAX_NOTE - 1) + "…";
  }
}

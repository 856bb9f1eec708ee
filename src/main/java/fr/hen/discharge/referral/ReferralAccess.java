package fr.hen.discharge.referral;

import fr.hen.platform.Actor;
import fr.hen.platform.NotFoundException;
import fr.hen.platform.Role;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/**
 * Which referrals an actor reaches, in the SQL of each read: a hospital's users those of their organisation; a
 * partner's coordinator those addressed to its structure, while open and for 30 days after they closed. Any other is
 * a 404, as if it did not exist.
 */
@Component
class ReferralAccess {

  private final ReferralStore store;
  private final Clock clock;

  ReferralAccess(ReferralStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  static boolean partnerSide(Actor actor) {
    return actor.has(Role.PARTNER_COORDINATOR);
  }

  /** A referral the actor may see, from either side. */
  ReferralRow visible(Actor actor, long id) {
    return partnerSide(actor) ? ofPartner(actor, id) : ofHospital(actor, id);
  }

  ReferralRow ofHospital(Actor actor, long id) {
    return store.ofHospital(actor.organisationId(), id).orElseThrow(() -> new NotFoundException("Referral", id));
  }

  ReferralRow ofPartner(Actor actor, long id) {
    return store.ofPartner(actor.organisationId(), id, closedSince())
        .orElseThrow(() -> new NotFoundException("Referral", id));
  }

  /** Referrals closed before this time are no longer the partner's to see. */
  LocalDateTime closedSince() {
    return LocalDateTime.now(clock).minus(ReferralRules.PARTNER_VISIBILITY_AFTER_CLOSE);
  }
}

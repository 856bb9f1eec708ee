package fr.hen.discharge.referral;

import fr.hen.discharge.ReferralStatus;
import fr.hen.platform.Actor;
import fr.hen.platform.SystemActor;
import fr.hen.stays.PatientDischarged;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The state changes no person makes: a referral unanswered past its partner's answer delay expires; a patient
 * discharged to the confirmed partner makes that referral TRANSFERRED, and any discharge withdraws the stay's other
 * open referrals. Run as the system actors {@link #EXPIRY} and {@link #TRANSFER}.
 */
@Service
public class ReferralAutomation {

  /** The right of the expiry job. */
  static final String EXPIRE_RIGHT = "discharge:expire-referrals";
  /** The right of the discharge listener. */
  static final String TRANSFER_RIGHT = "discharge:transfer-referrals";
  static final SystemActor EXPIRY = SystemActor.of("referral-expiry", EXPIRE_RIGHT);
  static final SystemActor TRANSFER = SystemActor.of("referral-transfer", TRANSFER_RIGHT);
  /** Referrals expired per transaction. */
  static final int BATCH = 500;

  private final ReferralStore store;
  private final ReferralMoves moves;
  private final Clock clock;

  ReferralAutomation(ReferralStore store, ReferralMoves moves, Clock clock) {
    this.store = store;
    this.moves = moves;
    this.clock = clock;
  }

  /** Expires referrals still awaiting an answer past their delay (at most {@link #BATCH}); returns how many. */
  @Transactional
  @PreAuthorize("hasAuthority('" + EXPIRE_RIGHT + "')")
  public int expireOverdue(Actor actor) {
    LocalDateTime now = LocalDateTime.now(clock);
    int expired = 0;
    for (long id : store.overdue(now, BATCH)) {
      ReferralRow referral = store.lock(store.byId(id));
      if (ReferralTransition.EXPIRE.allowedFrom(referral.status()) && now.isAfter(referral.expiresAt())) {
        moves.apply(actor, referral, ReferralTransition.EXPIRE, "no answer within the answer delay", now);
        expired++;
      }
    }
    return expired;
  }

  /**
   * {@link #discharged} for each discharge of a feed's batch: one query finds the stays that have referrals, only
   * those are looked at.
   */
  @Transactional
  @PreAuthorize("hasAuthority('" + TRANSFER_RIGHT + "')")
  public void dischargedAll(Actor actor, List<PatientDischarged> events) {
    java.util.Set<Long> withReferrals = store.staysWithReferrals(events.stream().map(PatientDischarged::stayId)
        .toList());
    events.stream().filter(e -> withReferrals.contains(e.stayId())).forEach(e -> discharged(actor, e));
  }

  /**
   * A patient left hospital: the confirmed referral to the partner named as destination becomes TRANSFERRED; every
   * other open referral of the stay is withdrawn (the patient left).
   */
  @Transactional
  @PreAuthorize("hasAuthority('" + TRANSFER_RIGHT + "')")
  public void discharged(Actor actor, PatientDischarged event) {
    LocalDateTime now = LocalDateTime.now(clock);
    List<ReferralRow> ofStay = store.lockStay(event.stayId());
    for (ReferralRow referral : ofStay) {
      if (referral.hospitalId() != event.organisationId() || !referral.status().isOpen()) {
        continue;
      }
      boolean toThisPartner = event.destinationOrganisationId() != null
          && event.destinationOrganisationId() == referral.partnerId();
      if (referral.status() == ReferralStatus.CONFIRMED && toThisPartner) {
        moves.apply(actor, referral, ReferralTransition.TRANSFER, "patient discharged to the partner", now);
      } else {
        moves.apply(actor, referral, ReferralTransition.WITHDRAW, "patient left hospital", now);
      }
    }
  }
}

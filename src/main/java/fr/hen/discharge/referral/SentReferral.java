package fr.hen.discharge.referral;

import fr.hen.discharge.ReferralStatus;

/** A referral created by {@link ReferralService#send}: one per partner. */
public record SentReferral(long id, String partnerCode, ReferralStatus status) {}

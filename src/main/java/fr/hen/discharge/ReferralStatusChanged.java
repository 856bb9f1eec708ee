package fr.hen.discharge;

/**
 * A referral changed state, published in the transaction that changed it (durable: listeners get it after
 * commit, retried until they succeed). {@code from} is null when the referral was created. {@code actor} is the
 * username of the person, or the system actor's name, who made the change.
 */
public record ReferralStatusChanged(long referralId, long fileId, long stayId, long hospitalId, long partnerId,
    ReferralStatus from, ReferralStatus to, String actor) {}

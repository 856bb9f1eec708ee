package fr.hen.discharge;

/** A message was posted on a referral's thread by one side; the other side is to be told. */
public record ReferralMessagePosted(long referralId, long messageId, long hospitalId, long partnerId,
    Side authorSide) {

  /** Which side of a referral wrote. */
  public enum Side { HOSPITAL, PARTNER }
}

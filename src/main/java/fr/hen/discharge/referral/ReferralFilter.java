package fr.hen.discharge.referral;

import fr.hen.discharge.ReferralStatus;

/** The filters of the referral lists: a state, a partner's code, a stay (each optional). */
public record ReferralFilter(ReferralStatus status, String partner, Long stay) {

  public static ReferralFilter none() {
    return new ReferralFilter(null, null, null);
  }
}

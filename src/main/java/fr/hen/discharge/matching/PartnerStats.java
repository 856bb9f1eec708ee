package fr.hen.discharge.matching;

/**
 * A partner's past referrals (PRODUCT.md §4), from every hospital of the network: requests sent over the last
 * {@value MatchRules#RECENT_DAYS} days, and over the last {@value MatchRules#STATS_DAYS} days those answered, those
 * accepted and the median answer time (first answer − sent) in hours (null when none was answered).
 */
record PartnerStats(int recentRequests, int answered, int accepted, Double medianAnswerHours) {

  static final PartnerStats NONE = new PartnerStats(0, 0, 0, null);

  /** Acceptance rate = accepted / answered (0 when nothing was answered). */
  double acceptanceRate() {
    return answered == 0 ? 0 : (double) accepted / answered;
  }
}

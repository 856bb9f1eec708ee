package fr.hen.discharge.matching;

import fr.hen.discharge.matching.MatchRules.Places;
import fr.hen.discharge.matching.MatchRules.Territory;
import fr.hen.network.OrganisationProfile;
import java.util.List;

/**
 * One partner that can take the patient, with what ranks it: its score (the sum of its reasons' points), its rank
 * (1 = best), places, distance, territory, past answers, whether it is under-solicited (computed against its peers,
 * or so marked by the network) and the reasons, in the order they count.
 */
record PartnerMatch(int rank, int score, OrganisationProfile partner, Places places, Double distanceKm,
    Territory territory, PartnerStats stats, boolean underSolicited, double peerMedian, List<MatchReason> reasons) {

  PartnerMatch withRank(int newRank) {
    return new PartnerMatch(newRank, score, partner, places, distanceKm, territory, stats, underSolicited, peerMedian,
        reasons);
  }
}

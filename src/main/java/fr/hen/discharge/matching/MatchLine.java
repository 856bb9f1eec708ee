package fr.hen.discharge.matching;

import fr.hen.discharge.matching.MatchRules.Availability;
import fr.hen.discharge.matching.MatchRules.Territory;
import fr.hen.network.OrganisationType;
import fr.hen.network.PartnershipStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One line of the matches as the API and the page show it, its reasons' texts in the user's language. Rates and
 * answer times are null under {@value MatchRules#MIN_ANSWERS} answers.
 */
public record MatchLine(int rank, int score, String partnerCode, String partnerName, OrganisationType partnerType,
    PartnershipStatus partnershipStatus, @Schema(nullable = true) String city,
    @Schema(nullable = true) Integer freePlaces, @Schema(nullable = true) LocalDateTime declaredAt,
    Availability availability, boolean stale, @Schema(nullable = true) Double distanceKm, Territory territory,
    @Schema(nullable = true) Integer serviceRadiusKm, @Schema(nullable = true) Double acceptanceRate, int answered,
    @Schema(nullable = true) Double medianAnswerHours, @Schema(nullable = true) Integer answerDelayHours,
    int recentRequests, double peerMedianRequests, boolean underSolicited, List<Reason> reasons) {

  /** One reason: its code, the points it gave, and its text. */
  public record Reason(String code, int points, String text) {}
}

package fr.hen.discharge.matching;

import fr.hen.discharge.matching.MatchRules.Places;
import fr.hen.discharge.matching.MatchRules.Territory;
import fr.hen.network.GeoPoint;
import fr.hen.network.OrganisationProfile;
import fr.hen.network.OrganisationType;
import fr.hen.network.PartnershipStatus;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Ranks partners for one patient, in memory and without side effects: keeps the active partners (not prospects) of
 * the wanted types that cover the needs (for a DAC, which coordinates rather than cares, any), scores each with
 * {@link MatchRules}, and orders them by score, then distance, then name. The best under-solicited partners are
 * also given apart (the band shown above the list), so that they are never buried.
 */
final class PartnerMatcher {

  /** How many under-solicited partners the band shows. */
  static final int BAND_SIZE = 5;

  /** What the patient needs: capabilities, home (null when unknown), partner types, and the current time. */
  record Request(List<String> needs, GeoPoint home, Set<OrganisationType> types, LocalDateTime now) {

    boolean dac() {
      return types.equals(Set.of(OrganisationType.DAC));
    }
  }

  /** Every match ranked, the under-solicited band, and the partners left out (lacking a need; prospects). */
  record Ranking(List<PartnerMatch> matches, List<PartnerMatch> underSolicited, int lackingCapabilities,
      int prospects) {}

  static final Comparator<PartnerMatch> ORDER = Comparator.comparingInt(PartnerMatch::score).reversed()
      .thenComparing(PartnerMatch::distanceKm, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(m -> m.partner().name().toLowerCase(Locale.ROOT))
      .thenComparing(m -> m.partner().code());

  private PartnerMatcher() {}

  static Ranking rank(Request request, List<OrganisationProfile> partners, Map<Long, PartnerStats> stats) {
    int lacking = 0;
    int prospects = 0;
    List<OrganisationProfile> candidates = new ArrayList<>();
    for (OrganisationProfile partner : partners) {
      if (!partner.active() || !request.types().contains(partner.type())) {
        continue;
      }
      if (partner.partnershipStatus() == PartnershipStatus.PROSPECT) {
        prospects++;
      } else if (!request.dac() && !MatchRules.missingCapabilities(request.needs(), partner.capabilities())
          .isEmpty()) {
        lacking++;
      } else {
        candidates.add(partner);
      }
    }
    Map<OrganisationType, Double> peerMedians = new HashMap<>();
    Map<OrganisationType, Integer> peerCounts = new HashMap<>();
    candidates.stream().map(OrganisationProfile::type).distinct().forEach(type -> {
      int[] recent = candidates.stream().filter(p -> p.type() == type)
          .mapToInt(p -> stats.getOrDefault(p.id(), PartnerStats.NONE).recentRequests()).toArray();
      peerMedians.put(type, MatchRules.median(recent));
      peerCounts.put(type, recent.length);
    });
    List<PartnerMatch> sorted = candidates.stream()
        .map(p -> score(request, p, stats.getOrDefault(p.id(), PartnerStats.NONE), peerMedians.get(p.type()),
            peerCounts.get(p.type())))
        .sorted(ORDER).toList();
    List<PartnerMatch> ranked = IntStream.range(0, sorted.size()).mapToObj(i -> sorted.get(i).withRank(i + 1))
        .toList();
    List<PartnerMatch> band = ranked.stream().filter(PartnerMatch::underSolicited).limit(BAND_SIZE).toList();
    return new Ranking(ranked, band, lacking, prospects);
  }

  static PartnerMatch score(Request request, OrganisationProfile partner, PartnerStats stats, double peerMedian,
      int peers) {
    List<MatchReason> reasons = new ArrayList<>();
    if (request.dac()) {
      reasons.add(MatchReason.of("DAC_COORDINATION", 0));
    } else if (request.needs().isEmpty()) {
      reasons.add(MatchReason.of("NO_NEEDS", 0));
    } else {
      reasons.add(MatchReason.of("COVERS_NEEDS", 0, request.needs().size()));
    }
    Places places = MatchRules.places(request.dac() ? List.of() : request.needs(), partner.capabilities(),
        request.now());
    reasons.add(placesReason(places, request.now()));
    Double distance = MatchRules.distanceKm(request.home(), partner);
    Territory territory = MatchRules.territory(distance, partner.serviceRadiusKm());
    if (territory == Territory.INSIDE) {
      reasons.add(MatchReason.of("INSIDE_TERRITORY", MatchRules.territoryPoints(territory), distance,
          partner.serviceRadiusKm()));
    } else if (territory == Territory.OUTSIDE) {
      reasons.add(MatchReason.of("OUTSIDE_TERRITORY", MatchRules.territoryPoints(territory), distance,
          partner.serviceRadiusKm()));
    } else if (distance != null) {
      reasons.add(MatchReason.of("NO_TERRITORY", 0));
    }
    if (request.home() == null) {
      reasons.add(MatchReason.of("NO_HOME_LOCATION", 0));
    } else if (distance == null) {
      reasons.add(MatchReason.of("NO_COORDINATES", 0));
    } else {
      reasons.add(MatchReason.of("DISTANCE", MatchRules.distancePoints(distance), distance));
    }
    if (stats.answered() < MatchRules.MIN_ANSWERS) {
      reasons.add(MatchReason.of("FEW_ANSWERS", 0, MatchRules.MIN_ANSWERS));
    } else {
      reasons.add(MatchReason.of("ACCEPTANCE", MatchRules.acceptancePoints(stats),
          Math.round(stats.acceptanceRate() * 100), stats.answered()));
      reasons.add(MatchReason.of("ANSWER_TIME", MatchRules.answerTimePoints(stats),
          Math.round(stats.medianAnswerHours())));
    }
    boolean computed = MatchRules.underSolicited(stats.recentRequests(), peerMedian, peers);
    boolean declared = partner.partnershipStatus() == PartnershipStatus.UNDER_SOLICITED;
    if (computed) {
      reasons.add(MatchReason.of("UNDER_SOLICITED", MatchRules.UNDER_SOLICITED_POINTS, stats.recentRequests(),
          peerMedian));
    }
    if (declared) {
      reasons.add(MatchReason.of("NETWORK_UNDER_SOLICITED", computed ? 0 : MatchRules.UNDER_SOLICITED_POINTS));
    }
    int score = reasons.stream().mapToInt(MatchReason::points).sum();
    return new PartnerMatch(0, score, partner, places, distance, territory, stats, computed || declared, peerMedian,
        List.copyOf(reasons));
  }

  private static MatchReason placesReason(Places places, LocalDateTime now) {
    int points = MatchRules.availabilityPoints(places.availability());
    if (places.declaredAt() == null) {
      return MatchReason.of("NO_DECLARATION", points);
    }
    long hours = Math.max(0, Duration.between(places.declaredAt(), now).toHours());
    return MatchReason.of(places.availability().name(), points, places.free(), hours);
  }
}

package fr.hen.discharge.matching;

import fr.hen.network.Capacity;
import fr.hen.network.GeoPoint;
import fr.hen.network.OrganisationProfile;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The criteria of partner matching, one named method each (README "Partner matching"): whether a partner covers the
 * needs, its free places and the age of their declaration, its distance and territory, its past answers, whether it
 * is under-solicited, and the points each criterion gives to its rank.
 */
final class MatchRules {

  /** A capacity declaration older than this is stale: its free places are shown, not trusted. */
  static final Duration STALE_AFTER = Duration.ofHours(48);
  /** Past answers are counted over this many days. */
  static final int STATS_DAYS = 365;
  /** "Recent requests" are those sent over this many days. */
  static final int RECENT_DAYS = 90;
  /** Under-solicited: fewer recent requests than this share of the median of its peers. */
  static final double UNDER_SOLICITED_SHARE = 0.5;
  /** A comparison with peers needs at least this many of them (the partner included). */
  static final int MIN_PEERS = 3;
  /** An acceptance rate or a median answer time is shown and counted from this many answers on. */
  static final int MIN_ANSWERS = 5;
  /** Distance points: one point lost per this many kilometres, at most {@link #MAX_DISTANCE_PENALTY}. */
  static final double KM_PER_POINT = 2;
  static final int MAX_DISTANCE_PENALTY = 30;
  static final int UNDER_SOLICITED_POINTS = 10;

  /** What a partner's declarations say of its places for the patient's needs. */
  enum Availability { FREE, FREE_STALE, FULL, FULL_STALE, UNDECLARED }

  /** Whether the patient's home lies in the partner's territory. */
  enum Territory { INSIDE, OUTSIDE, UNKNOWN }

  /** Free places for the needs (null when undeclared), the oldest declaration among them, and what they say. */
  record Places(Integer free, LocalDateTime declaredAt, Availability availability) {}

  private MatchRules() {}

  /** The needs the partner has not declared among its capabilities, in the needs' order; empty: it covers them. */
  static List<String> missingCapabilities(Collection<String> needs, List<Capacity> capabilities) {
    Set<String> declared = capabilities.stream().map(Capacity::code).collect(Collectors.toSet());
    return needs.stream().filter(Predicate.not(declared::contains)).toList();
  }

  /**
   * Places for the patient: with needs, the fewest free places among the needed capabilities (the patient needs
   * all of them) and the oldest of their declarations; without needs, the most free places of any capability. A
   * closed or full status counts as no free place. Stale when the declaration is more than 48 hours old.
   */
  static Places places(Collection<String> needs, List<Capacity> capabilities, LocalDateTime now) {
    List<Capacity> relevant = needs.isEmpty() ? capabilities
        : capabilities.stream().filter(c -> needs.contains(c.code())).toList();
    if (relevant.isEmpty()) {
      return new Places(null, null, Availability.UNDECLARED);
    }
    int free = needs.isEmpty() ? relevant.stream().mapToInt(MatchRules::freePlaces).max().orElse(0)
        : relevant.stream().mapToInt(MatchRules::freePlaces).min().orElse(0);
    LocalDateTime declaredAt = relevant.stream().map(Capacity::declaredAt).min(LocalDateTime::compareTo)
        .orElseThrow();
    boolean stale = isStale(declaredAt, now);
    Availability availability = free > 0 ? (stale ? Availability.FREE_STALE : Availability.FREE)
        : (stale ? Availability.FULL_STALE : Availability.FULL);
    return new Places(free, declaredAt, availability);
  }

  static int freePlaces(Capacity capacity) {
    return capacity.capacityStatus().meansNoFreePlace() ? 0 : capacity.freePlaces();
  }

  /** A declaration is stale when made more than {@link #STALE_AFTER} before now (exactly 48 hours is not). */
  static boolean isStale(LocalDateTime declaredAt, LocalDateTime now) {
    return declaredAt.isBefore(now.minus(STALE_AFTER));
  }

  /** Great-circle distance from the home to the partner's site, to 0.1 km; null without either. */
  static Double distanceKm(GeoPoint home, OrganisationProfile partner) {
    if (home == null || !partner.hasCoordinates()) {
      return null;
    }
    return Math.round(home.distanceKm(partner.latitude(), partner.longitude()) * 10) / 10.0;
  }

  /** Inside when the distance is within the declared service radius (inclusive); unknown without either. */
  static Territory territory(Double distanceKm, Integer serviceRadiusKm) {
    if (distanceKm == null || serviceRadiusKm == null) {
      return Territory.UNKNOWN;
    }
    return distanceKm <= serviceRadiusKm ? Territory.INSIDE : Territory.OUTSIDE;
  }

  /**
   * Under-solicited: among at least {@link #MIN_PEERS} peers (partners of the same type covering the needs, itself
   * included), it was sent fewer requests over the last {@link #RECENT_DAYS} days than half their median.
   */
  static boolean underSolicited(int recentRequests, double peerMedian, int peers) {
    return peers >= MIN_PEERS && recentRequests < UNDER_SOLICITED_SHARE * peerMedian;
  }

  /** The median of counts (mean of the two middle ones for an even number); 0 for none. */
  static double median(int[] values) {
    if (values.length == 0) {
      return 0;
    }
    int[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
  }

  static int availabilityPoints(Availability availability) {
    return switch (availability) {
      case FREE -> 40;
      case FREE_STALE -> 20;
      case UNDECLARED, FULL_STALE -> 0;
      case FULL -> -40;
    };
  }

  static int territoryPoints(Territory territory) {
    return switch (territory) {
      case INSIDE -> 20;
      case OUTSIDE -> -20;
      case UNKNOWN -> 0;
    };
  }

  /** One point lost per 2 km, at most 30 (60 km and beyond); nothing when the distance is unknown. */
  static int distancePoints(Double km) {
    return km == null ? 0 : -(int) Math.min(MAX_DISTANCE_PENALTY, Math.round(km / KM_PER_POINT));
  }

  /** From −10 (never accepts) to +10 (always accepts), 0 at 50 %; nothing under {@link #MIN_ANSWERS} answers. */
  static int acceptancePoints(PartnerStats stats) {
    return stats.answered() < MIN_ANSWERS ? 0 : (int) Math.round((stats.acceptanceRate() - 0.5) * 20);
  }

  /** +5 for a median answer within 24 hours, −5 beyond 72 hours; nothing under {@link #MIN_ANSWERS} answers. */
  static int answerTimePoints(PartnerStats stats) {
    if (stats.answered() < MIN_ANSWERS || stats.medianAnswerHours() == null) {
      return 0;
    }
    return stats.medianAnswerHours() <= 24 ? 5 : stats.medianAnswerHours() > 72 ? -5 : 0;
  }
}

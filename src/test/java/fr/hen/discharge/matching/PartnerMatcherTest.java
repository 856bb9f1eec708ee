package fr.hen.discharge.matching;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.discharge.matching.PartnerMatcher.Ranking;
import fr.hen.discharge.matching.PartnerMatcher.Request;
import fr.hen.network.Capacity;
import fr.hen.network.CapacityStatus;
import fr.hen.network.GeoPoint;
import fr.hen.network.OrganisationProfile;
import fr.hen.network.OrganisationType;
import fr.hen.network.PartnershipStatus;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartnerMatcherTest {

  static final LocalDateTime NOW = MatchRulesTest.NOW;
  static final GeoPoint HOME = new GeoPoint(50.63, 3.06);
  static final Set<OrganisationType> HAD = EnumSet.of(OrganisationType.HAD);

  static OrganisationProfile partner(long id, String code, OrganisationType type, Double lat, Double lon,
      Integer radius, List<Capacity> caps) {
    return partner(id, code, type, lat, lon, radius, caps, PartnershipStatus.ACTIVE);
  }

  static OrganisationProfile partner(long id, String code, OrganisationType type, Double lat, Double lon,
      Integer radius, List<Capacity> caps, PartnershipStatus status) {
    return new OrganisationProfile(id, code, "Partner " + code, type, null, null, null, "Lille", lat, lon, null, null,
        status, 48, radius, null, true, caps, List.of(), null);
  }

  static List<Capacity> caps(int free, LocalDateTime declaredAt, String... codes) {
    List<Capacity> caps = new ArrayList<>();
    for (String code : codes) {
      caps.add(new Capacity(code, code, 10, free, CapacityStatus.AVAILABLE, declaredAt));
    }
    return caps;
  }

  static List<String> codes(List<PartnerMatch> matches) {
    return matches.stream().map(m -> m.partner().code()).toList();
  }

  static List<String> reasons(PartnerMatch match) {
    return match.reasons().stream().map(MatchReason::code).toList();
  }

  Request request(List<String> needs) {
    return new Request(needs, HOME, HAD, NOW);
  }

  @Test
  void partnerLackingANeed_isNoMatch_andCounted() {
    Ranking ranking = PartnerMatcher.rank(request(List.of("A", "B")), List.of(
        partner(1, "BOTH", OrganisationType.HAD, 50.63, 3.06, 20, caps(2, NOW, "A", "B")),
        partner(2, "ONLY-A", OrganisationType.HAD, 50.63, 3.06, 20, caps(2, NOW, "A"))), Map.of());
    assertThat(codes(ranking.matches())).containsExactly("BOTH");
    assertThat(ranking.lackingCapabilities()).isEqualTo(1);
    assertThat(reasons(ranking.matches().get(0))).startsWith("COVERS_NEEDS");
  }

  @Test
  void prospectsAndOtherTypes_areLeftOut() {
    Ranking ranking = PartnerMatcher.rank(request(List.of()), List.of(
        partner(1, "ACTIVE", OrganisationType.HAD, 50.63, 3.06, 20, List.of()),
        partner(2, "PROSPECT", OrganisationType.HAD, 50.63, 3.06, 20, List.of(), PartnershipStatus.PROSPECT),
        partner(3, "SMR", OrganisationType.SMR, 50.63, 3.06, 20, List.of())), Map.of());
    assertThat(codes(ranking.matches())).containsExactly("ACTIVE");
    assertThat(ranking.prospects()).isEqualTo(1);
  }

  @Test
  void freshFreePlaces_rankAboveStaleOnes_aboveFull() {
    Ranking ranking = PartnerMatcher.rank(request(List.of("A")), List.of(
        partner(1, "FULL", OrganisationType.HAD, 50.63, 3.06, 20, caps(0, NOW.minusHours(1), "A")),
        partner(2, "STALE", OrganisationType.HAD, 50.63, 3.06, 20, caps(3, NOW.minusHours(72), "A")),
        partner(3, "FRESH", OrganisationType.HAD, 50.63, 3.06, 20, caps(3, NOW.minusHours(2), "A"))), Map.of());
    assertThat(codes(ranking.matches())).containsExactly("FRESH", "STALE", "FULL");
    assertThat(reasons(ranking.matches().get(1))).contains("FREE_STALE");
    assertThat(ranking.matches().get(1).reasons()).filteredOn(r -> r.code().equals("FREE_STALE"))
        .singleElement().satisfies(r -> assertThat(r.args()).containsExactly(3, 72L));
    assertThat(ranking.matches()).extracting(PartnerMatch::rank).containsExactly(1, 2, 3);
  }

  @Test
  void insideTerritory_ranksAboveOutside_andTheReasonsSaySo() {
    Ranking ranking = PartnerMatcher.rank(request(List.of()), List.of(
        partner(1, "FAR-SMALL", OrganisationType.HAD, 50.70, 3.16, 5, List.of()),
        partner(2, "FAR-LARGE", OrganisationType.HAD, 50.70, 3.16, 30, List.of())), Map.of());
    assertThat(codes(ranking.matches())).containsExactly("FAR-LARGE", "FAR-SMALL");
    assertThat(reasons(ranking.matches().get(0))).contains("INSIDE_TERRITORY", "DISTANCE");
    assertThat(reasons(ranking.matches().get(1))).contains("OUTSIDE_TERRITORY");
    assertThat(ranking.matches().get(0).score() - ranking.matches().get(1).score()).isEqualTo(40);
  }

  @Test
  void withoutHome_thereIsNoDistance_andTheLineSaysWhy() {
    Ranking ranking = PartnerMatcher.rank(new Request(List.of(), null, HAD, NOW), List.of(
        partner(1, "P", OrganisationType.HAD, 50.63, 3.06, 20, List.of())), Map.of());
    PartnerMatch only = ranking.matches().get(0);
    assertThat(only.distanceKm()).isNull();
    assertThat(reasons(only)).contains("NO_HOME_LOCATION").doesNotContain("DISTANCE", "INSIDE_TERRITORY");
  }

  @Test
  void pastAnswers_countFromFiveAnswers() {
    Map<Long, PartnerStats> stats = Map.of(1L, new PartnerStats(10, 10, 9, 6.0), 2L, new PartnerStats(10, 10, 1, 80.0),
        3L, new PartnerStats(10, 4, 4, 1.0));
    Ranking ranking = PartnerMatcher.rank(request(List.of()), List.of(
        partner(1, "GOOD", OrganisationType.HAD, 50.63, 3.06, 20, List.of()),
        partner(2, "POOR", OrganisationType.HAD, 50.63, 3.06, 20, List.of()),
        partner(3, "NEW", OrganisationType.HAD, 50.63, 3.06, 20, List.of())), stats);
    assertThat(codes(ranking.matches())).containsExactly("GOOD", "NEW", "POOR");
    assertThat(reasons(ranking.matches().get(1))).contains("FEW_ANSWERS").doesNotContain("ACCEPTANCE");
    assertThat(reasons(ranking.matches().get(0))).contains("ACCEPTANCE", "ANSWER_TIME");
  }

  @Test
  void underSolicitedPartner_isFlagged_andKeptInTheBand_evenWhenRankedLast() {
    List<OrganisationProfile> partners = new ArrayList<>();
    Map<Long, PartnerStats> stats = new HashMap<>();
    for (int i = 1; i <= 40; i++) {
      partners.add(partner(i, "P" + i, OrganisationType.HAD, 50.63, 3.06, 20, caps(5, NOW, "A")));
      stats.put((long) i, new PartnerStats(10, 10, 8, 5.0));
    }
    // Far away, outside its territory, no free place: last on every criterion but one — it was sent 1 request.
    partners.add(partner(99, "QUIET", OrganisationType.HAD, 43.30, 5.37, 20, caps(0, NOW, "A")));
    stats.put(99L, new PartnerStats(1, 0, 0, null));
    Ranking ranking = PartnerMatcher.rank(request(List.of("A")), partners, stats);
    PartnerMatch quiet = ranking.matches().stream().filter(m -> m.partner().code().equals("QUIET")).findFirst()
        .orElseThrow();
    assertThat(quiet.underSolicited()).isTrue();
    assertThat(quiet.rank()).isEqualTo(41);
    assertThat(reasons(quiet)).contains("UNDER_SOLICITED");
    assertThat(quiet.reasons()).filteredOn(r -> r.code().equals("UNDER_SOLICITED")).singleElement()
        .satisfies(r -> assertThat(r.args()).containsExactly(1, 10.0));
    assertThat(codes(ranking.underSolicited())).containsExactly("QUIET");
    assertThat(ranking.matches().stream().filter(m -> !m.partner().code().equals("QUIET")))
        .noneMatch(PartnerMatch::underSolicited);
  }

  @Test
  void peersAreOfTheSameType() {
    Map<Long, PartnerStats> stats = Map.of(1L, new PartnerStats(20, 0, 0, null), 2L, new PartnerStats(20, 0, 0, null),
        3L, new PartnerStats(20, 0, 0, null), 4L, new PartnerStats(1, 0, 0, null));
    Ranking ranking = PartnerMatcher.rank(new Request(List.of(), HOME, EnumSet.of(OrganisationType.HAD,
        OrganisationType.SSIAD), NOW), List.of(
        partner(1, "H1", OrganisationType.HAD, 50.63, 3.06, 20, List.of()),
        partner(2, "H2", OrganisationType.HAD, 50.63, 3.06, 20, List.of()),
        partner(3, "H3", OrganisationType.HAD, 50.63, 3.06, 20, List.of()),
        partner(4, "S1", OrganisationType.SSIAD, 50.63, 3.06, 20, List.of())), stats);
    assertThat(ranking.underSolicited()).as("the only SSIAD has no peers to compare with").isEmpty();
  }

  @Test
  void networkMarkedUnderSolicited_isFlaggedToo() {
    Ranking ranking = PartnerMatcher.rank(request(List.of()), List.of(partner(1, "MARKED", OrganisationType.HAD,
        50.63, 3.06, 20, List.of(), PartnershipStatus.UNDER_SOLICITED)), Map.of());
    assertThat(ranking.underSolicited()).hasSize(1);
    assertThat(reasons(ranking.matches().get(0))).contains("NETWORK_UNDER_SOLICITED");
  }

  @Test
  void dac_needsNoCapability_andRanksByTerritory() {
    Ranking ranking = PartnerMatcher.rank(new Request(List.of("A"), HOME, EnumSet.of(OrganisationType.DAC), NOW),
        List.of(partner(1, "DAC-FAR", OrganisationType.DAC, 48.85, 2.35, 30, List.of()),
            partner(2, "DAC-HERE", OrganisationType.DAC, 50.64, 3.07, 30, List.of())), Map.of());
    assertThat(codes(ranking.matches())).containsExactly("DAC-HERE", "DAC-FAR");
    assertThat(reasons(ranking.matches().get(0))).startsWith("DAC_COORDINATION").contains("INSIDE_TERRITORY");
  }

  @Test
  void scoreIsTheSumOfTheReasonsPoints_andTiesGoToTheNearest() {
    Ranking ranking = PartnerMatcher.rank(request(List.of()), List.of(
        partner(1, "B-FAR", OrganisationType.HAD, 50.64, 3.07, null, List.of()),
        partner(2, "A-NEAR", OrganisationType.HAD, 50.63, 3.06, null, List.of())), Map.of());
    assertThat(codes(ranking.matches())).containsExactly("A-NEAR", "B-FAR");
    for (PartnerMatch m : ranking.matches()) {
      assertThat(m.score()).isEqualTo(m.reasons().stream().mapToInt(MatchReason::points).sum());
    }
  }
}

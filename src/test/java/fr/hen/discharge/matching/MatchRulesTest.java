package fr.hen.discharge.matching;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.discharge.matching.MatchRules.Availability;
import fr.hen.discharge.matching.MatchRules.Territory;
import fr.hen.network.Capacity;
import fr.hen.network.CapacityStatus;
import fr.hen.network.GeoPoint;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchRulesTest {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 12, 0);

  static Capacity cap(String code, int free, LocalDateTime declaredAt) {
    return new Capacity(code, code, 10, free, CapacityStatus.AVAILABLE, declaredAt);
  }

  @Test
  void missingCapabilities_listsTheNeedsNotDeclared() {
    List<Capacity> caps = List.of(cap("A", 1, NOW), cap("B", 1, NOW));
    assertThat(MatchRules.missingCapabilities(List.of("A", "B"), caps)).isEmpty();
    assertThat(MatchRules.missingCapabilities(List.of("A", "C", "D"), caps)).containsExactly("C", "D");
    assertThat(MatchRules.missingCapabilities(List.of(), caps)).isEmpty();
  }

  @Test
  void places_withNeeds_areTheFewestFreeAmongThem_andTheOldestDeclaration() {
    MatchRules.Places places = MatchRules.places(List.of("A", "B"),
        List.of(cap("A", 3, NOW.minusHours(1)), cap("B", 1, NOW.minusHours(5)), cap("C", 9, NOW)), NOW);
    assertThat(places.free()).isEqualTo(1);
    assertThat(places.declaredAt()).isEqualTo(NOW.minusHours(5));
    assertThat(places.availability()).isEqualTo(Availability.FREE);
  }

  @Test
  void places_withoutNeeds_areTheMostFreeOfAnyCapability() {
    assertThat(MatchRules.places(List.of(), List.of(cap("A", 3, NOW), cap("B", 7, NOW)), NOW).free()).isEqualTo(7);
  }

  @Test
  void closedOrFullStatus_countsAsNoFreePlace() {
    Capacity closed = new Capacity("A", "A", 10, 4, CapacityStatus.CLOSED, NOW);
    assertThat(MatchRules.places(List.of("A"), List.of(closed), NOW).availability()).isEqualTo(Availability.FULL);
  }

  @Test
  void declaration_isStaleBeyond48Hours_notAtExactly48() {
    assertThat(MatchRules.isStale(NOW.minusHours(48), NOW)).isFalse();
    assertThat(MatchRules.isStale(NOW.minusHours(48).minusMinutes(1), NOW)).isTrue();
    assertThat(MatchRules.places(List.of("A"), List.of(cap("A", 2, NOW.minusHours(49))), NOW).availability())
        .isEqualTo(Availability.FREE_STALE);
    assertThat(MatchRules.places(List.of("A"), List.of(cap("A", 0, NOW.minusHours(49))), NOW).availability())
        .isEqualTo(Availability.FULL_STALE);
  }

  @Test
  void noDeclarationForTheNeeds_isUndeclared() {
    assertThat(MatchRules.places(List.of(), List.of(), NOW).availability()).isEqualTo(Availability.UNDECLARED);
  }

  @Test
  void territory_isInsideUpToTheRadius_unknownWithoutDistanceOrRadius() {
    assertThat(MatchRules.territory(20.0, 20)).isEqualTo(Territory.INSIDE);
    assertThat(MatchRules.territory(20.1, 20)).isEqualTo(Territory.OUTSIDE);
    assertThat(MatchRules.territory(null, 20)).isEqualTo(Territory.UNKNOWN);
    assertThat(MatchRules.territory(5.0, null)).isEqualTo(Territory.UNKNOWN);
  }

  @Test
  void distance_isNullWithoutHome_orWithoutCoordinates() {
    var located = PartnerMatcherTest.partner(1, "P1", fr.hen.network.OrganisationType.HAD, 50.70, 3.16, null,
        List.of());
    var unlocated = PartnerMatcherTest.partner(2, "P2", fr.hen.network.OrganisationType.HAD, null, null, null,
        List.of());
    GeoPoint lille = new GeoPoint(50.63, 3.06);
    assertThat(MatchRules.distanceKm(null, located)).isNull();
    assertThat(MatchRules.distanceKm(lille, unlocated)).isNull();
    assertThat(MatchRules.distanceKm(lille, located)).isBetween(10.0, 11.0);
  }

  @Test
  void underSolicited_isUnderHalfThePeersMedian_amongAtLeastThreePeers() {
    assertThat(MatchRules.underSolicited(4, 10, 3)).isTrue();
    assertThat(MatchRules.underSolicited(5, 10, 3)).as("exactly half is not under").isFalse();
    assertThat(MatchRules.underSolicited(0, 10, 2)).as("two peers: no comparison").isFalse();
    assertThat(MatchRules.underSolicited(0, 0, 10)).as("nobody is sent anything").isFalse();
  }

  @Test
  void median_ofOddAndEvenCounts() {
    assertThat(MatchRules.median(new int[] {5, 1, 9})).isEqualTo(5);
    assertThat(MatchRules.median(new int[] {1, 2, 3, 10})).isEqualTo(2.5);
    assertThat(MatchRules.median(new int[0])).isZero();
  }

  @Test
  void points_ofEachCriterion() {
    assertThat(MatchRules.availabilityPoints(Availability.FREE)).isEqualTo(40);
    assertThat(MatchRules.availabilityPoints(Availability.FREE_STALE)).isEqualTo(20);
    assertThat(MatchRules.availabilityPoints(Availability.FULL)).isEqualTo(-40);
    assertThat(MatchRules.territoryPoints(Territory.OUTSIDE)).isEqualTo(-20);
    assertThat(MatchRules.distancePoints(10.0)).isEqualTo(-5);
    assertThat(MatchRules.distancePoints(500.0)).isEqualTo(-30);
    assertThat(MatchRules.distancePoints(null)).isZero();
    assertThat(MatchRules.acceptancePoints(new PartnerStats(0, 10, 10, 5.0))).isEqualTo(10);
    assertThat(MatchRules.acceptancePoints(new PartnerStats(0, 10, 0, 5.0))).isEqualTo(-10);
    assertThat(MatchRules.acceptancePoints(new PartnerStats(0, 4, 4, 5.0))).as("under 5 answers").isZero();
    assertThat(MatchRules.answerTimePoints(new PartnerStats(0, 5, 1, 24.0))).isEqualTo(5);
    assertThat(MatchRules.answerTimePoints(new PartnerStats(0, 5, 1, 73.0))).isEqualTo(-5);
    assertThat(MatchRules.answerTimePoints(new PartnerStats(0, 5, 1, 48.0))).isZero();
  }
}

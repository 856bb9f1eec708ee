package fr.hen.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoPointTest {

  static final GeoPoint LILLE = new GeoPoint(50.6292, 3.0573);

  @Test
  void distanceFromParisToLyon_isAbout391Km() {
    assertThat(new GeoPoint(48.8566, 2.3522).distanceKm(45.7640, 4.8357)).isCloseTo(391.5, within(0.1));
  }

  @Test
  void distanceFromLilleToArras_isAbout42Km() {
    assertThat(LILLE.distanceKm(50.2910, 2.7775)).isCloseTo(42.5, within(0.05));
  }

  @Test
  void distanceToItself_isZero() {
    assertThat(LILLE.distanceKm(50.6292, 3.0573)).isZero();
  }

  @Test
  void distanceBetweenAntipodes_isHalfTheCircumference() {
    assertThat(new GeoPoint(0, 0).distanceKm(0, 180)).isCloseTo(Math.PI * GeoPoint.EARTH_RADIUS_KM, within(0.001));
  }

  @Test
  void parse_readsLatitudeCommaLongitude() {
    assertThat(GeoPoint.parse(" 50.63 , 3.06")).isEqualTo(new GeoPoint(50.63, 3.06));
  }

  @Test
  void parse_readsEitherDecimalSeparator_andTheUsualSeparators() {
    GeoPoint expected = new GeoPoint(50.63, 3.06);
    for (String text : new String[] {"50.63,3.06", "50.63, 3.06", "50.63 ,3.06", "50.63 3.06", "50.63;3.06",
        "50,63;3,06", "50,63 ; 3,06", "50,63 3,06", "50,63, 3,06", "50,63,3,06", "+50.63\t3.06"}) {
      assertThat(GeoPoint.parse(text)).as(text).isEqualTo(expected);
    }
    assertThat(GeoPoint.parse("-21,1;55,5")).isEqualTo(new GeoPoint(-21.1, 55.5));
    assertThat(GeoPoint.parse("50,3")).isEqualTo(new GeoPoint(50, 3));
  }

  @Test
  void parse_rejectsAmbiguousOrIncompleteNumbers() {
    for (String text : new String[] {"50,63,3", "50.63", "50.63;3.06;1", "50..63,3", "1e1,3", "NaN,3", "", " "}) {
      assertThatThrownBy(() -> GeoPoint.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void parse_rejectsTextOrOutOfRangeValues() {
    assertThatThrownBy(() -> GeoPoint.parse("lille")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GeoPoint.parse("50.6,abc")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GeoPoint.parse("95,3")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GeoPoint.parse("50,181")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void query_sortsByDistanceWhenNearIsGiven_andByNameOtherwise() {
    assertThat(new OrganisationQuery(null, null, null, null, false, LILLE, null, 0, 25).sort())
        .isEqualTo(DirectorySort.DISTANCE);
    assertThat(new OrganisationQuery(null, null, null, null, false, null, DirectorySort.DISTANCE, 0, 25).sort())
        .isEqualTo(DirectorySort.NAME);
    assertThat(new OrganisationQuery(null, null, null, null, false, LILLE, DirectorySort.CITY, 0, 25).sort())
        .isEqualTo(DirectorySort.CITY);
  }

  @Test
  void query_clampsPageSizeTo200_andDefaultsTo25() {
    assertThat(new OrganisationQuery(null, null, null, null, false, null, null, -1, 5000).size()).isEqualTo(200);
    assertThat(new OrganisationQuery(null, null, null, null, false, null, null, -1, 5000).page()).isZero();
  }

  @Test
  void theRangeBounds_areValidCoordinates_andBeyondThemNot() {
    assertThat(new GeoPoint(90, 180)).isEqualTo(new GeoPoint(90.0, 180.0));
    assertThat(new GeoPoint(-90, -180).latitude()).isEqualTo(-90);
    assertThatThrownBy(() -> new GeoPoint(90.001, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GeoPoint(-90.001, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GeoPoint(0, 180.001)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GeoPoint(0, -180.001)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void query_treatsBlankTextAndCapabilityAsNone_andTrimsThem() {
    OrganisationQuery blank = new OrganisationQuery(null, " ", null, " ", false, null, null, 0, 25);
    assertThat(blank.q()).isNull();
    assertThat(blank.capability()).isNull();
    OrganisationQuery given = new OrganisationQuery(null, " DIALYSIS ", null, " Lille ", false, null, null, 0, 25);
    assertThat(given.q()).isEqualTo("Lille");
    assertThat(given.capability()).isEqualTo("DIALYSIS");
  }
}

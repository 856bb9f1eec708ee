package fr.hen.network.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.network.CapacityDeclaration;
import fr.hen.network.CapacityProblem;
import fr.hen.network.CapacityStatus;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link CapacityRules}: the exact path, message key and arguments it gives. */
class CapacityRulesTest {

  static final Predicate<String> CATALOGUE = List.of("DIALYSIS", "PALLIATIVE_CARE")::contains;

  static CapacityDeclaration line(String code, Integer places, Integer free, CapacityStatus status) {
    return new CapacityDeclaration(code, places, free, status);
  }

  static List<String> problems(CapacityDeclaration... lines) {
    return CapacityRules.problems(Arrays.asList(lines), CATALOGUE).stream()
        .map(p -> p.path() + " " + p.messageKey().replace("network.capacity.error.", "") + p.arguments())
        .toList();
  }

  @Test
  void consistentLines_haveNoProblem() {
    assertThat(problems(line("DIALYSIS", 3, 1, CapacityStatus.AVAILABLE), line("PALLIATIVE_CARE", 9999, 0,
        CapacityStatus.CLOSED))).isEmpty();
  }

  @Test
  void capabilityExists() {
    assertThat(problems(line("TELEPORTATION", 1, 0, CapacityStatus.AVAILABLE)))
        .containsExactly("capabilities[0].capability unknown[]");
  }

  @Test
  void capabilityDeclaredOnce() {
    assertThat(problems(line("DIALYSIS", 1, 0, CapacityStatus.AVAILABLE), line("DIALYSIS", 2, 0,
        CapacityStatus.AVAILABLE))).containsExactly("capabilities[1].capability twice[]");
  }

  @Test
  void placesWithinRange() {
    assertThat(problems(line("DIALYSIS", null, 1, CapacityStatus.AVAILABLE)))
        .containsExactly("capabilities[0].places placesRequired[]");
    assertThat(problems(line("DIALYSIS", -1, 0, CapacityStatus.AVAILABLE)))
        .containsExactly("capabilities[0].places placesRange[9999]");
    assertThat(problems(line("DIALYSIS", 10_000, 0, CapacityStatus.AVAILABLE)))
        .containsExactly("capabilities[0].places placesRange[9999]");
  }

  @Test
  void freePlacesGiven() {
    assertThat(problems(line("DIALYSIS", 3, null, CapacityStatus.AVAILABLE)))
        .containsExactly("capabilities[0].free_places freeRequired[]");
  }

  @Test
  void freePlacesNotNegative() {
    assertThat(problems(line("DIALYSIS", 3, -1, CapacityStatus.AVAILABLE)))
        .containsExactly("capabilities[0].free_places freeNegative[]");
  }

  @Test
  void freePlacesWithinPlaces_onlyWhenThePlacesAreValid() {
    assertThat(problems(line("DIALYSIS", 3, 4, CapacityStatus.AVAILABLE)))
        .containsExactly("capabilities[0].free_places freeAbovePlaces[3]");
    assertThat(problems(line("DIALYSIS", null, 4, CapacityStatus.AVAILABLE)))
        .containsExactly("capabilities[0].places placesRequired[]");
  }

  @Test
  void statusGiven() {
    assertThat(problems(line("DIALYSIS", 3, 1, null)))
        .containsExactly("capabilities[0].capacity_status statusRequired[]");
  }

  @Test
  void noFreePlaceWhenClosedOrFull() {
    assertThat(problems(line("DIALYSIS", 3, 1, CapacityStatus.CLOSED), line("PALLIATIVE_CARE", 3, 2,
        CapacityStatus.OCCUPIED))).containsExactly("capabilities[0].capacity_status noFreeWhenFull[]",
        "capabilities[1].capacity_status noFreeWhenFull[]");
    assertThat(problems(line("DIALYSIS", 3, 3, CapacityStatus.SURGE), line("PALLIATIVE_CARE", 3, 1,
        CapacityStatus.RESERVED))).isEmpty();
  }

  @Test
  void missingLine_isACapabilityRequired() {
    assertThat(problems(line("DIALYSIS", 3, 1, CapacityStatus.AVAILABLE), null))
        .containsExactly("capabilities[1].capability required[]");
  }

  @Test
  void everyBrokenField_ofEveryLine_isReported_inTheOrderOfTheFields() {
    assertThat(CapacityRules.problems(List.of(line("DIALYSIS", -1, -1, null)), CATALOGUE))
        .extracting(CapacityProblem::field).containsExactly("places", "free_places", "capacity_status");
  }
}

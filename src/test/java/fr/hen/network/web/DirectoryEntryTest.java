package fr.hen.network.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.network.Capacity;
import fr.hen.network.CapacityStatus;
import fr.hen.network.OrganisationProfile;
import fr.hen.network.OrganisationType;
import fr.hen.network.PartnershipStatus;
import fr.hen.network.web.DirectoryEntry.Line;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectoryEntryTest {

  static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 10, 14, 0);

  static OrganisationProfile declaring(Capacity... capacities) {
    return new OrganisationProfile(1, "HAD-1", "HAD", OrganisationType.HAD, null, null, null, "Lille", null, null,
        null, null, PartnershipStatus.ACTIVE, null, null, null, true, List.of(capacities), List.of(), null);
  }

  static Capacity capacity(String code, int free, CapacityStatus status, int hoursAgo) {
    return new Capacity(code, code, 10, free, status, NOW.minusHours(hoursAgo));
  }

  @Test
  void withoutCapabilityFilter_eachCapabilityHasItsOwnFreePlacesAndAge_neverASum() {
    DirectoryEntry entry = DirectoryEntry.of(declaring(capacity("DIALYSIS", 2, CapacityStatus.AVAILABLE, 30),
        capacity("PALLIATIVE_CARE", 3, CapacityStatus.SURGE, 5)), null, NOW);
    assertThat(entry.capacities()).containsExactly(
        new Line("DIALYSIS", "DIALYSIS", 2, 10, CapacityStatus.AVAILABLE, new DeclarationAge(30, "hours")),
        new Line("PALLIATIVE_CARE", "PALLIATIVE_CARE", 3, 10, CapacityStatus.SURGE, new DeclarationAge(5, "hours")));
  }

  @Test
  void withCapabilityFilter_showsOnlyThatCapability() {
    DirectoryEntry entry = DirectoryEntry.of(declaring(capacity("DIALYSIS", 2, CapacityStatus.AVAILABLE, 30),
        capacity("PALLIATIVE_CARE", 3, CapacityStatus.AVAILABLE, 5)), "DIALYSIS", NOW);
    assertThat(entry.capacities()).extracting(Line::code, Line::freePlaces, Line::age)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("DIALYSIS", 2, new DeclarationAge(30, "hours")));
  }

  @Test
  void closedOrFullCapability_showsNoFreePlace_butItsDeclarationAge() {
    DirectoryEntry entry = DirectoryEntry.of(declaring(capacity("DIALYSIS", 2, CapacityStatus.CLOSED, 3),
        capacity("BARIATRIC", 1, CapacityStatus.OCCUPIED, 2)), null, NOW);
    assertThat(entry.capacities()).extracting(Line::freePlaces).containsExactly(0, 0);
    assertThat(entry.capacities().getFirst().age()).isEqualTo(new DeclarationAge(3, "hours"));
    assertThat(entry.capacities()).allMatch(Line::notable);
  }

  @Test
  void noDeclaredCapacity_givesNoLine() {
    assertThat(DirectoryEntry.of(declaring(), null, NOW).capacities()).isEmpty();
  }
}

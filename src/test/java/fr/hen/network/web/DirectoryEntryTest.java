package fr.hen.network.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.network.Capacity;
import fr.hen.network.CapacityStatus;
import fr.hen.network.OrganisationProfile;
import fr.hen.network.OrganisationType;
import fr.hen.network.PartnershipStatus;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectoryEntryTest {

  static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 10, 14, 0);

  static OrganisationProfile declaring(Capacity... capacities) {
    return new OrganisationProfile(1, "HAD-1", "HAD", OrganisationType.HAD, null, null, null, "Lille", null, null,
        null, null, PartnershipStatus.ACTIVE, null, true, List.of(capacities), List.of(), null);
  }

  static Capacity capacity(String code, int free, CapacityStatus status, int hoursAgo) {
    return new Capacity(code, code, 10, free, status, NOW.minusHours(hoursAgo));
  }

  @Test
  void withoutCapabilityFilter_sumsFreePlacesOfOpenCapabilities_andAgesTheLatestDeclaration() {
    DirectoryEntry entry = DirectoryEntry.of(declaring(capacity("DIALYSIS", 2, CapacityStatus.AVAILABLE, 30),
        capacity("PALLIATIVE_CARE", 3, CapacityStatus.SURGE, 5),
        capacity("BARIATRIC", 4, CapacityStatus.CLOSED, 1)), null, NOW);
    assertThat(entry.freePlaces()).isEqualTo(5);
    assertThat(entry.age()).isEqualTo(new DeclarationAge(1, "hours"));
  }

  @Test
  void withCapabilityFilter_countsOnlyThatCapability() {
    DirectoryEntry entry = DirectoryEntry.of(declaring(capacity("DIALYSIS", 2, CapacityStatus.AVAILABLE, 30),
        capacity("PALLIATIVE_CARE", 3, CapacityStatus.AVAILABLE, 5)), "DIALYSIS", NOW);
    assertThat(entry.freePlaces()).isEqualTo(2);
    assertThat(entry.age()).isEqualTo(new DeclarationAge(30, "hours"));
  }

  @Test
  void closedCapability_hasNoFreePlaces_butItsDeclarationCounts() {
    DirectoryEntry entry = DirectoryEntry.of(declaring(capacity("DIALYSIS", 2, CapacityStatus.CLOSED, 3)),
        "DIALYSIS", NOW);
    assertThat(entry.freePlaces()).isZero();
    assertThat(entry.age()).isEqualTo(new DeclarationAge(3, "hours"));
  }

  @Test
  void noDeclaredCapacity_givesNeitherFreePlacesNorAge() {
    DirectoryEntry entry = DirectoryEntry.of(declaring(), null, NOW);
    assertThat(entry.freePlaces()).isNull();
    assertThat(entry.age()).isNull();
  }
}

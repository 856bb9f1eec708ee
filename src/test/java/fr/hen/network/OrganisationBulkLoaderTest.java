package fr.hen.network;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.hen.network.OrganisationBulkLoader.DeclaredCapacity;
import fr.hen.network.OrganisationBulkLoader.Entry;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bulk load of organisations is refused before anything is written (the loader has no database here). */
class OrganisationBulkLoaderTest {

  static final LocalDateTime AT = LocalDateTime.of(2026, 3, 2, 10, 0);
  static final OrganisationBulkLoader LOADER = new OrganisationBulkLoader(null, null);

  static Entry entry(long id, String code, List<DeclaredCapacity> capacities) {
    return new Entry(id, code, OrganisationType.HAD, "HAD " + code, null, null, null, "Lille", null, null, null,
        PartnershipStatus.ACTIVE, null, null, null, AT, capacities, List.of());
  }

  @Test
  void codeGivenTwice_isRefused() {
    assertThatThrownBy(() -> LOADER.load(List.of(entry(1, "HAD-01", List.of()), entry(2, "HAD-01", List.of()))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("given twice");
  }

  @Test
  void malformedCode_isRefused() {
    assertThatThrownBy(() -> LOADER.load(List.of(entry(1, "had 01", List.of()))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformed");
  }

  @Test
  void moreFreePlacesThanPlaces_isRefused() {
    assertThatThrownBy(() -> LOADER.load(List.of(entry(1, "HAD-01",
        List.of(new DeclaredCapacity("PAIN_PUMP", 3, 4, CapacityStatus.AVAILABLE, AT))))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("free places");
  }
}

package fr.hen.network.web;

import fr.hen.network.Capacity;
import fr.hen.network.CapacityStatus;
import fr.hen.network.OrganisationProfile;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One row of the directory page: the organisation and, capability by capability, its free places out of its places,
 * its status and how long ago it was declared; only the filtered capability when the search filters one. Free places
 * are never added up across capabilities (a place for dialysis is no place for palliative care). A capability
 * declared closed or full shows no free place. Computed from the capacities the search already loaded for the
 * whole page, so no query is added.
 */
record DirectoryEntry(OrganisationProfile organisation, List<Line> capacities) {

  /** The declared capacity of one capability, as the directory shows it. */
  record Line(String code, String label, int freePlaces, int places, CapacityStatus status, DeclarationAge age) {

    /** Whether the status is worth showing next to the figures (anything but available). */
    public boolean notable() {
      return status != CapacityStatus.AVAILABLE;
    }
  }

  static DirectoryEntry of(OrganisationProfile organisation, String capability, LocalDateTime now) {
    return new DirectoryEntry(organisation, organisation.capabilities().stream()
        .filter(c -> capability == null || capability.equals(c.code()))
        .map(c -> line(c, now)).toList());
  }

  private static Line line(Capacity c, LocalDateTime now) {
    return new Line(c.code(), c.label(), c.capacityStatus().meansNoFreePlace() ? 0 : c.freePlaces(), c.places(),
        c.capacityStatus(), c.declaredAt() == null ? null : DeclarationAge.between(c.declaredAt(), now));
  }
}

package fr.hen.network.web;

import fr.hen.network.Capacity;
import fr.hen.network.CapacityStatus;
import fr.hen.network.OrganisationProfile;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One row of the directory page: the organisation, its free places for the filtered capability (all capabilities
 * when none is filtered; capabilities declared {@code CLOSED} count for none) and the age of the latest of those
 * declarations. Both are null when the organisation declares no such capacity. Computed from the capacities the
 * search already loaded for the whole page, so no query is added.
 */
record DirectoryEntry(OrganisationProfile organisation, Integer freePlaces, DeclarationAge age) {

  static DirectoryEntry of(OrganisationProfile organisation, String capability, LocalDateTime now) {
    List<Capacity> considered = organisation.capabilities().stream()
        .filter(c -> capability == null || capability.equals(c.code())).toList();
    if (considered.isEmpty()) {
      return new DirectoryEntry(organisation, null, null);
    }
    int free = considered.stream().filter(c -> c.capacityStatus() != CapacityStatus.CLOSED)
        .mapToInt(Capacity::freePlaces).sum();
    LocalDateTime latest = considered.stream().map(Capacity::declaredAt).filter(Objects::nonNull)
        .max(Comparator.naturalOrder()).orElse(null);
    return new DirectoryEntry(organisation, free, latest == null ? null : DeclarationAge.between(latest, now));
  }
}

package fr.hen.network.internal;

import fr.hen.network.CapacityDeclaration;
import fr.hen.network.OrganisationData;
import fr.hen.platform.InvalidFieldException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Business rules on organisation data that bean validation cannot express; each breaks with an
 * {@link InvalidFieldException} naming the (snake_case) field.
 */
public final class OrganisationRules {

  private OrganisationRules() {}

  /** Checks every rule on the data of an organisation. */
  public static void check(OrganisationData data, Predicate<String> capabilityExists) {
    coordinatesGoTogether(data.latitude(), data.longitude());
    if (data.capabilities() != null) {
      capacityIsConsistent(data.capabilities(), capabilityExists);
    }
  }

  /** Latitude and longitude are both given or both left out. */
  public static void coordinatesGoTogether(Double latitude, Double longitude) {
    if (latitude == null && longitude != null) {
      throw new InvalidFieldException("latitude", "latitude is required with a longitude");
    }
    if (latitude != null && longitude == null) {
      throw new InvalidFieldException("longitude", "longitude is required with a latitude");
    }
  }

  /** Each declared capability exists, is declared once, has places ≥ 0 and 0 ≤ free places ≤ places. */
  public static void capacityIsConsistent(List<CapacityDeclaration> declarations, Predicate<String> exists) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < declarations.size(); i++) {
      CapacityDeclaration d = declarations.get(i);
      String prefix = "capabilities[" + i + "].";
      if (d.capability() == null || !exists.test(d.capability())) {
        throw new InvalidFieldException(prefix + "capability", "unknown capability '" + d.capability() + "'");
      }
      if (!seen.add(d.capability())) {
        throw new InvalidFieldException(prefix + "capability", "capability '" + d.capability()
            + "' is declared twice");
      }
      if (d.places() == null || d.places() < 0) {
        throw new InvalidFieldException(prefix + "places", "places must be 0 or more");
      }
      if (d.freePlaces() == null || d.freePlaces() < 0 || d.freePlaces() > d.places()) {
        throw new InvalidFieldException(prefix + "free_places", "free places must be between 0 and " + d.places());
      }
      if (d.capacityStatus() == null) {
        throw new InvalidFieldException(prefix + "capacity_status", "capacity status is required");
      }
    }
  }
}

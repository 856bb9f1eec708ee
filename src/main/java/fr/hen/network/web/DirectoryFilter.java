package fr.hen.network.web;

import fr.hen.network.DirectorySort;
import fr.hen.network.GeoPoint;
import fr.hen.network.OrganisationType;
import fr.hen.network.PartnershipStatus;

/**
 * The directory page's filters as typed: {@code from} is a hospital code to measure distances from, {@code lat}
 * and {@code lon} a free point (ignored unless both are valid numbers).
 */
record DirectoryFilter(String q, OrganisationType type, String capability, PartnershipStatus status, String from,
    String lat, String lon, String sort, Integer page) {

  DirectoryFilter {
    from = from == null || from.isBlank() ? null : from;
  }

  GeoPoint point() {
    if (lat == null || lon == null || lat.isBlank() || lon.isBlank()) {
      return null;
    }
    try {
      return GeoPoint.parse(lat + "," + lon);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  DirectorySort sortOrNull() {
    try {
      return sort == null || sort.isBlank() ? null : DirectorySort.parse(sort);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

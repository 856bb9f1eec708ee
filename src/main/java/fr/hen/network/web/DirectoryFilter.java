package fr.hen.network.web;

import fr.hen.network.DirectorySort;
import fr.hen.network.OrganisationType;
import fr.hen.network.PartnershipStatus;

/**
 * The directory page's filters as typed: {@code from} is a hospital code to measure distances from, {@code near} a
 * town, a postcode or coordinates typed by the user (it wins over {@code from} when both are given).
 */
record DirectoryFilter(String q, OrganisationType type, String capability, PartnershipStatus status, String from,
    String near, String sort, Integer page) {

  DirectoryFilter {
    from = from == null || from.isBlank() ? null : from;
    near = near == null || near.isBlank() ? null : near.trim();
  }

  DirectorySort sortOrNull() {
    try {
      return sort == null || sort.isBlank() ? null : DirectorySort.parse(sort);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

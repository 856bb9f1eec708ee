package fr.hen.network;

import fr.hen.platform.PageSlice;

/**
 * A directory search: every filter is optional; {@code near} sorts by distance unless another sort is asked;
 * inactive organisations are left out unless {@code includeInactive}.
 */
public record OrganisationQuery(OrganisationType type, String capability, PartnershipStatus status, String q,
    boolean includeInactive, GeoPoint near, DirectorySort sort, int page, int size) {

  public OrganisationQuery {
    q = q == null || q.isBlank() ? null : q.trim();
    capability = capability == null || capability.isBlank() ? null : capability.trim();
    page = PageSlice.clampPage(page);
    size = PageSlice.clampSize(size);
    if (sort == null || sort == DirectorySort.DISTANCE && near == null) {
      sort = near == null ? DirectorySort.NAME : DirectorySort.DISTANCE;
    }
  }
}

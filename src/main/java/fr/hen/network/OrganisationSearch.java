package fr.hen.network;

import fr.hen.network.internal.DirectorySearchSql;
import fr.hen.platform.PageSlice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Searches the directory: filters, sort by name, city, type or distance, one page at a time. */
@Service
public class OrganisationSearch {

  private final DirectorySearchSql sql;

  OrganisationSearch(DirectorySearchSql sql) {
    this.sql = sql;
  }

  /** One page of results; near a point, each result with coordinates carries its great-circle distance in km. */
  @Transactional(readOnly = true)
  public PageSlice<OrganisationProfile> search(OrganisationQuery query) {
    PageSlice<OrganisationProfile> page = sql.search(query);
    GeoPoint near = query.near();
    return near == null ? page : page.map(o -> o.withDistance(o.hasCoordinates()
        ? Math.round(near.distanceKm(o.latitude(), o.longitude()) * 10) / 10.0 : null));
  }
}

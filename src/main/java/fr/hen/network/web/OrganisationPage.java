package fr.hen.network.web;

import fr.hen.network.OrganisationProfile;
import fr.hen.platform.PageSlice;
import java.util.List;

/** JSON body of a directory search: the items of one page and where that page stands. */
record OrganisationPage(List<OrganisationProfile> items, int page, int size, long total, int totalPages) {

  static OrganisationPage of(PageSlice<OrganisationProfile> slice) {
    return new OrganisationPage(slice.items(), slice.page(), slice.size(), slice.total(), slice.totalPages());
  }
}

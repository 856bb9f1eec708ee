package fr.hen.network;

import fr.hen.network.UnknownPlaceException.Reason;
import fr.hen.network.internal.DirectorySearchSql;
import fr.hen.network.internal.PlaceLookup;
import fr.hen.network.internal.SearchText;
import fr.hen.platform.PageSlice;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the directory: filters, words of the name, city or code without accents or case, sort by name, city,
 * type or distance, one page at a time; and finds the reference point of a distance search from what a person
 * types: coordinates, a postcode or a town.
 */
@Service
public class OrganisationSearch {

  /** A town's organisations lying further apart than this are taken for several towns of the same name. */
  static final double SAME_TOWN_KM = 50;

  /** A French postcode: five digits (a space typed after the second one is ignored). */
  private static final Pattern POSTCODE = Pattern.compile("\\d{5}");
  /** Only digits, signs and separators: meant as coordinates. */
  private static final Pattern COORDINATES = Pattern.compile("[-+0-9.,;\\s]*\\d[-+0-9.,;\\s]*");

  private final DirectorySearchSql sql;
  private final PlaceLookup places;

  OrganisationSearch(DirectorySearchSql sql, PlaceLookup places) {
    this.sql = sql;
    this.places = places;
  }

  /** One page of results; near a point, each result with coordinates carries its great-circle distance in km. */
  @Transactional(readOnly = true)
  public PageSlice<OrganisationProfile> search(OrganisationQuery query) {
    PageSlice<OrganisationProfile> page = sql.search(query);
    GeoPoint near = query.near();
    return near == null ? page : page.map(o -> o.withDistance(o.hasCoordinates()
        ? Math.round(near.distanceKm(o.latitude(), o.longitude()) * 10) / 10.0 : null));
  }

  /**
   * The point that {@code near} names, or null when it is blank: coordinates ({@link GeoPoint#parse}, either
   * decimal separator), a postcode or a town (ignoring accents, case and hyphens), these two placed at the centre of
   * the directory's organisations there. Anything else is an {@link UnknownPlaceException}: unreadable or
   * out-of-range coordinates, a place without any organisation with coordinates, or a town name whose organisations
   * lie more than {@value #SAME_TOWN_KM} km apart (several towns of that name: the postcode tells them apart).
   */
  @Transactional(readOnly = true)
  public GeoPoint locate(String near) {
    String text = near == null ? "" : near.trim();
    if (text.isEmpty()) {
      return null;
    }
    String compact = text.replace(" ", "");
    if (POSTCODE.matcher(compact).matches()) {
      return places.postcode(compact).map(a -> new GeoPoint(a.latitude(), a.longitude()))
          .orElseThrow(() -> new UnknownPlaceException(text, Reason.UNKNOWN));
    }
    if (COORDINATES.matcher(text).matches()) {
      try {
        return GeoPoint.parse(text);
      } catch (IllegalArgumentException e) {
        throw new UnknownPlaceException(text, Reason.COORDINATES);
      }
    }
    PlaceLookup.Area town = places.town(SearchText.key(text))
        .orElseThrow(() -> new UnknownPlaceException(text, Reason.UNKNOWN));
    if (town.spreadKm() > SAME_TOWN_KM) {
      throw new UnknownPlaceException(text, Reason.AMBIGUOUS);
    }
    return new GeoPoint(town.latitude(), town.longitude());
  }
}

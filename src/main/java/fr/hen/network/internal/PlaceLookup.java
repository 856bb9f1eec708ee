package fr.hen.network.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a town or a postcode lies, from the directory's own organisations: the centre of the coordinates of the
 * organisations there (active or not), found by the indexed {@code city_key} or {@code postcode}.
 */
@Component
public class PlaceLookup {

  /** The organisations of one place: how many have coordinates, their centre, and how far apart they lie (°). */
  public record Area(long count, Double latitude, Double longitude, Double latitudeSpread, Double longitudeSpread) {

    /** The greatest distance between two of them, north-south or east-west, in km (roughly). */
    public double spreadKm() {
      double kmPerDegree = 111.2;
      return Math.max(latitudeSpread * kmPerDegree,
          longitudeSpread * kmPerDegree * Math.cos(Math.toRadians(latitude)));
    }
  }

  private static final String AREA = """
      SELECT COUNT(*) AS found, AVG(latitude) AS latitude, AVG(longitude) AS longitude,
             MAX(latitude) - MIN(latitude) AS latitude_spread, MAX(longitude) - MIN(longitude) AS longitude_spread
      FROM organisation WHERE latitude IS NOT NULL AND longitude IS NOT NULL""";

  private final JdbcClient jdbc;

  PlaceLookup(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The organisations of the town whose search form ({@link SearchText#key}) is {@code key}. */
  public Optional<Area> town(String key) {
    return area("city_key = :value", key);
  }

  public Optional<Area> postcode(String postcode) {
    return area("postcode = :value", postcode);
  }

  private Optional<Area> area(String condition, String value) {
    Area area = jdbc.sql(AREA + " AND " + condition).param("value", value)
        .query((rs, n) -> new Area(rs.getLong("found"), rs.getObject("latitude", Double.class),
            rs.getObject("longitude", Double.class), rs.getObject("latitude_spread", Double.class),
            rs.getObject("longitude_spread", Double.class)))
        .single();
    return area.count() == 0 ? Optional.empty() : Optional.of(area);
  }
}

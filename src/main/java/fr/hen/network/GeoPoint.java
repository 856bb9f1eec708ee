package fr.hen.network;

/** A point on Earth in decimal degrees, and great-circle distances between points. */
public record GeoPoint(double latitude, double longitude) {

  static final double EARTH_RADIUS_KM = 6371.0088;

  public GeoPoint {
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("Coordinates out of range: " + latitude + "," + longitude);
    }
  }

  /** Parses {@code "lat,lon"}, e.g. {@code "50.63,3.06"}; anything else is an {@link IllegalArgumentException}. */
  public static GeoPoint parse(String text) {
    String[] parts = text == null ? new String[0] : text.split(",");
    if (parts.length != 2) {
      throw new IllegalArgumentException("Expected 'latitude,longitude' but got '" + text + "'");
    }
    try {
      return new GeoPoint(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Expected 'latitude,longitude' but got '" + text + "'", e);
    }
  }

  /** Great-circle distance in kilometres (haversine formula). */
  public double distanceKm(double otherLatitude, double otherLongitude) {
    double dLat = Math.toRadians(otherLatitude - latitude);
    double dLon = Math.toRadians(otherLongitude - longitude);
    double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(latitude))
        * Math.cos(Math.toRadians(otherLatitude)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}

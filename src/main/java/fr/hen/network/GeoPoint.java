package fr.hen.network;

import java.util.regex.Pattern;

/** A point on Earth in decimal degrees, and great-circle distances between points. */
public record GeoPoint(double latitude, double longitude) {

  static final double EARTH_RADIUS_KM = 6371.0088;

  /** One coordinate as typed: a sign, digits, and decimals after a point or a comma. */
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+([.,]\\d+)?");

  public GeoPoint {
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("Coordinates out of range: " + latitude + "," + longitude);
    }
  }

  /**
   * Parses a latitude and a longitude as people write them, with either decimal separator: {@code 50.63,3.06},
   * {@code 50.63, 3.06}, {@code 50.63 3.06}, {@code 50,63;3,06}, {@code 50,63 3,06}, {@code 50,63, 3,06} or
   * {@code 50,63,3,06}. The two numbers are separated by a semicolon, by white space, by a comma followed by a space,
   * or (without any of these) by the only comma or the middle one of three; anything else, and values out of range,
   * are an {@link IllegalArgumentException}.
   */
  public static GeoPoint parse(String text) {
    String[] parts = split(text == null ? "" : text.trim());
    if (parts.length != 2 || !NUMBER.matcher(parts[0]).matches() || !NUMBER.matcher(parts[1]).matches()) {
      throw new IllegalArgumentException("Expected 'latitude,longitude' but got '" + text + "'");
    }
    return new GeoPoint(Double.parseDouble(parts[0].replace(',', '.')),
        Double.parseDouble(parts[1].replace(',', '.')));
  }

  private static String[] split(String typed) {
    String text = typed.replaceAll("\\s+,", ",");
    if (text.contains(";")) {
      return text.split("\\s*;\\s*", -1);
    }
    if (text.matches(".*,\\s+.*")) {
      return text.split("\\s*,\\s+", -1);
    }
    if (text.matches(".*\\s.*")) {
      return text.split("\\s+", -1);
    }
    String[] commas = text.split(",", -1);
    return switch (commas.length) {
      case 2 -> commas;
      case 4 -> new String[] {commas[0] + "," + commas[1], commas[2] + "," + commas[3]};
      default -> new String[0];
    };
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

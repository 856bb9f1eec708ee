package fr.hen.network;

import java.util.Locale;

/** Order of directory search results; {@link #DISTANCE} needs a reference point. */
public enum DirectorySort {
  NAME,
  CITY,
  TYPE,
  DISTANCE;

  /** Parses {@code name}, {@code city}, {@code type} or {@code distance}, ignoring case. */
  public static DirectorySort parse(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}

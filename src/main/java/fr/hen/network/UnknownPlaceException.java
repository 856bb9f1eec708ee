package fr.hen.network;

/**
 * A reference point for distances that cannot be found: coordinates that cannot be read or lie out of range, a town
 * or postcode where the directory has no organisation with coordinates, or a town name found in places far apart.
 */
public class UnknownPlaceException extends RuntimeException {

  /** Why the text names no point. */
  public enum Reason { COORDINATES, UNKNOWN, AMBIGUOUS }

  private final String text;
  private final Reason reason;

  public UnknownPlaceException(String text, Reason reason) {
    super(switch (reason) {
      case COORDINATES -> "'" + text + "' is not a latitude and a longitude (e.g. 50.63,3.06)";
      case UNKNOWN -> "No town or postcode '" + text + "' among the organisations of the directory";
      case AMBIGUOUS -> "Several towns are named '" + text + "', far apart: give the postcode instead";
    });
    this.text = text;
    this.reason = reason;
  }

  public String text() {
    return text;
  }

  public Reason reason() {
    return reason;
  }
}

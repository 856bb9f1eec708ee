package fr.hen.planning.pas;

/**
 * A part of a patient's stay treated by one specialism: nights {@code [firstNight, endNight)} of the horizon
 * (0-based; a stay running past the horizon is cut at its end, as the benchmark's score ignores those nights).
 */
public record AdmissionPart(long id, Patient patient, int firstNight, int endNight, Specialism specialism) {

  public AdmissionPart {
    if (endNight <= firstNight) {
      throw new IllegalArgumentException("an admission part has at least one night");
    }
  }

  public int nights() {
    return endNight - firstNight;
  }

  /** The nights this part and the other share. */
  public int sharedNights(AdmissionPart other) {
    return Math.max(0, Math.min(endNight, other.endNight) - Math.max(firstNight, other.firstNight));
  }
}

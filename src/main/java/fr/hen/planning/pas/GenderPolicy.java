package fr.hen.planning.pas;

/** A room's gender policy: {@code N} any, {@code M} male only, {@code F} female only, {@code D} same gender per night. */
public enum GenderPolicy {
  ANY, MALE_ONLY, FEMALE_ONLY, SAME_GENDER;

  static GenderPolicy ofCode(String code) {
    return switch (code) {
      case "N" -> ANY;
      case "M" -> MALE_ONLY;
      case "F" -> FEMALE_ONLY;
      case "D" -> SAME_GENDER;
      default -> throw new IllegalArgumentException("gender policy must be N, M, F or D, not " + code);
    };
  }

  /**
   * Whether a patient of this gender may sleep in such a room alone (the hard female/male-only rules); a patient of
   * unknown sex only in a room without policy.
   */
  public boolean admits(Gender gender) {
    return switch (this) {
      case MALE_ONLY -> gender == Gender.MALE;
      case FEMALE_ONLY -> gender == Gender.FEMALE;
      case SAME_GENDER -> gender != Gender.UNKNOWN;
      case ANY -> true;
    };
  }
}

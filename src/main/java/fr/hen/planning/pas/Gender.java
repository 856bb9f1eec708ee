package fr.hen.planning.pas;

/**
 * A patient's sex: {@code M} or {@code F} in the benchmark; a hospital's planned admission may be {@code U}
 * (unknown), placed only in rooms without a gender policy.
 */
public enum Gender {
  MALE, FEMALE, UNKNOWN;

  static Gender ofCode(String code) {
    return switch (code) {
      case "M" -> MALE;
      case "F" -> FEMALE;
      default -> throw new IllegalArgumentException("gender must be M or F, not " + code);
    };
  }
}

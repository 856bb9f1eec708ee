package fr.hen.planning.pas;

/** A patient's sex as the instance gives it ({@code M} or {@code F}). */
public enum Gender {
  MALE, FEMALE;

  static Gender ofCode(String code) {
    return switch (code) {
      case "M" -> MALE;
      case "F" -> FEMALE;
      default -> throw new IllegalArgumentException("gender must be M or F, not " + code);
    };
  }
}

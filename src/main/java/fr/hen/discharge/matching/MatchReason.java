package fr.hen.discharge.matching;

import java.util.List;

/**
 * One reason of a match line: a stable code (message key {@code matching.reason.<code>}), the points it gives to
 * the line's score (0 when it only informs), and the values its text shows.
 */
record MatchReason(String code, int points, List<Object> args) {

  static MatchReason of(String code, int points, Object... args) {
    return new MatchReason(code, points, List.of(args));
  }
}

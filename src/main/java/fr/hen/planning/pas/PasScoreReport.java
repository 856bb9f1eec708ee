package fr.hen.planning.pas;

import java.util.Map;

/** A score broken down by rule (negative numbers, as scores): hard rules, the medium level, soft rules. */
public record PasScoreReport(Map<String, Long> hard, long medium, Map<String, Long> soft) {

  public long hardTotal() {
    return hard.values().stream().mapToLong(Long::longValue).sum();
  }

  public long softTotal() {
    return soft.values().stream().mapToLong(Long::longValue).sum();
  }

  /** In Timefold's notation, e.g. {@code 0hard/0medium/-7012soft}. */
  public String scoreText() {
    return hardTotal() + "hard/" + medium + "medium/" + softTotal() + "soft";
  }
}

package fr.hen.planning.pas;

/**
 * A bound no solution can beat: each part in its cheapest bed that breaks no hard rule for it alone, the other
 * patients ignored (so no shared beds and no mixed rooms); a part with no such bed counts as unplaced. As scores:
 * {@code 0hard/<medium>medium/<soft>soft} with negative numbers.
 */
public record PasLowerBound(long medium, long soft) {

  public static PasLowerBound of(PasInstance instance) {
    long medium = 0;
    long soft = 0;
    for (AdmissionPart part : instance.parts()) {
      long best = Long.MAX_VALUE;
      for (Room room : instance.rooms()) {
        if (!room.beds().isEmpty() && PasCosts.allows(room, part.patient())) {
          best = Math.min(best, PasCosts.softPerNight(part, room));
        }
      }
      if (best == Long.MAX_VALUE) {
        medium -= part.nights();
      } else {
        soft -= best * part.nights();
      }
    }
    return new PasLowerBound(medium, soft);
  }

  /**
   * How much soft cost a score has above this bound ({@code 0} = optimal), or {@code -1} when the score breaks a
   * hard rule or leaves more nights unplaced than the bound, so that soft costs do not compare.
   */
  public long gap(long hard, long scoreMedium, long scoreSoft) {
    return hard != 0 || scoreMedium != medium ? -1 : soft - scoreSoft;
  }

  /** The gap as a percentage of the bound's soft cost, or {@code NaN} when it has none (bound 0 or no gap). */
  public double relativeGap(long gap) {
    return gap < 0 || soft == 0 ? Double.NaN : 100.0 * gap / -soft;
  }

  public String scoreText() {
    return "0hard/" + medium + "medium/" + soft + "soft";
  }
}

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
   * The gap of a score to this bound, as a fraction of the bound's soft cost ({@code 0} = optimal); {@code NaN} when
   * the score breaks a hard rule or leaves more unplaced than the bound.
   */
  public double gap(long hard, long scoreMedium, long scoreSoft) {
    if (hard != 0 || scoreMedium != medium) {
      return Double.NaN;
    }
    return soft == 0 ? (scoreSoft == 0 ? 0 : Double.POSITIVE_INFINITY) : (double) (soft - scoreSoft) / -soft;
  }

  public String scoreText() {
    return "0hard/" + medium + "medium/" + soft + "soft";
  }
}

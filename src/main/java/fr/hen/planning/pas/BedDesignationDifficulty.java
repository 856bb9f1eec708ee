package fr.hen.planning.pas;

import java.util.Comparator;

/**
 * Difficulty for the construction heuristic (easiest first; "decreasing" places the hardest first): fewer allowed
 * beds is harder, then more nights, then earlier first night.
 */
public final class BedDesignationDifficulty implements Comparator<BedDesignation> {

  private static final Comparator<BedDesignation> ORDER = Comparator
      .comparingInt((BedDesignation d) -> -d.getAllowedBeds().size())
      .thenComparingInt(BedDesignation::getNights)
      .thenComparingInt(d -> -d.getFirstNight())
      .thenComparingLong(BedDesignation::getId);

  @Override
  public int compare(BedDesignation a, BedDesignation b) {
    return ORDER.compare(a, b);
  }
}

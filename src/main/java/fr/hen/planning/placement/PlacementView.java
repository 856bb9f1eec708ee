package fr.hen.planning.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The bed manager's view of a placement run: its state and score over time, a suggestion per planned admission of
 * the horizon with its cost and why (the rules it breaks and by how much), and, when the run allowed transfers, the
 * in-hospital patients its solution moves.
 */
record PlacementView(String status, LocalDate firstNight, int nights, Instant startedAt, double seconds, String score,
    boolean feasible, int inHospitalPatients, boolean transfersAllowed, List<PlacementProgress> progress,
    List<PlacementSuggestion> suggestions, List<PlacementTransfer> transfers) {

  /** The best score at a time of the run. */
  record PlacementProgress(double seconds, long hard, long medium, long soft) {}

  /** A rule a suggestion breaks: its name, level (hard, medium, soft) and cost (positive). */
  record PlacementReason(String rule, String level, long cost) {}

  /** A bed allowed for the admission (sex policy, equipment) with the cost of one night in it taken alone. */
  record PlacementBedOption(long bedId, String label, String unitCode, long costPerNight) {}

  /**
   * The suggestion for one planned admission: the bed (null: none found without breaking a hard rule), whether the
   * bed manager chose it himself, whether a bed is already reserved, its cost by level and the reasons.
   */
  record PlacementSuggestion(long plannedAdmissionId, LocalDate plannedDate, int nights, String specialism, String sex, int age,
      Long bedId, String bedLabel, String unitCode, boolean edited, boolean reserved, boolean accepted, long hardCost,
      long mediumCost, long softCost, List<PlacementReason> reasons, List<PlacementBedOption> options) {}

  /**
   * An in-hospital patient the solution moves (no identity: the stay id, sex, age when known, the specialism he is
   * treated for, his nights in the horizon): from his bed to another, with the cost there by level and the reasons,
   * the transfer's own cost among them. A suggestion only: the transfer is made on the stay's page.
   */
  record PlacementTransfer(long stayId, String sex, Integer age, String specialism, int nights, long fromBedId,
      String fromBedLabel, String fromUnitCode, long toBedId, String toBedLabel, String toUnitCode, long hardCost,
      long mediumCost, long softCost, List<PlacementReason> reasons) {}
}

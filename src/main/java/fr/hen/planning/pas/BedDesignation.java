package fr.hen.planning.pas;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The planning entity: the bed given to one admission part ({@code null} = not placed, the medium level). Its value
 * range is the beds that break no hard rule for this patient alone (sex policy, age limits, required equipment):
 * a bed that breaks one always scores worse than leaving the part unplaced, so the solver never needs it. A part
 * pinned to its bed (an in-hospital patient who must not move, a reserved bed) keeps it; {@link #getCurrentBed()} is
 * the bed the patient is in today (or reserved for him), if any: the part starts there, moving him away costs a
 * transfer and leaving him without a bed breaks a hard rule.
 */
@PlanningEntity(comparatorClass = BedDesignationDifficulty.class)
public class BedDesignation {

  @PlanningId
  private long id;
  private AdmissionPart part;
  private List<Bed> allowedBeds;
  private Bed currentBed;
  private Set<Bed> allowedSet;
  private List<Bed> bedsByCost;
  private long[] sortedCosts;
  @PlanningPin
  private boolean pinned;
  @PlanningVariable(valueRangeProviderRefs = "allowedBeds", allowsUnassigned = true)
  private Bed bed;

  /** For Timefold's cloning. */
  public BedDesignation() {}

  public BedDesignation(long id, AdmissionPart part, List<Bed> allowedBeds) {
    this(id, part, allowedBeds, null, false);
  }

  public BedDesignation(long id, AdmissionPart part, List<Bed> allowedBeds, Bed currentBed, boolean pinned) {
    this.id = id;
    this.part = part;
    this.allowedBeds = allowedBeds;
    this.currentBed = currentBed;
    this.pinned = pinned;
    this.bed = currentBed;
  }

  public long getId() {
    return id;
  }

  public AdmissionPart getPart() {
    return part;
  }

  public Patient getPatient() {
    return part.patient();
  }

  public int getNights() {
    return part.nights();
  }

  @ValueRangeProvider(id = "allowedBeds")
  public List<Bed> getAllowedBeds() {
    return allowedBeds;
  }

  /** Whether this bed is in the value range (an identity set, built on first use). */
  public boolean allows(Bed candidate) {
    if (allowedSet == null) {
      Set<Bed> set = Collections.newSetFromMap(new IdentityHashMap<>());
      set.addAll(allowedBeds);
      allowedSet = set;
    }
    return allowedSet.contains(candidate);
  }

  /** The allowed beds, cheapest room for this part first (built on first use). */
  public List<Bed> getBedsByCost() {
    if (bedsByCost == null) {
      List<Bed> sorted = allowedBeds.stream()
          .sorted(java.util.Comparator.comparingLong(b -> PasCosts.softPerNight(part, b.room()))).toList();
      long[] costs = sorted.stream().mapToLong(b -> PasCosts.softPerNight(part, b.room())).toArray();
      sortedCosts = costs;
      bedsByCost = sorted;
    }
    return bedsByCost;
  }

  /** How many allowed beds are in a room cheaper for this part than this bed's. */
  public int cheaperBedCount(Bed than) {
    getBedsByCost();
    long cost = PasCosts.softPerNight(part, than.room());
    int i = java.util.Arrays.binarySearch(sortedCosts, cost);
    if (i < 0) {
      return -i - 1;
    }
    while (i > 0 && sortedCosts[i - 1] == cost) {
      i--;
    }
    return i;
  }

  public Bed getCurrentBed() {
    return currentBed;
  }

  public boolean isPinned() {
    return pinned;
  }

  public Bed getBed() {
    return bed;
  }

  public void setBed(Bed bed) {
    this.bed = bed;
  }

  /** The room of the bed, or {@code null} when not placed. */
  public Room getRoom() {
    return bed == null ? null : bed.room();
  }

  public int getFirstNight() {
    return part.firstNight();
  }

  public int getEndNight() {
    return part.endNight();
  }

  @Override
  public String toString() {
    return part.patient() + "[" + part.firstNight() + "," + part.endNight() + ")→" + bed;
  }
}

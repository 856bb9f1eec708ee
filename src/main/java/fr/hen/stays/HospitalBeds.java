package fr.hen.stays;

import fr.hen.platform.Actor;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The beds of a hospital for other parts of the application (the ADT feed, the placement optimiser, the forecast):
 * their places, room attributes and status, without patients; and the bed's isolation, set by the bed manager or by
 * the feed (A20, HL7 table 0116 {@code I} / {@code K}). Scoped to the actor's organisation: another hospital's bed is
 * a {@code NotFoundException} (404).
 */
public interface HospitalBeds {

  /** The right of a system actor (the ADT feed) to read the beds and set their isolation. */
  String BED_STATUS_RIGHT = "stays:bed-status";

  /**
   * A bed, its room (capacity, gender policy {@code ANY}/{@code MALE}/{@code FEMALE}/{@code SAME}, equipment codes)
   * and unit (its specialism code, the ages it admits in years, both included, null: no limit), its status and
   * isolation (null: none).
   */
  record BedFact(long bedId, String bedCode, long roomId, String roomCode, int roomCapacity, String genderPolicy,
      Set<String> equipment, long unitId, String unitCode, String unitSpecialism, Integer unitMinimumAge,
      Integer unitMaximumAge, BedStatus status, BedIsolation isolation) {

    /** Display label, e.g. {@code 101-A}. */
    public String label() {
      return roomCode + "-" + bedCode;
    }
  }

  /**
   * Every bed of the actor's hospital, by unit, room and bed code. For {@code BED_MANAGER} and actors holding
   * {@link #BED_STATUS_RIGHT}, {@link PlannedAdmissions#MANAGE_RIGHT} or {@link StayFacts#READ_RIGHT}.
   */
  List<BedFact> beds(Actor actor);

  /** The bed at this place (codes as the feed's PV1-3 gives them, case ignored), or empty. Same roles. */
  Optional<BedFact> find(Actor actor, String unitCode, String roomCode, String bedCode);

  /**
   * Sets (or lifts, with {@code null}) a bed's isolation, with an optional reason (≤ 200 characters, free text shown
   * only to the clinical roles like a blocked bed's). For {@code BED_MANAGER} and actors holding
   * {@link #BED_STATUS_RIGHT}. Audited; publishes {@link BedIsolationChanged} when it changed.
   */
  void isolate(Actor actor, long bedId, BedIsolation isolation, String reason);
}

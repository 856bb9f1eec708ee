package fr.hen.stays.beds;

import fr.hen.stays.BedStatus;

/** A bed with its room and unit, as needed to place a patient in it. */
public record BedRef(long id, String code, long roomId, String roomCode, long unitId, String unitCode,
    GenderPolicy genderPolicy, BedStatus status, String blockedReason) {

  /** Display label, e.g. {@code 101-A}. */
  public String label() {
    return roomCode + "-" + code;
  }
}

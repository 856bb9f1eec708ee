package fr.hen.stays.beds;

import fr.hen.stays.BedStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A bed with its room and unit, as needed to place a patient in it. */
public record BedRef(long id, String code, long roomId, String roomCode, long unitId, String unitCode,
    GenderPolicy genderPolicy, Set<RoomEquipment> equipment, BedStatus status, String blockedReason) {

  /** Display label, e.g. {@code 101-A}. */
  public String label() {
    return roomCode + "-" + code;
  }

  /**
   * Message keys describing the room where it matters for placing a patient: a gender policy other than ANY, then
   * the equipment.
   */
  public List<String> roomKeys() {
    List<String> keys = new ArrayList<>();
    if (genderPolicy != GenderPolicy.ANY) {
      keys.add("genderPolicy." + genderPolicy);
    }
    equipment.forEach(e -> keys.add("equipment." + e));
    return keys;
  }
}

package fr.hen.stays.beds;

import fr.hen.stays.BedStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A unit as configured: its specialism, the ages it admits (years, both included; null: no limit), its rooms and
 * their beds with their status (no patient data).
 */
public record UnitDetail(long id, String code, String name, String specialism, Integer minAge, Integer maxAge,
    List<Room> rooms) {

  /** A room: how many patients it takes, whom (gender policy), with what equipment, and its beds. */
  public record Room(long id, String code, int capacity, GenderPolicy genderPolicy, Set<RoomEquipment> equipment,
      List<Bed> beds) {}

  /** A bed of a room and its current status. */
  public record Bed(long id, String code, BedStatus status, String blockedReason) {}

  /** How many beds the unit has. */
  public int bedCount() {
    return rooms.stream().mapToInt(r -> r.beds().size()).sum();
  }

  /** The room of this code, if any. */
  public Optional<Room> room(String roomCode) {
    return rooms.stream().filter(r -> r.code().equals(roomCode)).findFirst();
  }
}

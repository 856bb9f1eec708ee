package fr.hen.stays;

import fr.hen.stays.StaysBulkLoader.Bed;
import fr.hen.stays.StaysBulkLoader.Load;
import fr.hen.stays.StaysBulkLoader.Patient;
import fr.hen.stays.StaysBulkLoader.Room;
import fr.hen.stays.StaysBulkLoader.Stay;
import fr.hen.stays.StaysBulkLoader.Unit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The references of a bulk load, checked in memory before anything is written: each row points inside the load, a
 * stay's organisation is its unit's and its patient's, an in-hospital stay's bed lies in its unit, a bed's status is
 * consistent. Hash lookups only: a year of stays is checked in milliseconds.
 */
final class StaysLoadCheck {

  private StaysLoadCheck() {}

  static void check(Load load) {
    Map<Long, Unit> units = byId(load.units(), Unit::id, "unit");
    Map<Long, Room> rooms = byId(load.rooms(), Room::id, "room");
    Map<Long, Bed> beds = byId(load.beds(), Bed::id, "bed");
    Map<Long, Patient> patients = byId(load.patients(), Patient::id, "patient");
    Map<Long, Stay> stays = byId(load.stays(), Stay::id, "stay");
    byId(load.movements(), StaysBulkLoader.Movement::id, "movement");
    for (Room room : load.rooms()) {
      require(units.containsKey(room.unitId()), "room " + room.id() + ": unit " + room.unitId() + " not in the load");
    }
    for (Bed bed : load.beds()) {
      require(rooms.containsKey(bed.roomId()), "bed " + bed.id() + ": room " + bed.roomId() + " not in the load");
      require((bed.status() == BedStatus.BLOCKED) == (bed.blockedReason() != null),
          "bed " + bed.id() + ": a blocked reason goes with the status BLOCKED, and only with it");
    }
    for (Stay stay : load.stays()) {
      Unit unit = units.get(stay.unitId());
      require(unit != null, "stay " + stay.id() + ": unit " + stay.unitId() + " not in the load");
      require(unit.organisationId() == stay.organisationId(), "stay " + stay.id() + ": organisation "
          + stay.organisationId() + " differs from its unit's (" + unit.organisationId() + ")");
      Patient patient = patients.get(stay.patientId());
      require(patient != null, "stay " + stay.id() + ": patient " + stay.patientId() + " not in the load");
      require(patient.organisationId() == stay.organisationId(),
          "stay " + stay.id() + ": patient " + patient.id() + " belongs to another organisation");
      require((stay.status() == StayStatus.IN_HOSPITAL) == (stay.bedId() != null),
          "stay " + stay.id() + ": a bed goes with an in-hospital stay, and only with it");
      if (stay.bedId() != null) {
        Bed bed = beds.get(stay.bedId());
        require(bed != null && rooms.get(bed.roomId()).unitId() == stay.unitId(),
            "stay " + stay.id() + ": bed " + stay.bedId() + " is not a bed of unit " + stay.unitId());
      }
    }
    for (StaysBulkLoader.Movement movement : load.movements()) {
      require(stays.containsKey(movement.stayId()),
          "movement " + movement.id() + ": stay " + movement.stayId() + " not in the load");
    }
  }

  private static <T> Map<Long, T> byId(List<T> rows, ToLongFunction<T> id, String what) {
    Map<Long, T> map = HashMap.newHashMap(rows.size());
    for (T row : rows) {
      require(map.put(id.applyAsLong(row), row) == null, what + " " + id.applyAsLong(row) + " given twice");
    }
    return map;
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException("Bulk load refused: " + message);
    }
  }
}

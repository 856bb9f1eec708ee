package fr.hen.stays.beds;

import fr.hen.platform.Actor;
import fr.hen.platform.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * Free text about beds (a blocked bed's reason, which may name an infection or a patient's situation) is shown only
 * to the roles that care for patients and place them; any other user of the hospital sees that the bed is blocked,
 * not why.
 */
final class BedNotes {

  /** The roles that read free text about beds. */
  static final Set<Role> READERS = EnumSet.of(Role.BED_MANAGER, Role.DISCHARGE_COORDINATOR, Role.PHYSICIAN);

  private BedNotes() {}

  static boolean readableBy(Actor actor) {
    return READERS.stream().anyMatch(actor::has);
  }

  static BedRef forReader(Actor actor, BedRef bed) {
    return readableBy(actor) || bed.blockedReason() == null ? bed : new BedRef(bed.id(), bed.code(), bed.roomId(),
        bed.roomCode(), bed.unitId(), bed.unitCode(), bed.genderPolicy(), bed.equipment(), bed.status(), null);
  }

  static UnitDetail forReader(Actor actor, UnitDetail unit) {
    if (readableBy(actor)) {
      return unit;
    }
    return new UnitDetail(unit.id(), unit.code(), unit.name(), unit.specialism(), unit.minAge(),
        unit.maxAge(), unit.rooms().stream()
        .map(r -> new UnitDetail.Room(r.id(), r.code(), r.capacity(), r.genderPolicy(), r.equipment(),
            r.beds().stream().map(b -> new UnitDetail.Bed(b.id(), b.code(), b.status(), null)).toList()))
        .toList());
  }
}

package fr.hen.stays;

import fr.hen.platform.Actor;
import java.time.LocalDate;
import java.util.List;

/**
 * Who lies in which bed of a hospital now, without identity, for the placement optimiser: the bed, the patient's
 * sex and age, the expected discharge date. Scoped to the actor's organisation; for {@code BED_MANAGER} and actors
 * holding {@link StayFacts#READ_RIGHT}. Not a view of a patient: nothing is written to the audit log.
 */
public interface BedOccupancy {

  /**
   * An in-hospital stay in a bed: {@code sex} {@code M}, {@code F} or {@code U}; {@code age} in whole years today
   * (null when the birth date is unknown); {@code expectedDischargeDate} null when none is set; {@code specialism}
   * the specialism code of the planned admission the stay consumed (null when it consumed none: the stay's unit
   * treats it then).
   */
  record Occupant(long stayId, long bedId, String sex, Integer age, LocalDate expectedDischargeDate,
      String specialism) {

    /** A stay that consumed no planned admission. */
    public Occupant(long stayId, long bedId, String sex, Integer age, LocalDate expectedDischargeDate) {
      this(stayId, bedId, sex, age, expectedDischargeDate, null);
    }
  }

  /** The in-hospital stays of the actor's hospital that have a bed. */
  List<Occupant> occupants(Actor actor);
}

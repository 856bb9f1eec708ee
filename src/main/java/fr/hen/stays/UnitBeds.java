package fr.hen.stays;

import java.util.List;

/**
 * The bed capacity of a hospital's units for other modules' computations (the occupancy forecast): how many beds
 * each unit has and how many are blocked now. No patient data; it needs the right {@link StayFacts#READ_RIGHT}, as
 * {@link StayFacts}, and writes nothing to the audit log.
 */
public interface UnitBeds {

  /** One unit: its beds, and those of them {@code BLOCKED} now (out of use). */
  record UnitCapacity(long unitId, String unitCode, String unitName, int beds, int blockedBeds) {

    /** The beds that can take a patient: all but the blocked ones. */
    public int availableBeds() {
      return beds - blockedBeds;
    }
  }

  /** Every unit of the organisation, by code; an organisation without units (a partner) has none. */
  List<UnitCapacity> ofOrganisation(long organisationId);
}

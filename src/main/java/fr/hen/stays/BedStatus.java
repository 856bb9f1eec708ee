package fr.hen.stays;

/**
 * The state of a bed on the bed board. {@code BLOCKED} always carries a reason. A bed a patient left goes to
 * {@code CLEANING}; once housekeeping is done it is {@code CLEANED} (being made up and checked, not yet taking a
 * patient) until staff mark it ready ({@code FREE}): the turnaround's three steps.
 */
public enum BedStatus {
  FREE,
  OCCUPIED,
  RESERVED,
  CLEANING,
  CLEANED,
  BLOCKED;

  /** True when a patient may be placed in a bed of this status (admission or transfer). */
  public boolean takesPatient() {
    return this == FREE || this == RESERVED;
  }
}

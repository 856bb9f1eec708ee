package fr.hen.stays;

/** The state of a bed on the bed board. {@code BLOCKED} always carries a reason. */
public enum BedStatus {
  FREE,
  OCCUPIED,
  RESERVED,
  CLEANING,
  BLOCKED;

  /** True when a patient may be placed in a bed of this status (admission or transfer). */
  public boolean takesPatient() {
    return this == FREE || this == RESERVED;
  }
}

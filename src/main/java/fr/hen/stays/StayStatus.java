package fr.hen.stays;

/** A stay is in hospital until its discharge. */
public enum StayStatus {
  IN_HOSPITAL,
  DISCHARGED
}

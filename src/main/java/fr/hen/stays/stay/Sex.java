package fr.hen.stays.stay;

/** Administrative sex of a patient: male, female, unknown. */
public enum Sex {
  M,
  F,
  U
}

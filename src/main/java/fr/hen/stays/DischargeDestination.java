package fr.hen.stays;

/** Where a discharged patient goes (PRODUCT.md §4, stays file). */
public enum DischargeDestination {
  HOME,
  HAD,
  SMR,
  EHPAD,
  SSIAD,
  OTHER_PARTNER,
  TRANSFER_ACUTE,
  DEATH,
  AGAINST_ADVICE,
  OTHER
}

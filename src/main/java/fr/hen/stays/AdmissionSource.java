package fr.hen.stays;

/** Where an admitted patient comes from (PRODUCT.md §4, stays file). */
public enum AdmissionSource {
  HOME,
  EMERGENCY,
  TRANSFER_ACUTE,
  PARTNER,
  OTHER
}

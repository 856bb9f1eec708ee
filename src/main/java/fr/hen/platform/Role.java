package fr.hen.platform;

/**
 * The roles of PRODUCT.md §1. A user holds one or more of them in their organisation. {@link #PLATFORM_ADMIN} is
 * the platform-administration right that goes with {@link #ADMIN}: managing accounts of every organisation and moving
 * an account to another organisation.
 */
public enum Role {
  ADMIN,
  PLATFORM_ADMIN,
  BED_MANAGER,
  DISCHARGE_COORDINATOR,
  PHYSICIAN,
  PARTNER_COORDINATOR,
  QUALITY_MANAGER,
  NETWORK_COORDINATOR,
  PATIENT_PARTNER;

  /** The Spring Security authority name, e.g. {@code ROLE_BED_MANAGER}. */
  public String authority() {
    return "ROLE_" + name();
  }
}

package fr.hen.platform;

import org.springframework.modulith.NamedInterface;

/**
 * A resource type that a module writes to the {@link AuditLog} (the {@code resourceType} of its entries), and what it
 * is about: administration (accounts, the structure of a hospital…) or patient data. The audit page files entries by
 * it; a type nobody declares counts as patient data.
 */
@NamedInterface("spi")
public record AuditResourceType(String name, boolean administration) {

  public AuditResourceType {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A resource type name is required");
    }
  }

  /** A type of administration entries (who may do what, how a hospital is organised). */
  public static AuditResourceType administration(String name) {
    return new AuditResourceType(name, true);
  }

  /** A type of entries about patients (their data, or the beds they lie in). */
  public static AuditResourceType patientData(String name) {
    return new AuditResourceType(name, false);
  }
}

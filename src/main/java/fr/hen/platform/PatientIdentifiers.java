package fr.hen.platform;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * What the audit log needs to know about patients (implemented by the module holding them): a hospital's medical
 * record number (MRN) for an internal patient id and back, so that an administrator filters and reads the log by
 * MRN. Always within one organisation: an MRN is unique in its hospital only.
 */
@NamedInterface("spi")
public interface PatientIdentifiers {

  Optional<Long> idOf(long organisationId, String mrn);

  /** The MRNs of these patients of the organisation, by id; ids of other organisations are absent. */
  Map<Long, String> mrns(long organisationId, Collection<Long> patientIds);
}

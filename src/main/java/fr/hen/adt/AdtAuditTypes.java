package fr.hen.adt;

import fr.hen.platform.AuditResourceType;
import java.util.List;

/**
 * The resource types the feed writes to the audit log: a message (its raw text names a patient: patient data), the
 * announced movements (their visit numbers point to stays: patient data), a sending facility alias (administration).
 */
public final class AdtAuditTypes {

  public static final String MESSAGE = "AdtMessage";
  public static final String ALIAS = "AdtFacilityAlias";
  public static final String PENDING = "AdtPendingMovement";

  static final List<AuditResourceType> ALL = List.of(
      AuditResourceType.patientData(MESSAGE),
      AuditResourceType.patientData(PENDING),
      AuditResourceType.administration(ALIAS));

  private AdtAuditTypes() {}
}

package fr.hen.planning;

import fr.hen.platform.AuditResourceType;
import java.util.List;

/** The audit log's resource types of the planning module. */
public final class PlanningAuditTypes {

  /** A hospital's placement optimisation (start, stop, view of its suggestions). */
  public static final String PLACEMENT = "Placement";

  static final List<AuditResourceType> ALL = List.of(AuditResourceType.patientData(PLACEMENT));

  private PlanningAuditTypes() {}
}

package fr.hen.stays;

import fr.hen.platform.AuditResourceType;
import java.util.List;

/**
 * The resource types the stays module writes to the audit log: the structure of a hospital (units, rooms) is
 * administration; stays, the board and manual bed status changes are patient data.
 */
public final class StaysAuditTypes {

  public static final String UNIT = "Unit";
  public static final String ROOM = "Room";
  public static final String STAY = "Stay";
  public static final String BED = "Bed";
  public static final String BED_BOARD = "BedBoard";
  public static final String PLANNED_ADMISSION = "PlannedAdmission";

  static final List<AuditResourceType> ALL = List.of(
      AuditResourceType.administration(UNIT),
      AuditResourceType.administration(ROOM),
      AuditResourceType.patientData(STAY),
      AuditResourceType.patientData(BED),
      AuditResourceType.patientData(BED_BOARD),
      AuditResourceType.patientData(PLANNED_ADMISSION));

  private StaysAuditTypes() {}
}

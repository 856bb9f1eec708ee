package fr.hen.discharge.plan;

import fr.hen.discharge.Carer;
import fr.hen.discharge.ChecklistItem;
import fr.hen.discharge.DestinationType;
import fr.hen.discharge.Housing;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The discharge plan of one stay, as stored (needs and checklist sorted). */
public record DischargePlan(long stayId, long organisationId, long patientId, LocalDateTime admittedAt, PlanStatus status,
    LocalDate expectedDischargeDate, LocalDateTime eddSetAt, LocalDateTime medicallyReadyAt, List<String> needs,
    Integer gir, Boolean livesAlone, Carer carer, Housing housing, String homePostcode, String homeTown,
    DestinationType destinationType, List<ChecklistItem> checklist, LocalDateTime dischargedAt,
    String dischargeDestination, Long dischargeOrganisationId, LocalDateTime updatedAt, String updatedBy,
    int version) {

  public boolean open() {
    return status == PlanStatus.IN_HOSPITAL;
  }

  public boolean medicallyReady() {
    return medicallyReadyAt != null;
  }

  /** What a stay tells a plan when the plan is opened (or follows the stay's status). */
  public record Opening(long stayId, long organisationId, long patientId, LocalDateTime admittedAt, PlanStatus status,
      LocalDate expectedDischargeDate, LocalDateTime medicallyReadyAt, LocalDateTime dischargedAt,
      String dischargeDestination, Long dischargeOrganisationId) {}

  /** The editable part of a plan, after the rules: what a change writes. */
  public record Content(LocalDate expectedDischargeDate, LocalDateTime medicallyReadyAt, List<String> needs, Integer gir,
      Boolean livesAlone, Carer carer, Housing housing, String homePostcode, String homeTown,
      DestinationType destinationType, List<ChecklistItem> checklist) {}

  public Content content() {
    return new Content(expectedDischargeDate, medicallyReadyAt, needs, gir, livesAlone, carer, housing, homePostcode,
        homeTown, destinationType, checklist);
  }

  /** One line of a plan's history: a field's old and new value as text, why, who and when. */
  public record Change(String field, String oldValue, String newValue, String reason, String changedBy,
      LocalDateTime changedAt) {}
}

package fr.hen.stays.stay;

import fr.hen.stays.AdmissionSource;
import fr.hen.stays.DischargeDestination;
import fr.hen.stays.StayStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** A stay as shown on pages and in the API; {@code movements} only on a single stay's view. */
public record StayView(long id, StayStatus status, PatientView patient, String unitCode, String unitName, Long bedId,
    String bed, LocalDateTime admittedAt, AdmissionSource admissionSource, boolean planned,
    LocalDate expectedDischargeDate, LocalDateTime medicallyReadyAt, LocalDateTime dischargedAt,
    DischargeDestination dischargeDestination, Long dischargeOrganisationId, int version,
    List<MovementView> movements) {

  /** Identity of the patient of a stay. */
  public record PatientView(long id, String mrn, String familyName, String givenName, LocalDate birthDate, Sex sex) {

    public int age(LocalDate on) {
      return Period.between(birthDate, on).getYears();
    }
  }

  /**
   * One admission, transfer or discharge with unit codes and bed labels; a cancelled discharge stays in the history,
   * {@code voided} with its reason.
   */
  public record MovementView(String kind, LocalDateTime occurredAt, String fromUnit, String fromBed, String toUnit,
      String toBed, boolean voided, String voidReason) {}

  StayView withMovements(List<MovementView> list) {
    return new StayView(id, status, patient, unitCode, unitName, bedId, bed, admittedAt, admissionSource, planned,
        expectedDischargeDate, medicallyReadyAt, dischargedAt, dischargeDestination, dischargeOrganisationId,
        version, list);
  }

  /** Length of stay in days (calendar dates), up to the discharge or to {@code today}. */
  public long lengthOfStay(LocalDate today) {
    LocalDate end = dischargedAt == null ? today : dischargedAt.toLocalDate();
    return ChronoUnit.DAYS.between(admittedAt.toLocalDate(), end);
  }

  /**
   * Avoidable days (PRODUCT.md §4): max(0, discharge date − medically-ready date), counted up to {@code today}
   * while the patient is still in hospital; null when the patient was never marked medically ready.
   */
  public Long avoidableDays(LocalDate today) {
    if (medicallyReadyAt == null) {
      return null;
    }
    LocalDate end = dischargedAt == null ? today : dischargedAt.toLocalDate();
    return Math.max(0, ChronoUnit.DAYS.between(medicallyReadyAt.toLocalDate(), end));
  }

  public boolean inHospital() {
    return status == StayStatus.IN_HOSPITAL;
  }
}

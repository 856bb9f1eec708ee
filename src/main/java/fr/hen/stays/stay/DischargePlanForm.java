package fr.hen.stays.stay;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/** The discharge plan form of the stay page: expected discharge date and medically ready time (empty clears). */
public class DischargePlanForm {

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate expectedDischargeDate;
  @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") private LocalDateTime medicallyReadyAt;

  /** The form filled with the stay's current plan. */
  static DischargePlanForm of(StayView stay) {
    DischargePlanForm form = new DischargePlanForm();
    form.expectedDischargeDate = stay.expectedDischargeDate();
    form.medicallyReadyAt = stay.medicallyReadyAt();
    return form;
  }

  public LocalDate getExpectedDischargeDate() { return expectedDischargeDate; }
  public void setExpectedDischargeDate(LocalDate v) { expectedDischargeDate = v; }
  public LocalDateTime getMedicallyReadyAt() { return medicallyReadyAt; }
  public void setMedicallyReadyAt(LocalDateTime v) { medicallyReadyAt = v; }
}

package fr.hen.stays.stay;

import fr.hen.platform.Visible;
import fr.hen.stays.AdmissionSource;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/** The admission form: patient identity, unit and bed, time, source and whether it was planned. */
public class AdmitForm {

  @NotBlank @Size(max = 32) @Visible private String mrn;
  @NotBlank @Size(max = 100) @Visible private String familyName;
  @NotBlank @Size(max = 100) @Visible private String givenName;
  @NotNull @Past @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate birthDate;
  @NotNull private Sex sex;
  @NotBlank private String unit;
  @NotNull private Long bed;
  @NotNull @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") private LocalDateTime admittedAt;
  @NotNull private AdmissionSource source = AdmissionSource.EMERGENCY;
  private boolean planned;
  /** Take a bed reserved for another planned admission (issue 11). */
  private boolean overrideReservation;
  /** The form's own key: sent twice (a double click), it admits once (see {@code StayService.admitOnce}). */
  @Size(max = 100) private String requestKey;

  AdmitCommand command() {
    return new AdmitCommand(new PatientIdentity(mrn, familyName, givenName, birthDate, sex), unit, bed, admittedAt,
        source, planned, null, overrideReservation);
  }

  public String getRequestKey() { return requestKey; }
  public void setRequestKey(String v) { requestKey = v; }
  public String getMrn() { return mrn; }
  public void setMrn(String v) { mrn = v; }
  public String getFamilyName() { return familyName; }
  public void setFamilyName(String v) { familyName = v; }
  public String getGivenName() { return givenName; }
  public void setGivenName(String v) { givenName = v; }
  public LocalDate getBirthDate() { return birthDate; }
  public void setBirthDate(LocalDate v) { birthDate = v; }
  public Sex getSex() { return sex; }
  public void setSex(Sex v) { sex = v; }
  public String getUnit() { return unit; }
  public void setUnit(String v) { unit = v; }
  public Long getBed() { return bed; }
  public void setBed(Long v) { bed = v; }
  public LocalDateTime getAdmittedAt() { return admittedAt; }
  public void setAdmittedAt(LocalDateTime v) { admittedAt = v; }
  public AdmissionSource getSource() { return source; }
  public void setSource(AdmissionSource v) { source = v; }
  public boolean isPlanned() { return planned; }
  public void setPlanned(boolean v) { planned = v; }
  public boolean isOverrideReservation() { return overrideReservation; }
  public void setOverrideReservation(boolean v) { overrideReservation = v; }
}

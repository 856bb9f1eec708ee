package fr.hen.stays.planned;

import fr.hen.stays.PlannedAdmissions;
import fr.hen.stays.beds.RoomEquipment;
import fr.hen.stays.beds.Specialism;
import fr.hen.stays.stay.Sex;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;

/** The planned admission form: what is planned, and who when known. */
public class PlannedAdmissionForm {

  private String requestKey;
  /** The version the edit form was filled from (null on the new form). */
  private Integer version;
  @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate plannedDate;
  @NotNull @Min(1) @Max(365) private Integer nights = 1;
  @NotNull private Specialism specialism;
  @NotNull private Sex sex;
  @Min(0) @Max(130) private Integer age;
  private String unit;
  private List<RoomEquipment> requiredEquipment = new ArrayList<>();
  private List<RoomEquipment> preferredEquipment = new ArrayList<>();
  @Min(1) @Max(12) private Integer preferredRoomSize;
  @Size(max = 64) private String externalReference;
  @Size(max = 32) private String mrn;
  @Size(max = 100) private String familyName;
  @Size(max = 100) private String givenName;
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate birthDate;
  @Size(max = 500) private String note;

  PlannedAdmissions.Plan plan() {
    boolean patient = mrn != null && !mrn.isBlank();
    return new PlannedAdmissions.Plan(plannedDate, nights == null ? 0 : nights, specialism.name(), sex.name(), age,
        requiredEquipment.stream().map(Enum::name).collect(Collectors.toSet()),
        preferredEquipment.stream().map(Enum::name).collect(Collectors.toSet()), preferredRoomSize, unit,
        externalReference == null || externalReference.isBlank() ? null : externalReference.trim(),
        patient ? new PlannedAdmissions.Patient(mrn.trim(), familyName, givenName, birthDate) : null, note);
  }

  static PlannedAdmissionForm of(PlannedAdmissions.PlannedAdmission a) {
    PlannedAdmissions.Plan p = a.plan();
    PlannedAdmissionForm form = new PlannedAdmissionForm();
    form.plannedDate = p.plannedDate();
    form.nights = p.nights();
    form.specialism = Specialism.valueOf(p.specialism());
    form.sex = Sex.valueOf(p.sex());
    form.age = p.age();
    form.unit = p.unitCode();
    form.requiredEquipment = p.requiredEquipment().stream().map(RoomEquipment::valueOf).collect(Collectors.toList());
    form.preferredEquipment = p.preferredEquipment().stream().map(RoomEquipment::valueOf)
        .collect(Collectors.toList());
    form.preferredRoomSize = p.preferredRoomSize();
    form.externalReference = p.externalReference();
    if (p.patient() != null) {
      form.mrn = p.patient().mrn();
      form.familyName = p.patient().familyName();
      form.givenName = p.patient().givenName();
      form.birthDate = p.patient().birthDate();
    }
    form.note = p.note();
    form.version = a.version();
    return form;
  }

  public Integer getVersion() { return version; }
  public void setVersion(Integer version) { this.version = version; }
  public String getRequestKey() { return requestKey; }
  public void setRequestKey(String requestKey) { this.requestKey = requestKey; }
  public LocalDate getPlannedDate() { return plannedDate; }
  public void setPlannedDate(LocalDate plannedDate) { this.plannedDate = plannedDate; }
  public Integer getNights() { return nights; }
  public void setNights(Integer nights) { this.nights = nights; }
  public Specialism getSpecialism() { return specialism; }
  public void setSpecialism(Specialism specialism) { this.specialism = specialism; }
  public Sex getSex() { return sex; }
  public void setSex(Sex sex) { this.sex = sex; }
  public Integer getAge() { return age; }
  public void setAge(Integer age) { this.age = age; }
  public String getUnit() { return unit; }
  public void setUnit(String unit) { this.unit = unit; }
  public List<RoomEquipment> getRequiredEquipment() { return requiredEquipment; }
  public void setRequiredEquipment(List<RoomEquipment> e) { this.requiredEquipment = e == null ? new ArrayList<>() : e; }
  public List<RoomEquipment> getPreferredEquipment() { return preferredEquipment; }
  public void setPreferredEquipment(List<RoomEquipment> e) { this.preferredEquipment = e == null ? new ArrayList<>() : e; }
  public Integer getPreferredRoomSize() { return preferredRoomSize; }
  public void setPreferredRoomSize(Integer preferredRoomSize) { this.preferredRoomSize = preferredRoomSize; }
  public String getExternalReference() { return externalReference; }
  public void setExternalReference(String externalReference) { this.externalReference = externalReference; }
  public String getMrn() { return mrn; }
  public void setMrn(String mrn) { this.mrn = mrn; }
  public String getFamilyName() { return familyName; }
  public void setFamilyName(String familyName) { this.familyName = familyName; }
  public String getGivenName() { return givenName; }
  public void setGivenName(String givenName) { this.givenName = givenName; }
  public LocalDate getBirthDate() { return birthDate; }
  public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
  public String getNote() { return note; }
  public void setNote(String note) { this.note = note; }
}

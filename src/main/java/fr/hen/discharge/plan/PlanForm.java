package fr.hen.discharge.plan;

import fr.hen.discharge.Carer;
import fr.hen.discharge.ChecklistItem;
import fr.hen.discharge.DestinationType;
import fr.hen.discharge.Housing;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The plan form of a stay's discharge tab. {@code medicallyReady} is null when the control was not sent (it is
 * disabled for anyone but a physician): the medically ready time is then left as it is. {@code formKey} is a hidden
 * one-time key: a double submit changes the plan once.
 */
public class PlanForm {

  private String formKey;
  private Integer version;
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate expectedDischargeDate;
  private String eddReason;
  private Boolean medicallyReady;
  @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") private LocalDateTime medicallyReadyAt;
  private List<String> needs = new ArrayList<>();
  private Integer gir;
  private Boolean livesAlone;
  private Carer carer;
  private Housing housing;
  private String homePostcode;
  private String homeTown;
  private DestinationType destinationType;
  private List<ChecklistItem> checklist = new ArrayList<>();

  /** The form filled with the plan as it is, with a fresh key. */
  static PlanForm of(DischargePlan p) {
    PlanForm f = new PlanForm();
    f.formKey = UUID.randomUUID().toString();
    f.version = p.version();
    f.expectedDischargeDate = p.expectedDischargeDate();
    f.medicallyReady = p.medicallyReady();
    f.medicallyReadyAt = p.medicallyReadyAt();
    f.needs = new ArrayList<>(p.needs());
    f.gir = p.gir();
    f.livesAlone = p.livesAlone();
    f.carer = p.carer();
    f.housing = p.housing();
    f.homePostcode = p.homePostcode();
    f.homeTown = p.homeTown();
    f.destinationType = p.destinationType();
    f.checklist = new ArrayList<>(p.checklist());
    return f;
  }

  PlanCommand command(long stayId) {
    return new PlanCommand(stayId, version == null ? -1 : version, expectedDischargeDate, eddReason, medicallyReady,
        Boolean.TRUE.equals(medicallyReady) ? medicallyReadyAt : null, needs, gir, livesAlone, carer, housing,
        homePostcode, homeTown, destinationType, checklist);
  }

  public String getFormKey() { return formKey; }
  public void setFormKey(String v) { formKey = v; }
  public Integer getVersion() { return version; }
  public void setVersion(Integer v) { version = v; }
  public LocalDate getExpectedDischargeDate() { return expectedDischargeDate; }
  public void setExpectedDischargeDate(LocalDate v) { expectedDischargeDate = v; }
  public String getEddReason() { return eddReason; }
  public void setEddReason(String v) { eddReason = v; }
  public Boolean getMedicallyReady() { return medicallyReady; }
  public void setMedicallyReady(Boolean v) { medicallyReady = v; }
  public LocalDateTime getMedicallyReadyAt() { return medicallyReadyAt; }
  public void setMedicallyReadyAt(LocalDateTime v) { medicallyReadyAt = v; }
  public List<String> getNeeds() { return needs; }
  public void setNeeds(List<String> v) { needs = v == null ? new ArrayList<>() : v; }
  public Integer getGir() { return gir; }
  public void setGir(Integer v) { gir = v; }
  public Boolean getLivesAlone() { return livesAlone; }
  public void setLivesAlone(Boolean v) { livesAlone = v; }
  public Carer getCarer() { return carer; }
  public void setCarer(Carer v) { carer = v; }
  public Housing getHousing() { return housing; }
  public void setHousing(Housing v) { housing = v; }
  public String getHomePostcode() { return homePostcode; }
  public void setHomePostcode(String v) { homePostcode = v; }
  public String getHomeTown() { return homeTown; }
  public void setHomeTown(String v) { homeTown = v; }
  public DestinationType getDestinationType() { return destinationType; }
  public void setDestinationType(DestinationType v) { destinationType = v; }
  public List<ChecklistItem> getChecklist() { return checklist; }
  public void setChecklist(List<ChecklistItem> v) { checklist = v == null ? new ArrayList<>() : v; }
}

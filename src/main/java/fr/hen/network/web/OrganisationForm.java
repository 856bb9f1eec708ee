package fr.hen.network.web;

import fr.hen.network.Contact;
import fr.hen.network.OrganisationData;
import fr.hen.network.OrganisationProfile;
import fr.hen.network.OrganisationType;
import fr.hen.network.PartnershipStatus;
import java.util.List;

/** The organisation form as typed by a coordinator (bound by property, validated as {@link OrganisationData}). */
public class OrganisationForm {

  private String code;
  private OrganisationType type;
  private String name;
  private String finess;
  private String address;
  private String postcode;
  private String city;
  private Double latitude;
  private Double longitude;
  private String phone;
  private String email;
  private PartnershipStatus partnershipStatus = PartnershipStatus.PROSPECT;
  private Integer answerDelayHours;
  private Integer serviceRadiusKm;

  static OrganisationForm of(OrganisationProfile o) {
    OrganisationForm f = new OrganisationForm();
    f.code = o.code();
    f.type = o.type();
    f.name = o.name();
    f.finess = o.finess();
    f.address = o.address();
    f.postcode = o.postcode();
    f.city = o.city();
    f.latitude = o.latitude();
    f.longitude = o.longitude();
    f.phone = o.phone();
    f.email = o.email();
    f.partnershipStatus = o.partnershipStatus();
    f.answerDelayHours = o.answerDelayHours();
    f.serviceRadiusKm = o.serviceRadiusKm();
    return f;
  }

  /** The data to save: capabilities kept as declared, contacts as given. */
  OrganisationData toData(List<Contact> contacts) {
    return new OrganisationData(trim(code), type, trim(name), trim(finess), trim(address), trim(postcode), trim(city),
        latitude, longitude, trim(phone), trim(email), partnershipStatus, answerDelayHours, serviceRadiusKm, null,
        contacts);
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  public String getCode() { return code; }
  public void setCode(String v) { code = v; }
  public OrganisationType getType() { return type; }
  public void setType(OrganisationType v) { type = v; }
  public String getName() { return name; }
  public void setName(String v) { name = v; }
  public String getFiness() { return finess; }
  public void setFiness(String v) { finess = v; }
  public String getAddress() { return address; }
  public void setAddress(String v) { address = v; }
  public String getPostcode() { return postcode; }
  public void setPostcode(String v) { postcode = v; }
  public String getCity() { return city; }
  public void setCity(String v) { city = v; }
  public Double getLatitude() { return latitude; }
  public void setLatitude(Double v) { latitude = v; }
  public Double getLongitude() { return longitude; }
  public void setLongitude(Double v) { longitude = v; }
  public String getPhone() { return phone; }
  public void setPhone(String v) { phone = v; }
  public String getEmail() { return email; }
  public void setEmail(String v) { email = v; }
  public PartnershipStatus getPartnershipStatus() { return partnershipStatus; }
  public void setPartnershipStatus(PartnershipStatus v) { partnershipStatus = v; }
  public Integer getAnswerDelayHours() { return answerDelayHours; }
  public void setAnswerDelayHours(Integer v) { answerDelayHours = v; }
  public Integer getServiceRadiusKm() { return serviceRadiusKm; }
  public void setServiceRadiusKm(Integer v) { serviceRadiusKm = v; }
}

package fr.hen.network.internal;

import fr.hen.network.OrganisationData;
import fr.hen.network.OrganisationType;
import fr.hen.network.PartnershipStatus;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The organisation aggregate: identity, address, partnership, capabilities with their capacity, and contacts.
 * Column names are explicit so that they are not upper-cased by the H2 dialect.
 */
@Table("organisation")
public class Organisation {

  @Id @Column("id") Long id;
  @Version @Column("version") Integer version;
  @Column("code") String code;
  @Column("type") OrganisationType type;
  @Column("name") String name;
  @Column("finess") String finess;
  @Column("address") String address;
  @Column("postcode") String postcode;
  @Column("city") String city;
  @Column("latitude") Double latitude;
  @Column("longitude") Double longitude;
  @Column("phone") String phone;
  @Column("email") String email;
  @Column("partnership_status") PartnershipStatus partnershipStatus;
  @Column("answer_delay_hours") Integer answerDelayHours;
  @Column("service_radius_km") Integer serviceRadiusKm;
  @Column("agreement_date") java.time.LocalDate agreementDate;
  @Column("active") boolean active = true;
  @Column("created_at") LocalDateTime createdAt;
  @Column("updated_at") LocalDateTime updatedAt;

  @MappedCollection(idColumn = "organisation_id")
  Set<OrganisationCapability> capabilities = new HashSet<>();

  @MappedCollection(idColumn = "organisation_id", keyColumn = "list_index")
  List<OrganisationContact> contacts = new ArrayList<>();

  /** A new, active organisation with the given fields. */
  public static Organisation create(OrganisationData data, LocalDateTime now) {
    Organisation o = new Organisation();
    o.createdAt = now;
    o.apply(data, now);
    return o;
  }

  /** Replaces every editable field; capabilities only when given. */
  public void apply(OrganisationData data, LocalDateTime now) {
    code = data.code();
    type = data.type();
    name = data.name().trim();
    finess = blankToNull(data.finess());
    address = blankToNull(data.address());
    postcode = blankToNull(data.postcode());
    city = data.city().trim();
    latitude = data.latitude();
    longitude = data.longitude();
    phone = blankToNull(data.phone());
    email = blankToNull(data.email());
    partnershipStatus = data.partnershipStatus();
    answerDelayHours = data.answerDelayHours();
    serviceRadiusKm = data.serviceRadiusKm();
    if (data.capabilities() != null) {
      declare(data.capabilities().stream().map(d -> OrganisationCapability.of(d, now)).toList());
    }
    replaceContacts(data.contacts() == null ? List.of() : data.contacts().stream().map(OrganisationContact::of)
        .toList());
    updatedAt = now;
  }

  /** Replaces the declared capacity, one entry per capability. */
  public void declare(List<OrganisationCapability> declared) {
    capabilities = new HashSet<>(declared);
  }

  public void replaceContacts(List<OrganisationContact> list) {
    contacts = new ArrayList<>(list);
  }

  public void deactivate(LocalDateTime now) {
    active = false;
    updatedAt = now;
  }

  public void touch(LocalDateTime now) {
    updatedAt = now;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public boolean active() {
    return active;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}

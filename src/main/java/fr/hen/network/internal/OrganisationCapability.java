package fr.hen.network.internal;

import fr.hen.network.CapacityDeclaration;
import fr.hen.network.CapacityStatus;
import java.time.LocalDateTime;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** Capacity of an organisation for one capability (equal by capability: one entry per capability). */
@Table("organisation_capability")
public record OrganisationCapability(
    @Column("capability_code") String capabilityCode,
    @Column("places") int places,
    @Column("free_places") int freePlaces,
    @Column("capacity_status") CapacityStatus capacityStatus,
    @Column("declared_at") LocalDateTime declaredAt) {

  public static OrganisationCapability of(CapacityDeclaration d, LocalDateTime now) {
    return new OrganisationCapability(d.capability(), d.places(), d.freePlaces(), d.capacityStatus(), now);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OrganisationCapability other && other.capabilityCode.equals(capabilityCode);
  }

  @Override
  public int hashCode() {
    return capabilityCode.hashCode();
  }
}

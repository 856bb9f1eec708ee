package fr.hen.network;

import fr.hen.platform.BulkInsert;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The network module's bulk loader (demo seeding, imports): writes whole organisations with their declared
 * capacity and contacts with a few bulk statements, then restarts the identity past the highest id. Ids are given
 * by the caller, who refers to them from other modules' loads. No audit entry, no event: the caller loads a
 * directory that nobody reads yet.
 */
@Component
public class OrganisationBulkLoader {

  /** One capability declared by an organisation, at a given time. */
  public record DeclaredCapacity(String capability, int places, int freePlaces, CapacityStatus status,
      LocalDateTime declaredAt) {}

  /** An organisation with its capacity and contacts (contacts in their list order). */
  public record Entry(long id, String code, OrganisationType type, String name, String finess, String address,
      String postcode, String city, GeoPoint location, String phone, String email, PartnershipStatus status,
      Integer answerDelayHours, Integer serviceRadiusKm, java.time.LocalDate agreementDate, LocalDateTime createdAt, List<DeclaredCapacity> capacities, List<Contact> contacts) {}

  private final BulkInsert bulk;
  private final JdbcClient jdbc;

  OrganisationBulkLoader(BulkInsert bulk, JdbcClient jdbc) {
    this.bulk = bulk;
    this.jdbc = jdbc;
  }

  /** How many organisations the directory holds, active or not (a bulk load expects none with its codes). */
  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM organisation").query(Long.class).single();
  }

  /**
   * Writes the organisations, in the caller's transaction if any. A duplicate id or code, a code outside
   * {@link OrganisationData#CODE}, or a capacity with more free places than places is an
   * {@link IllegalArgumentException} before anything is written.
   */
  public void load(List<Entry> entries) {
    check(entries);
    List<Object[]> organisations = new ArrayList<>();
    List<Object[]> capacities = new ArrayList<>();
    List<Object[]> contacts = new ArrayList<>();
    for (Entry e : entries) {
      Timestamp created = Timestamp.valueOf(e.createdAt());
      organisations.add(new Object[] {e.id(), e.code(), e.type().name(), e.name(), e.finess(), e.address(),
          e.postcode(), e.city(), e.location() == null ? null : e.location().latitude(),
          e.location() == null ? null : e.location().longitude(), e.phone(), e.email(), e.status().name(),
          e.answerDelayHours(), e.serviceRadiusKm(), e.agreementDate() == null ? null
              : java.sql.Date.valueOf(e.agreementDate()), true, created, created});
      for (DeclaredCapacity c : e.capacities()) {
        capacities.add(new Object[] {e.id(), c.capability(), c.places(), c.freePlaces(), c.status().name(),
            Timestamp.valueOf(c.declaredAt())});
      }
      for (int i = 0; i < e.contacts().size(); i++) {
        Contact c = e.contacts().get(i);
        contacts.add(new Object[] {e.id(), i, c.name(), c.role(), c.phone(), c.email()});
      }
    }
    bulk.insert("organisation", List.of("id", "code", "type", "name", "finess", "address", "postcode", "city",
        "latitude", "longitude", "phone", "email", "partnership_status", "answer_delay_hours",
        "service_radius_km", "agreement_date", "active",
        "created_at", "updated_at"), organisations);
    bulk.insert("organisation_capability", List.of("organisation_id", "capability_code", "places", "free_places",
        "capacity_status", "declared_at"), capacities);
    bulk.insert("organisation_contact", List.of("organisation_id", "list_index", "name", "role", "phone", "email"),
        contacts);
    bulk.restartIdentity("organisation");
  }

  /**
   * Deletes every organisation with its capacity and contacts: only for undoing a load into an empty directory that
   * failed half way without a transaction around it (other modules' rows referring to them go first).
   */
  public void clear() {
    for (String table : List.of("organisation_contact", "organisation_capability", "organisation")) {
      jdbc.sql("DELETE FROM " + table).update();
    }
  }

  private static void check(List<Entry> entries) {
    Set<Long> ids = new HashSet<>();
    Set<String> codes = new HashSet<>();
    for (Entry e : entries) {
      if (!ids.add(e.id()) || !codes.add(e.code())) {
        throw new IllegalArgumentException("Organisation " + e.id() + " " + e.code() + ": id or code given twice");
      }
      if (e.code() == null || !e.code().matches(OrganisationData.CODE)) {
        throw new IllegalArgumentException("Organisation " + e.id() + ": code '" + e.code() + "' is malformed");
      }
      for (DeclaredCapacity c : e.capacities()) {
        if (c.places() < 0 || c.freePlaces() < 0 || c.freePlaces() > c.places()) {
          throw new IllegalArgumentException("Organisation " + e.code() + ", " + c.capability()
              + ": free places must lie between 0 and the places");
        }
      }
    }
  }
}

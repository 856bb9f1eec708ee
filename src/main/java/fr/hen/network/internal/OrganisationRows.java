package fr.hen.network.internal;

import fr.hen.network.Capacity;
import fr.hen.network.CapacityStatus;
import fr.hen.network.Contact;
import fr.hen.network.OrganisationProfile;
import fr.hen.network.OrganisationType;
import fr.hen.network.PartnershipStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads organisations for display with a fixed number of queries whatever the number of rows: the rows, then
 * the capabilities and the contacts of all of them at once.
 */
@Component
public class OrganisationRows {

  static final String COLUMNS = "o.id, o.code, o.name, o.type, o.finess, o.address, o.postcode, o.city, o.latitude,"
      + " o.longitude, o.phone, o.email, o.partnership_status, o.answer_delay_hours, o.service_radius_km,"
      + " o.agreement_date, o.active";

  private record Row(long id, String code, String name, OrganisationType type, String finess, String address,
      String postcode, String city, Double latitude, Double longitude, String phone, String email,
      PartnershipStatus status, Integer answerDelayHours, Integer serviceRadiusKm, LocalDate agreementDate,
      boolean active) {}

  private final JdbcClient jdbc;

  OrganisationRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<OrganisationProfile> byCode(String code) {
    return complete(jdbc.sql("SELECT " + COLUMNS + " FROM organisation o WHERE o.code = :code")
        .param("code", code).query(OrganisationRows::row).list()).stream().findFirst();
  }

  public Optional<OrganisationProfile> byId(long id) {
    return complete(jdbc.sql("SELECT " + COLUMNS + " FROM organisation o WHERE o.id = :id")
        .param("id", id).query(OrganisationRows::row).list()).stream().findFirst();
  }

  public List<OrganisationProfile> activeOfType(OrganisationType type) {
    return complete(jdbc.sql("SELECT " + COLUMNS + " FROM organisation o WHERE o.active AND o.type = :type"
        + " ORDER BY o.name, o.id").param("type", type.name()).query(OrganisationRows::row).list());
  }

  /** What {@link #activePartners} was read from: row counts and latest changes of both tables, and the language. */
  private record PartnersVersion(long organisations, long versions, LocalDateTime organisationChange,
      long capacities, LocalDateTime declaration, boolean english) {}

  private final Map<Boolean, Map.Entry<PartnersVersion, List<OrganisationProfile>>> partners =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Every active partner structure (neither a hospital nor the network) with its declared capacities, in two
   * queries whatever their number (no {@code IN} list); contacts are not read (empty lists). By id. The list is
   * kept while the directory is unchanged: each call first reads the row counts, the sum of the organisations'
   * {@code version} (every write of an organisation, its capacities included, raises its version) and the latest
   * {@code updated_at} and {@code declared_at}, and reads the partners again when any moved. The version sum catches
   * the writes whose time is not the latest (a clock behind another writer's).
   */
  public List<OrganisationProfile> activePartners() {
    boolean english = CapabilityCatalogue.english();
    PartnersVersion version = jdbc.sql("""
            SELECT o.n AS organisations, o.versions, o.changed, c.n AS capacities, c.declared
            FROM (SELECT COUNT(*) AS n, COALESCE(SUM(version), 0) AS versions, MAX(updated_at) AS changed
                  FROM organisation) o,
                 (SELECT COUNT(*) AS n, MAX(declared_at) AS declared FROM organisation_capability) c""")
        .query((rs, n) -> new PartnersVersion(rs.getLong("organisations"), rs.getLong("versions"),
            rs.getObject("changed", LocalDateTime.class), rs.getLong("capacities"),
            rs.getObject("declared", LocalDateTime.class), english))
        .single();
    Map.Entry<PartnersVersion, List<OrganisationProfile>> kept = partners.get(english);
    if (kept != null && kept.getKey().equals(version)) {
      return kept.getValue();
    }
    List<OrganisationProfile> read = readActivePartners(english);
    partners.put(english, Map.entry(version, read));
    return read;
  }

  private List<OrganisationProfile> readActivePartners(boolean english) {
    String partners = " FROM organisation o WHERE o.active AND o.type NOT IN ('HOSPITAL', 'NETWORK')";
    List<Row> found = jdbc.sql("SELECT " + COLUMNS + partners + " ORDER BY o.id").query(OrganisationRows::row).list();
    Map<Long, List<Capacity>> capacities = jdbc.sql("""
            SELECT oc.organisation_id, oc.capability_code, c.label_fr, c.label_en, oc.places, oc.free_places,
                   oc.capacity_status, oc.declared_at
            FROM organisation_capability oc JOIN capability c ON c.code = oc.capability_code
            WHERE oc.organisation_id IN (SELECT o.id""" + partners + ")")
        .query((rs, n) -> capacity(rs, english)).list().stream()
        .collect(Collectors.groupingBy(Map.Entry::getKey,
            Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    return found.stream().map(r -> profile(r, List.copyOf(capacities.getOrDefault(r.id, List.of())), List.of()))
        .toList();
  }

  /** Runs a select of {@link #COLUMNS} (with its parameters) and completes its rows. */
  List<OrganisationProfile> select(String sql, Map<String, Object> params) {
    return complete(jdbc.sql(sql).params(params).query(OrganisationRows::row).list());
  }

  private List<OrganisationProfile> complete(List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rows.stream().map(Row::id).toList();
    boolean english = CapabilityCatalogue.english();
    Map<Long, List<Capacity>> capacities = jdbc.sql("""
            SELECT oc.organisation_id, oc.capability_code, c.label_fr, c.label_en, oc.places, oc.free_places,
                   oc.capacity_status, oc.declared_at
            FROM organisation_capability oc JOIN capability c ON c.code = oc.capability_code
            WHERE oc.organisation_id IN (:ids) ORDER BY oc.organisation_id, oc.capability_code""")
        .param("ids", ids)
        .query((rs, n) -> capacity(rs, english))
        .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
            Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    Map<Long, List<Contact>> contacts = jdbc.sql("""
            SELECT organisation_id, name, role, phone, email FROM organisation_contact
            WHERE organisation_id IN (:ids) ORDER BY organisation_id, list_index""")
        .param("ids", ids)
        .query((rs, n) -> Map.entry(rs.getLong("organisation_id"), new Contact(rs.getString("name"),
            rs.getString("role"), rs.getString("phone"), rs.getString("email"))))
        .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
            Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    return rows.stream().map(r -> profile(r, capacities.getOrDefault(r.id, List.of()),
        contacts.getOrDefault(r.id, List.of()))).toList();
  }

  private static OrganisationProfile profile(Row r, List<Capacity> capacities, List<Contact> contacts) {
    return new OrganisationProfile(r.id, r.code, r.name, r.type, r.finess, r.address, r.postcode, r.city, r.latitude,
        r.longitude, r.phone, r.email, r.status, r.answerDelayHours, r.serviceRadiusKm, r.agreementDate, r.active,
        capacities, contacts, null);
  }

  private static Map.Entry<Long, Capacity> capacity(ResultSet rs, boolean english) throws SQLException {
    return Map.entry(rs.getLong("organisation_id"), new Capacity(rs.getString("capability_code"),
        rs.getString(english ? "label_en" : "label_fr"), rs.getInt("places"), rs.getInt("free_places"),
        CapacityStatus.valueOf(rs.getString("capacity_status")), rs.getObject("declared_at", LocalDateTime.class)));
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
        OrganisationType.valueOf(rs.getString("type")), rs.getString("finess"), rs.getString("address"),
        rs.getString("postcode"), rs.getString("city"), rs.getObject("latitude", Double.class),
        rs.getObject("longitude", Double.class), rs.getString("phone"), rs.getString("email"),
        PartnershipStatus.valueOf(rs.getString("partnership_status")),
        rs.getObject("answer_delay_hours", Integer.class), rs.getObject("service_radius_km", Integer.class),
        rs.getObject("agreement_date", LocalDate.class), rs.getBoolean("active"));
  }
}

package fr.hen.adt.feed;

import fr.hen.network.OrganisationDirectory;
import fr.hen.network.OrganisationProfile;
import fr.hen.platform.Role;
import fr.hen.platform.SystemActor;
import fr.hen.stays.HospitalBeds;
import fr.hen.stays.PlannedAdmissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The hospital a sending facility (MSH-4) names: an alias set by the hospital's administrator, else the
 * organisation's code, else its FINESS; only active hospitals. Answers are cached for a minute (an alias change
 * clears the cache).
 */
@Component
public class Facilities {

  /** The rights of the feed's system actor: its hospital's bed manager, allowed to record late movements. */
  static final String BACKDATE_RIGHT = "stays:backdate";

  private static final Duration TTL = Duration.ofMinutes(1);
  private static final Pattern NOT_NAME = Pattern.compile("[^a-z0-9-]");

  /** A hospital the feed acts for, with its system actor ({@code system:adt-<code>}). */
  public record Hospital(long id, String code, SystemActor actor) {}

  private record Cached(Optional<Hospital> hospital, Instant at) {}

  private final JdbcClient jdbc;
  private final OrganisationDirectory directory;
  private final Clock clock;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  Facilities(JdbcClient jdbc, OrganisationDirectory directory, Clock clock) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.clock = clock;
  }

  /** The hospital named by MSH-4 (namespace id, or universal id such as a FINESS), if any. */
  public Optional<Hospital> find(String namespaceId, String universalId) {
    Optional<Hospital> found = namespaceId == null || namespaceId.isBlank() ? Optional.empty() : lookup(namespaceId);
    if (found.isEmpty() && universalId != null && !universalId.isBlank()) {
      found = lookup(universalId);
    }
    return found;
  }

  public void forget() {
    cache.clear();
  }

  /** The feed's actor for a hospital. */
  public static SystemActor actorFor(long organisationId, String code) {
    String name = "adt-" + NOT_NAME.matcher(code.toLowerCase(Locale.ROOT)).replaceAll("-");
    return SystemActor.forOrganisation(name.length() > 50 ? name.substring(0, 50) : name, organisationId,
        java.util.Set.of(Role.BED_MANAGER), BACKDATE_RIGHT, PlannedAdmissions.MANAGE_RIGHT,
        HospitalBeds.BED_STATUS_RIGHT);
  }

  private Optional<Hospital> lookup(String name) {
    String key = name.trim().toUpperCase(Locale.ROOT);
    Instant now = clock.instant();
    Cached cached = cache.get(key);
    if (cached != null && cached.at().plus(TTL).isAfter(now)) {
      return cached.hospital();
    }
    Optional<Hospital> found = resolve(name.trim(), key);
    if (cache.size() > 10_000) {
      cache.clear();
    }
    cache.put(key, new Cached(found, now));
    return found;
  }

  private Optional<Hospital> resolve(String asSent, String key) {
    Optional<OrganisationProfile> org = jdbc.sql("""
            SELECT organisation_id FROM adt_facility_alias WHERE alias = :alias""")
        .param("alias", key).query(Long.class).optional().flatMap(directory::findById);
    if (org.isEmpty()) {
      org = directory.findByCode(asSent);
    }
    if (org.isEmpty() && !asSent.equals(key)) {
      org = directory.findByCode(key);
    }
    if (org.isEmpty()) {
      org = directory.hospitals().stream().filter(h -> asSent.equals(h.finess())).findFirst();
    }
    return org.filter(OrganisationProfile::active)
        .filter(o -> o.type() == fr.hen.network.OrganisationType.HOSPITAL)
        .map(o -> new Hospital(o.id(), o.code(), actorFor(o.id(), o.code())));
  }
}

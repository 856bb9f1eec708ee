package fr.hen.platform;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A named system actor: an interface feed, an import or a scheduled job. It has its own identity in the audit log
 * (kind {@code SYSTEM}, name {@code system:<name>}), the organisation it acts for (null for a network-wide job) and
 * explicit rights: roles of {@link Role} and rights declared by modules (authorities such as
 * {@code stays:read-facts}). It never borrows a person's account; run its work with {@link SystemActors#run}.
 */
public record SystemActor(String name, Long organisation, Set<Role> roles, Set<String> rights) implements Actor {

  private static final Pattern NAME = Pattern.compile("system:[a-z0-9][a-z0-9-]{0,50}");

  public SystemActor {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("A system actor is named system:<lower-case-name>, not " + name);
    }
    roles = Set.copyOf(roles);
    rights = Set.copyOf(rights);
  }

  /** A network-wide system actor holding only module rights. */
  public static SystemActor of(String name, String... rights) {
    return new SystemActor("system:" + name, null, Set.of(), Set.of(rights));
  }

  /** A system actor acting for one organisation with these roles (e.g. an interface feed of a hospital). */
  public static SystemActor forOrganisation(String name, long organisation, Set<Role> roles, String... rights) {
    return new SystemActor("system:" + name, organisation, roles, Set.of(rights));
  }

  @Override
  public Kind kind() {
    return Kind.SYSTEM;
  }

  @Override
  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Its roles ({@code ROLE_…}) and rights as Spring Security authorities. */
  public Collection<GrantedAuthority> authorities() {
    return java.util.stream.Stream.concat(roles.stream().map(Role::authority), rights.stream())
        .<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
  }

  @Override
  public String toString() {
    return name + (organisation == null ? "" : "@" + organisation) + List.copyOf(authorities());
  }
}

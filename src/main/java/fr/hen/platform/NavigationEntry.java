package fr.hen.platform;

import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * A link of the main navigation, contributed by a module through a {@link NavigationContributor}: the message key of
 * its text, the path it opens, its place (entries are shown by ascending order, whatever module they come from) and
 * the roles that see it (any one of them; none means every signed-in user). The link is marked as the current
 * section on its path and below it.
 */
@NamedInterface("spi")
public record NavigationEntry(String messageKey, String path, int order, Set<Role> roles) {

  public NavigationEntry {
    Contributions.requireKey(messageKey);
    Contributions.requirePath(path);
    roles = Set.copyOf(roles);
  }

  /** Whether a user holding these roles sees the entry. */
  public boolean visibleTo(Set<Role> userRoles) {
    return Contributions.visible(roles, userRoles);
  }
}

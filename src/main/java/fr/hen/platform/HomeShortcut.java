package fr.hen.platform;

import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * A card of the home page, contributed by a module through a {@link NavigationContributor}: message keys of its
 * title and text, the path it opens, its place (ascending order across modules) and the roles that see it (any one of
 * them; none means every signed-in user).
 */
@NamedInterface("spi")
public record HomeShortcut(String titleKey, String textKey, String path, int order, Set<Role> roles) {

  public HomeShortcut {
    Contributions.requireKey(titleKey);
    Contributions.requireKey(textKey);
    Contributions.requirePath(path);
    roles = Set.copyOf(roles);
  }

  /** Whether a user holding these roles sees the shortcut. */
  public boolean visibleTo(Set<Role> userRoles) {
    return Contributions.visible(roles, userRoles);
  }
}

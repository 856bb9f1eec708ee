package fr.hen.platform;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * What a module adds to the pages of the platform: links of the main navigation and cards of the home page. A module
 * declares one bean implementing it; the platform shows, in order, what the signed-in user's roles allow. The message
 * keys belong to the module's own bundle ({@link MessageBundleContributor}).
 */
@NamedInterface("spi")
public interface NavigationContributor {

  /** The module's links in the main navigation. */
  default List<NavigationEntry> navigationEntries() {
    return List.of();
  }

  /** The module's cards on the home page. */
  default List<HomeShortcut> homeShortcuts() {
    return List.of();
  }
}

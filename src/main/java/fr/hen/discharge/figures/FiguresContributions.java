package fr.hen.discharge.figures;

import fr.hen.platform.MessageBundleContributor;
import fr.hen.platform.NavigationContributor;
import fr.hen.platform.NavigationEntry;
import fr.hen.platform.Role;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** What the discharge figures add to the platform: the page in the navigation and its message bundle. */
@Component
class FiguresContributions implements NavigationContributor, MessageBundleContributor {

  static final Set<Role> READERS = Set.of(Role.DISCHARGE_COORDINATOR, Role.BED_MANAGER, Role.QUALITY_MANAGER,
      Role.PHYSICIAN, Role.NETWORK_COORDINATOR);

  @Override
  public List<NavigationEntry> navigationEntries() {
    return List.of(new NavigationEntry("figures.nav", "/discharge/figures", 68, READERS));
  }

  @Override
  public List<String> messageBundles() {
    return List.of("i18n/discharge-figures");
  }
}

package fr.hen.discharge.worklist;

import fr.hen.platform.HomeShortcut;
import fr.hen.platform.MessageBundleContributor;
import fr.hen.platform.NavigationContributor;
import fr.hen.platform.NavigationEntry;
import fr.hen.platform.Role;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What the worklist and partner matching add to the platform: the navigation entry <em>Sorties</em> ({@code /discharge})
 * for the hospital's clinical roles, a home card for discharge coordinators, and the bundle
 * {@code i18n/discharge-matching}.
 */
@Component
class WorklistContributions implements NavigationContributor, MessageBundleContributor {

  private static final Set<Role> CLINICAL = Set.of(Role.BED_MANAGER, Role.DISCHARGE_COORDINATOR, Role.PHYSICIAN);

  @Override
  public List<NavigationEntry> navigationEntries() {
    return List.of(new NavigationEntry("worklist.nav", "/discharge", 35, CLINICAL));
  }

  @Override
  public List<HomeShortcut> homeShortcuts() {
    return List.of(new HomeShortcut("worklist.home.title", "worklist.home.text", "/discharge", 15,
        Set.of(Role.DISCHARGE_COORDINATOR)));
  }

  @Override
  public List<String> messageBundles() {
    return List.of("i18n/discharge-matching");
  }
}

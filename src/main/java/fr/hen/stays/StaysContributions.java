package fr.hen.stays;

import fr.hen.platform.AuditResourceType;
import fr.hen.platform.AuditTypeContributor;
import fr.hen.platform.HomeShortcut;
import fr.hen.platform.MessageBundleContributor;
import fr.hen.platform.NavigationContributor;
import fr.hen.platform.NavigationEntry;
import fr.hen.platform.Role;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What the stays module adds to the platform: its pages in the navigation and on the home page (bed board, stays,
 * units, network view of beds), its message bundle and its audit resource types.
 */
@Component
class StaysContributions implements NavigationContributor, MessageBundleContributor, AuditTypeContributor {

  /** Those who care for patients: the board and the stays list are theirs. */
  private static final Set<Role> CLINICAL = Set.of(Role.BED_MANAGER, Role.DISCHARGE_COORDINATOR, Role.PHYSICIAN);

  @Override
  public List<NavigationEntry> navigationEntries() {
    return List.of(
        new NavigationEntry("nav.board", "/beds", 20, CLINICAL),
        new NavigationEntry("nav.stays", "/stays", 30, CLINICAL),
        new NavigationEntry("nav.plannedAdmissions", "/planned-admissions", 32, CLINICAL),
        new NavigationEntry("nav.units", "/units", 40, Set.of(Role.BED_MANAGER, Role.DISCHARGE_COORDINATOR,
            Role.PHYSICIAN, Role.ADMIN)),
        new NavigationEntry("networkBeds.nav", "/network/beds", 50, Set.of(Role.NETWORK_COORDINATOR,
            Role.QUALITY_MANAGER, Role.BED_MANAGER, Role.ADMIN)));
  }

  @Override
  public List<HomeShortcut> homeShortcuts() {
    return List.of(
        new HomeShortcut("home.board.title", "home.board.text", "/beds", 10, CLINICAL),
        new HomeShortcut("home.stays.title", "home.stays.text", "/stays", 20, CLINICAL),
        new HomeShortcut("home.admit.title", "home.admit.text", "/stays/new", 30, Set.of(Role.BED_MANAGER)),
        new HomeShortcut("home.planned.title", "home.planned.text", "/planned-admissions", 32,
            Set.of(Role.BED_MANAGER)),
        new HomeShortcut("home.network.title", "home.network.text", "/network/beds", 60,
            Set.of(Role.NETWORK_COORDINATOR, Role.QUALITY_MANAGER)),
        new HomeShortcut("home.units.title", "home.units.text", "/units", 80, Set.of(Role.ADMIN)));
  }

  @Override
  public List<String> messageBundles() {
    return List.of("i18n/stays");
  }

  @Override
  public List<AuditResourceType> auditResourceTypes() {
    return StaysAuditTypes.ALL;
  }
}

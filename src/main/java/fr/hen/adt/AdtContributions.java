package fr.hen.adt;

import fr.hen.platform.AuditResourceType;
import fr.hen.platform.AuditTypeContributor;
import fr.hen.platform.MessageBundleContributor;
import fr.hen.platform.NavigationContributor;
import fr.hen.platform.NavigationEntry;
import fr.hen.platform.Role;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** What the ADT feed adds to the platform: the integration monitor page, its bundle, its audit types. */
@Component
class AdtContributions implements NavigationContributor, MessageBundleContributor, AuditTypeContributor {

  private static final Set<Role> MONITOR = Set.of(Role.BED_MANAGER, Role.ADMIN);

  @Override
  public List<NavigationEntry> navigationEntries() {
    return List.of(new NavigationEntry("adt.nav", "/adt/messages", 45, MONITOR));
  }

  @Override
  public List<String> messageBundles() {
    return List.of("i18n/adt");
  }

  @Override
  public List<AuditResourceType> auditResourceTypes() {
    return AdtAuditTypes.ALL;
  }
}

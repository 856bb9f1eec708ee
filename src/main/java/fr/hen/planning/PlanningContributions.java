package fr.hen.planning;

import fr.hen.platform.AuditResourceType;
import fr.hen.platform.AuditTypeContributor;
import fr.hen.platform.MessageBundleContributor;
import fr.hen.platform.NavigationContributor;
import fr.hen.platform.NavigationEntry;
import fr.hen.platform.Role;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The placement optimiser's menu entry (bed manager), messages and audit types. */
@Component
class PlanningContributions implements NavigationContributor, MessageBundleContributor, AuditTypeContributor {

  @Override
  public List<NavigationEntry> navigationEntries() {
    return List.of(new NavigationEntry("placement.nav", "/placement", 25, Set.of(Role.BED_MANAGER)));
  }

  @Override
  public List<String> messageBundles() {
    return List.of("i18n/planning");
  }

  @Override
  public List<AuditResourceType> auditResourceTypes() {
    return PlanningAuditTypes.ALL;
  }
}

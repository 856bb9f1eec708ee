package fr.hen.platform.web;

import fr.hen.platform.AuditLog;
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
 * The platform plugs its own pages in like any module: accounts and the audit log for administrators (last in the
 * navigation), its message bundle, and the resource type of account changes.
 */
@Component
class PlatformContributions implements NavigationContributor, MessageBundleContributor, AuditTypeContributor {

  private static final Set<Role> ADMIN = Set.of(Role.ADMIN);

  @Override
  public List<NavigationEntry> navigationEntries() {
    return List.of(
        new NavigationEntry("nav.users", "/admin/users", 900, ADMIN),
        new NavigationEntry("nav.audit", "/admin/audit", 910, ADMIN));
  }

  @Override
  public List<HomeShortcut> homeShortcuts() {
    return List.of(
        new HomeShortcut("home.users.title", "home.users.text", "/admin/users", 900, ADMIN),
        new HomeShortcut("home.audit.title", "home.audit.text", "/admin/audit", 910, ADMIN));
  }

  @Override
  public List<String> messageBundles() {
    return List.of("i18n/platform");
  }

  @Override
  public List<AuditResourceType> auditResourceTypes() {
    return List.of(AuditResourceType.administration(AuditLog.ACCOUNT));
  }
}

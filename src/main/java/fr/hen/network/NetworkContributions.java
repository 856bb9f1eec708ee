package fr.hen.network;

import fr.hen.platform.AuditResourceType;
import fr.hen.platform.AuditTypeContributor;
import fr.hen.platform.HomeShortcut;
import fr.hen.platform.MessageBundleContributor;
import fr.hen.platform.NavigationContributor;
import fr.hen.platform.NavigationEntry;
import fr.hen.platform.Role;
import fr.hen.platform.SecurityRulesContributor;
import java.util.List;
import java.util.Set;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * What the network module adds to the platform: the directory first in the navigation and its cards on the home page
 * (directory, the partner's own structure, onboarding), its message bundle, its audit resource type (changes to
 * organisations are administration), and the set-up page open without an account (it checks the one-time code
 * itself, then answers 404 for good).
 */
@Component
class NetworkContributions implements NavigationContributor, MessageBundleContributor, AuditTypeContributor,
    SecurityRulesContributor {

  @Override
  public List<NavigationEntry> navigationEntries() {
    return List.of(new NavigationEntry("nav.directory", "/organisations", 10, Set.of()));
  }

  @Override
  public List<HomeShortcut> homeShortcuts() {
    return List.of(
        new HomeShortcut("home.directory.title", "home.directory.text", "/organisations", 40, Set.of()),
        new HomeShortcut("home.profile.title", "home.profile.text", "/organisations/mine", 50,
            Set.of(Role.PARTNER_COORDINATOR)),
        new HomeShortcut("home.onboard.title", "home.onboard.text", "/organisations/new", 70,
            Set.of(Role.NETWORK_COORDINATOR)));
  }

  @Override
  public List<String> messageBundles() {
    return List.of("i18n/network");
  }

  @Override
  public List<AuditResourceType> auditResourceTypes() {
    return List.of(AuditResourceType.administration(OrganisationChanges.RESOURCE));
  }

  @Override
  public void authorizeRequests(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
    requests.requestMatchers("/setup").permitAll();
  }
}

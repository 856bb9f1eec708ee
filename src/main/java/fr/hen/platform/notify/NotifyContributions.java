package fr.hen.platform.notify;

import fr.hen.platform.AuditResourceType;
import fr.hen.platform.AuditTypeContributor;
import fr.hen.platform.MessageBundleContributor;
import fr.hen.platform.SecurityRulesContributor;
import java.util.List;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Notifications and invitations plugged into the platform: the bundle {@code i18n/platform-notify}, the audit type
 * {@code Invitation} (administration), and the invitee's page {@code /invitations/**} open without signing in.
 */
@Component
class NotifyContributions implements MessageBundleContributor, AuditTypeContributor, SecurityRulesContributor {

  @Override
  public List<String> messageBundles() {
    return List.of("i18n/platform-notify");
  }

  @Override
  public List<AuditResourceType> auditResourceTypes() {
    return List.of(AuditResourceType.administration(InvitationService.RESOURCE));
  }

  @Override
  public void authorizeRequests(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
    requests.requestMatchers("/invitations/*").permitAll();
  }
}

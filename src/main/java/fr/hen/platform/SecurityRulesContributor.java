package fr.hen.platform;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's URL rules for its pages, e.g. a page open without signing in. The platform applies them to the web
 * pages' filter chain after its own rules (sign-in page, static files, {@code /admin/**} for administrators), which a
 * module therefore cannot change, and before its last one: every other page for signed-in users only. The first
 * matching rule wins, so a module names only its own paths. The JSON API ({@code /api/**}) is not concerned: it
 * relies on {@code @PreAuthorize}.
 */
@NamedInterface("spi")
@FunctionalInterface
public interface SecurityRulesContributor {

  void authorizeRequests(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}

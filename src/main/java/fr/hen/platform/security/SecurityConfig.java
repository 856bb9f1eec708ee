package fr.hen.platform.security;

import fr.hen.platform.SecurityRulesContributor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import fr.hen.platform.web.ProblemJson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Two filter chains: the JSON API under {@code /api/**} (HTTP Basic, stateless, no CSRF since no cookie is
 * used) and the web pages (form login, session, CSRF). Both send the same security headers.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

  private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
      + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

  /** Bcrypt (via the delegating encoder), with recent successful checks remembered for five minutes. */
  @Bean
  PasswordEncoder passwordEncoder(Clock clock) {
    return new CachingPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
        Duration.ofMinutes(5), clock);
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .httpBasic(b -> b.authenticationEntryPoint((request, response, ex) -> {
          if (ex instanceof TooManySignInAttempts throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.seconds()));
            problem(response, HttpStatus.TOO_MANY_REQUESTS, "Too many sign-in attempts",
                "Too many attempts, try again in " + throttled.seconds()
                    + (throttled.seconds() == 1 ? " second." : " seconds."), false);
          } else {
            problem(response, HttpStatus.UNAUTHORIZED, "Authentication required",
                "Sign in with HTTP Basic credentials.", true);
          }
        }))
        .exceptionHandling(e -> e.accessDeniedHandler((request, response, ex) -> problem(response,
            HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this action.", false)))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable());
    headers(http);
    return http.build();
  }

  /** The signed-in sessions, so that an administrator's change to an account ends that account's sessions. */
  @Bean
  SessionRegistry sessionRegistry() {
    return new SessionRegistryImpl();
  }

  /** Tells the registry when a session ends (time-out, sign-out). */
  @Bean
  HttpSessionEventPublisher httpSessionEventPublisher() {
    return new HttpSessionEventPublisher();
  }

  /**
   * The pages: the platform's own rules first (public sign-in page, static files, health and API documents;
   * {@code /admin/**} for administrators), then the rules the modules contribute ({@link SecurityRulesContributor}),
   * then every other page for signed-in users. The first matching rule wins.
   */
  @Bean
  @Order(2)
  SecurityFilterChain webChain(HttpSecurity http, SessionRegistry sessionRegistry,
      ObjectProvider<SecurityRulesContributor> moduleRules) throws Exception {
    http.authorizeHttpRequests(a -> {
          a.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg", "/error",
                  "/actuator/health", "/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**",
                  "/swagger-ui.html").permitAll()
              .requestMatchers("/admin/**").hasRole("ADMIN");
          moduleRules.orderedStream().forEach(rules -> rules.authorizeRequests(a));
          a.anyRequest().authenticated();
        })
        .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).failureHandler(SecurityConfig::signInFailed)
            .permitAll())
        .exceptionHandling(e -> e.authenticationEntryPoint(signInPage()))
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
        .sessionManagement(s -> s.maximumSessions(-1).sessionRegistry(sessionRegistry)
            .expiredUrl("/login?expired"));
    headers(http);
    return http.build();
  }

  /**
   * Unsigned page requests go to the sign-in page by a relative redirect: an absolute one would be built from the
   * request's {@code Host} header, which anyone can forge. (Every other redirect is a path, kept relative by Tomcat's
   * {@code server.tomcat.use-relative-redirects}.)
   */
  private static LoginUrlAuthenticationEntryPoint signInPage() {
    LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
    entryPoint.setFavorRelativeUris(true);
    return entryPoint;
  }

  /** Back to the sign-in page: with the wait when throttled, with the usual error otherwise. */
  private static void signInFailed(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException exception) throws IOException {
    String target = exception instanceof TooManySignInAttempts throttled
        ? "/login?throttled=" + throttled.seconds() : "/login?error";
    new DefaultRedirectStrategy().sendRedirect(request, response, target);
  }

  private static void headers(HttpSecurity http) throws Exception {
    http.headers(h -> h
        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
        .frameOptions(f -> f.deny())
        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
            "camera=(), microphone=(), geolocation=(), payment=()")));
  }

  private static void problem(HttpServletResponse response, HttpStatus status, String title, String detail,
      boolean challenge) throws IOException {
    if (challenge) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"HEN\"");
    }
    ProblemJson.write(response, status.value(), "about:blank", title, detail, null);
  }
}

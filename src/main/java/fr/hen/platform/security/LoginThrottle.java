package fr.hen.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Login throttling: after {@code maxFailures} failed sign-ins in a row, the account is locked for
 * {@code lockout}. Counts are per username, kept in memory (one node).
 */
@Component
class LoginThrottle {

  private record Failures(int count, Instant lockedUntil) {}

  private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
  private final int maxFailures;
  private final Duration lockout;
  private final Clock clock;

  LoginThrottle(@Value("${hen.security.max-failed-logins:5}") int maxFailures,
      @Value("${hen.security.lockout:15m}") Duration lockout, Clock clock) {
    this.maxFailures = maxFailures;
    this.lockout = lockout;
    this.clock = clock;
  }

  boolean isLocked(String username) {
    Failures f = failures.get(key(username));
    return f != null && f.lockedUntil() != null && f.lockedUntil().isAfter(clock.instant());
  }

  void failed(String username) {
    failures.compute(key(username), (k, f) -> {
      int count = (f == null || expired(f)) ? 1 : f.count() + 1;
      return new Failures(count, count >= maxFailures ? clock.instant().plus(lockout) : null);
    });
  }

  void succeeded(String username) {
    failures.remove(key(username));
  }

  private boolean expired(Failures f) {
    return f.lockedUntil() != null && !f.lockedUntil().isAfter(clock.instant());
  }

  @EventListener
  void on(AbstractAuthenticationFailureEvent event) {
    failed(event.getAuthentication().getName());
  }

  @EventListener
  void on(AuthenticationSuccessEvent event) {
    succeeded(event.getAuthentication().getName());
  }

  private static String key(String username) {
    return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
  }
}

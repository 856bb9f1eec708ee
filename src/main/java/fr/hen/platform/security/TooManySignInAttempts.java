package fr.hen.platform.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before its password is checked, because its username and address, or its address, failed too
 * often lately. Says nothing of whether the account exists.
 */
class TooManySignInAttempts extends AuthenticationException {

  private final long seconds;

  TooManySignInAttempts(Duration wait) {
    super("Too many sign-in attempts: try again in " + seconds(wait) + " seconds");
    this.seconds = seconds(wait);
  }

  /** The wait, in whole seconds rounded up (at least one). */
  long seconds() {
    return seconds;
  }

  private static long seconds(Duration wait) {
    return Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
  }
}

package fr.hen.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The first start on a database without any account (no {@code --demo}): a one-time set-up code is printed in the
 * server log, and whoever can read that log opens {@code /setup} to create the first organisation and its
 * administrator. The code changes at each start and is gone once the first account exists.
 */
@Component
public class FirstRun {

  private static final Logger log = LoggerFactory.getLogger(FirstRun.class);
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I

  private final UserAccounts accounts;
  private final Environment environment;
  private final SecureRandom random = new SecureRandom();
  private volatile String code;

  FirstRun(UserAccounts accounts, Environment environment) {
    this.accounts = accounts;
    this.environment = environment;
  }

  /** Runs once the application is ready, hence after any demo seeding: only a database left without accounts. */
  @EventListener(ApplicationReadyEvent.class)
  void onReady() {
    if (!accounts.isEmpty()) {
      return;
    }
    code = newCode();
    log.warn("""

          No user account yet. Open http://localhost:{}/setup to create the first organisation and its
          administrator, with this one-time set-up code: {}
        """, environment.getProperty("local.server.port", "8080"), code);
  }

  /** Whether the set-up is still to be done (no account yet). */
  public boolean pending() {
    return code != null;
  }

  /** Compares a typed code with the current one in constant time; false once the set-up is done. */
  public boolean accepts(String candidate) {
    String current = code;
    if (current == null || candidate == null) {
      return false;
    }
    String typed = candidate.trim().toUpperCase(java.util.Locale.ROOT);
    return MessageDigest.isEqual(current.getBytes(StandardCharsets.UTF_8), typed.getBytes(StandardCharsets.UTF_8));
  }

  /** Closes the set-up for good once the first account is written. */
  public void completed() {
    code = null;
  }

  private String newCode() {
    StringBuilder text = new StringBuilder(14);
    for (int i = 0; i < 12; i++) {
      if (i > 0 && i % 4 == 0) {
        text.append('-');
      }
      text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }
}

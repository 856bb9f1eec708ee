package fr.hen.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests that take effect once: a form's hidden key or an API client's {@code Idempotency-Key}. The key is claimed
 * in the transaction of the work: a repeat while the first is running waits for it (the key's row is locked), then
 * gets the first result; a repeat after a failed first attempt (rolled back, key released) runs the work again. The
 * same key with another request (another patient, another body) is a conflict, never a silent replay.
 */
@Component
public class RequestKeys {

  /** What a keyed request gave: its result, and whether it was replayed from an earlier request. */
  public record Outcome<T>(T result, boolean replayed) {}

  /** How long a key is remembered. */
  static final Duration KEPT = Duration.ofDays(7);

  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,100}");

  private final JdbcClient jdbc;
  private final Clock clock;

  RequestKeys(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Runs {@code work} once for this actor and key; without a key, simply runs it. The result is stored as text
   * ({@code store}) and read back for a repeat ({@code load}).
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public <T> Outcome<T> once(Actor actor, String key, String operation, Object request, Supplier<T> work,
      Function<T, String> store, Function<String, T> load) {
    if (key == null || key.isBlank()) {
      return new Outcome<>(work.get(), false);
    }
    if (!KEY.matcher(key).matches()) {
      throw new InvalidFieldException("idempotency_key", "1 to 100 visible ASCII characters");
    }
    String fingerprint = fingerprint(operation + "\n" + request);
    int claimed = jdbc.sql("""
            INSERT INTO request_key (actor, request_key, operation, fingerprint, created_at)
            VALUES (:actor, :key, :operation, :fingerprint, :now) ON CONFLICT DO NOTHING""")
        .param("actor", actor.name()).param("key", key).param("operation", operation)
        .param("fingerprint", fingerprint).param("now", LocalDateTime.now(clock)).update();
    if (claimed == 0) {
      return new Outcome<>(load.apply(earlier(actor, key, operation, fingerprint)), true);
    }
    T result = work.get();
    jdbc.sql("UPDATE request_key SET result = :result WHERE actor = :actor AND request_key = :key")
        .param("result", store.apply(result)).param("actor", actor.name()).param("key", key).update();
    return new Outcome<>(result, false);
  }

  private String earlier(Actor actor, String key, String operation, String fingerprint) {
    record Earlier(String operation, String fingerprint, String result) {}
    Earlier earlier = jdbc.sql("""
            SELECT operation, fingerprint, result FROM request_key WHERE actor = :actor AND request_key = :key""")
        .param("actor", actor.name()).param("key", key).query(Earlier.class).single();
    if (!earlier.operation().equals(operation) || !earlier.fingerprint().equals(fingerprint)) {
      throw new ConflictException("request-key-reused",
          "This request key was already used for another request; send a new key");
    }
    return earlier.result();
  }

  /** Forgets keys older than a week, every night. */
  @Scheduled(cron = "0 17 3 * * *")
  @Transactional
  public void forgetOldKeys() {
    jdbc.sql("DELETE FROM request_key WHERE created_at < :before")
        .param("before", LocalDateTime.now(clock).minus(KEPT)).update();
  }

  private static String fingerprint(String request) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(request.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

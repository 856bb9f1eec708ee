package fr.hen.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers recent successful password checks for a short time, so that HTTP Basic API calls do not pay a full
 * bcrypt verification (tens of milliseconds) on every request. Only successes are remembered, keyed by a SHA-256
 * of the stored hash and the presented password: a changed password or hash never matches an old entry, and a
 * wrong password always goes to bcrypt.
 */
final class CachingPasswordEncoder implements PasswordEncoder {

  private static final int MAX_ENTRIES = 4096;

  private final PasswordEncoder delegate;
  private final Duration timeToLive;
  private final Clock clock;
  private final Map<String, Instant> verified = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
      return size() > MAX_ENTRIES;
    }
  };

  CachingPasswordEncoder(PasswordEncoder delegate, Duration timeToLive, Clock clock) {
    this.delegate = delegate;
    this.timeToLive = timeToLive;
    this.clock = clock;
  }

  @Override
  public String encode(CharSequence rawPassword) {
    return delegate.encode(rawPassword);
  }

  @Override
  public boolean matches(CharSequence rawPassword, String encodedPassword) {
    if (rawPassword == null || encodedPassword == null) {
      return delegate.matches(rawPassword, encodedPassword);
    }
    String key = digest(encodedPassword, rawPassword);
    Instant now = clock.instant();
    synchronized (verified) {
      Instant until = verified.get(key);
      if (until != null && until.isAfter(now)) {
        return true;
      }
    }
    boolean matches = delegate.matches(rawPassword, encodedPassword);
    if (matches) {
      synchronized (verified) {
        verified.put(key, now.plus(timeToLive));
      }
    }
    return matches;
  }

  @Override
  public boolean upgradeEncoding(String encodedPassword) {
    return delegate.upgradeEncoding(encodedPassword);
  }

  private static String digest(String encoded, CharSequence raw) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(encoded.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(raw.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}

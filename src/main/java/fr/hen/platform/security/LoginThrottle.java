package fr.hen.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sign-in throttling that slows guessing without letting anyone lock a user out. Failures are counted per
 * (username, client address): after {@code freeFailures} of them, each further attempt of that pair waits
 * {@code firstDelay}, then twice as long after each new failure, up to {@code maxDelay}; a success resets the pair.
 * Failures are also counted per client address across usernames (password spraying): once an address has
 * {@code addressFailures} in the last {@code addressWindow}, it waits until the oldest leaves the window. The same
 * username from another address is not slowed. Kept in memory (one node), at most {@code maxEntries} pairs and as
 * many addresses, the least recently used forgotten first; a pair is forgotten {@code forgetAfter} its last failure.
 */
@Component
class LoginThrottle {

  private record PairFailures(int count, Instant last) {}

  private final int freeFailures;
  private final Duration firstDelay;
  private final Duration maxDelay;
  private final Duration forgetAfter;
  private final int addressFailures;
  private final Duration addressWindow;
  private final Clock clock;
  private final Map<String, PairFailures> pairs;
  private final Map<String, Deque<Instant>> addresses;

  LoginThrottle(@Value("${hen.security.login.free-failures:3}") int freeFailures,
      @Value("${hen.security.login.first-delay:1s}") Duration firstDelay,
      @Value("${hen.security.login.max-delay:5m}") Duration maxDelay,
      @Value("${hen.security.login.forget-after:1h}") Duration forgetAfter,
      @Value("${hen.security.login.address-failures:20}") int addressFailures,
      @Value("${hen.security.login.address-window:10m}") Duration addressWindow,
      @Value("${hen.security.login.max-entries:10000}") int maxEntries, Clock clock) {
    this.freeFailures = freeFailures;
    this.firstDelay = firstDelay;
    this.maxDelay = maxDelay;
    this.forgetAfter = forgetAfter;
    this.addressFailures = addressFailures;
    this.addressWindow = addressWindow;
    this.clock = clock;
    this.pairs = bounded(maxEntries);
    this.addresses = bounded(maxEntries);
  }

  /** How long a sign-in of this username from this address must wait before it is tried; zero when it may go. */
  synchronized Duration waitBefore(String username, String address) {
    Instant now = clock.instant();
    Duration pair = Duration.ZERO;
    PairFailures failures = pairs.get(key(username, address));
    if (failures != null && failures.count() >= freeFailures) {
      pair = positive(Duration.between(now, failures.last().plus(delayAfter(failures.count()))));
    }
    Duration byAddress = Duration.ZERO;
    Deque<Instant> recent = recent(address, now);
    if (recent != null && recent.size() >= addressFailures) {
      byAddress = positive(Duration.between(now, recent.peekFirst().plus(addressWindow)));
    }
    return pair.compareTo(byAddress) >= 0 ? pair : byAddress;
  }

  synchronized void failed(String username, String address) {
    Instant now = clock.instant();
    pairs.compute(key(username, address), (k, f) -> new PairFailures(
        f == null || f.last().plus(forgetAfter).isBefore(now) ? 1 : f.count() + 1, now));
    Deque<Instant> recent = addresses.computeIfAbsent(address(address), a -> new ArrayDeque<>());
    recent.addLast(now);
    while (recent.size() > addressFailures) {
      recent.removeFirst();
    }
  }

  /** A success resets the pair; the address keeps its recent failures (they were made on other usernames). */
  synchronized void succeeded(String username, String address) {
    pairs.remove(key(username, address));
  }

  /** The wait after this many failures of a pair: first delay, doubled at each further failure, capped. */
  Duration delayAfter(int failures) {
    int doublings = failures - freeFailures;
    if (doublings >= 31 || firstDelay.multipliedBy(1L << doublings).compareTo(maxDelay) >= 0) {
      return maxDelay;
    }
    return firstDelay.multipliedBy(1L << doublings);
  }

  /** The failures of this address still in the window, the older ones dropped; null when there are none. */
  private Deque<Instant> recent(String address, Instant now) {
    Deque<Instant> recent = addresses.get(address(address));
    if (recent == null) {
      return null;
    }
    Instant since = now.minus(addressWindow);
    while (!recent.isEmpty() && !recent.peekFirst().isAfter(since)) {
      recent.removeFirst();
    }
    if (recent.isEmpty()) {
      addresses.remove(address(address));
      return null;
    }
    return recent;
  }

  private static Duration positive(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }

  private static String key(String username, String address) {
    return (username == null ? "" : username.trim().toLowerCase(Locale.ROOT)) + "\u0000" + address(address);
  }

  private static String address(String address) {
    return address == null ? "" : address;
  }

  private static <V> Map<String, V> bounded(int maxEntries) {
    return new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > maxEntries;
      }
    };
  }
}

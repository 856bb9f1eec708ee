package fr.hen.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The sign-in throttle with its default settings, on a clock the test moves. */
class LoginThrottleTest {

  static final String HOME = "10.0.0.1";
  static final String ATTACKER = "203.0.113.9";

  MutableClock clock = MutableClock.startingNow();
  LoginThrottle throttle = throttle(10_000);

  LoginThrottle throttle(int maxEntries) {
    return new LoginThrottle(3, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofHours(1), 20,
        Duration.ofMinutes(10), maxEntries, clock);
  }

  void fail(String username, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(username, address);
    }
  }

  @Test
  void threeFailures_thenTheWaitsGrow_oneTwoFourSeconds_cappedAtFiveMinutes() {
    fail("alice", HOME, 2);
    assertThat(throttle.waitBefore("alice", HOME)).isZero();
    fail("alice", HOME, 1);
    assertThat(throttle.waitBefore("alice", HOME)).isEqualTo(Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(1));
    assertThat(throttle.waitBefore("alice", HOME)).isZero();
    fail("alice", HOME, 1);
    assertThat(throttle.waitBefore("alice", HOME)).isEqualTo(Duration.ofSeconds(2));
    fail("alice", HOME, 1);
    assertThat(throttle.waitBefore("alice", HOME)).isEqualTo(Duration.ofSeconds(4));
    fail("alice", HOME, 10);
    assertThat(throttle.waitBefore("Alice ", HOME)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void aSuccess_resetsThePair() {
    fail("alice", HOME, 4);
    clock.advance(Duration.ofSeconds(2));
    throttle.succeeded("alice", HOME);
    fail("alice", HOME, 2);
    assertThat(throttle.waitBefore("alice", HOME)).isZero();
  }

  @Test
  void failuresFromOneAddress_neverSlowTheSameUserFromAnother() {
    fail("alice", ATTACKER, 15);
    assertThat(throttle.waitBefore("alice", ATTACKER)).isEqualTo(Duration.ofMinutes(5));
    assertThat(throttle.waitBefore("alice", HOME)).isZero();
  }

  @Test
  void twentyUsernamesTriedOnceFromOneAddress_throttleThatAddressForAnyUsername_untilTheWindowPasses() {
    for (int i = 0; i < 19; i++) {
      throttle.failed("user" + i, ATTACKER);
      clock.advance(Duration.ofSeconds(10));
    }
    assertThat(throttle.waitBefore("alice", ATTACKER)).isZero();
    throttle.failed("user19", ATTACKER);
    // The first failure was 190 s ago: the address waits until it is ten minutes old.
    assertThat(throttle.waitBefore("alice", ATTACKER)).isEqualTo(Duration.ofSeconds(410));
    assertThat(throttle.waitBefore("user0", ATTACKER)).isEqualTo(Duration.ofSeconds(410));
    assertThat(throttle.waitBefore("alice", HOME)).isZero();
    clock.advance(Duration.ofSeconds(410));
    assertThat(throttle.waitBefore("alice", ATTACKER)).isZero();
  }

  @Test
  void aPairIsForgottenAnHourAfterItsLastFailure() {
    fail("alice", HOME, 10);
    clock.advance(Duration.ofMinutes(61));
    fail("alice", HOME, 1);
    assertThat(throttle.waitBefore("alice", HOME)).isZero();
  }

  @Test
  void memoryIsBounded_theLeastRecentlyUsedPairGoesFirst() {
    throttle = throttle(2);
    fail("alice", HOME, 3);
    fail("bob", HOME, 3);
    fail("carol", HOME, 3);
    assertThat(throttle.waitBefore("alice", HOME)).isZero();
    assertThat(throttle.waitBefore("carol", HOME)).isPositive();
  }

  @Test
  void theWaitShown_isInWholeSecondsRoundedUp() {
    assertThat(new TooManySignInAttempts(Duration.ofMillis(1500)).seconds()).isEqualTo(2);
    assertThat(new TooManySignInAttempts(Duration.ofMillis(10)).seconds()).isEqualTo(1);
    assertThat(new TooManySignInAttempts(Duration.ofSeconds(410)).seconds()).isEqualTo(410);
  }
}

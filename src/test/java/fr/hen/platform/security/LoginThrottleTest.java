package fr.hen.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  Instant now = Instant.parse("2026-11-25T10:00:00Z");
  final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), new Clock() {
    @Override public ZoneId getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(ZoneId zone) { return this; }
    @Override public Instant instant() { return now; }
  });

  void fail(String username, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(username);
    }
  }

  @Test
  void fourFailures_doNotLock_theFifthLocks() {
    fail("bedmanager", 4);
    assertThat(throttle.isLocked("bedmanager")).isFalse();
    fail("bedmanager", 1);
    assertThat(throttle.isLocked("bedmanager")).isTrue();
  }

  @Test
  void theLock_holdsFifteenMinutes_thenTheCountStartsAgain() {
    fail("bedmanager", 5);
    now = now.plus(Duration.ofMinutes(15)).minusSeconds(1);
    assertThat(throttle.isLocked("bedmanager")).isTrue();
    now = now.plusSeconds(1);
    assertThat(throttle.isLocked("bedmanager")).isFalse();
    fail("bedmanager", 1); // a new series: one failure, not the sixth
    assertThat(throttle.isLocked("bedmanager")).isFalse();
    fail("bedmanager", 3);
    assertThat(throttle.isLocked("bedmanager")).isFalse();
  }

  @Test
  void aSuccessfulSignIn_clearsTheFailures() {
    fail("bedmanager", 4);
    throttle.succeeded("bedmanager");
    fail("bedmanager", 4);
    assertThat(throttle.isLocked("bedmanager")).isFalse();
  }

  @Test
  void usernames_areCountedIgnoringCaseAndSpaces_andEachOnItsOwn() {
    fail("BedManager", 3);
    fail(" bedmanager ", 2);
    assertThat(throttle.isLocked("bedmanager")).isTrue();
    assertThat(throttle.isLocked("physician")).isFalse();
  }
}

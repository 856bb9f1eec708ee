package fr.hen.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class CachingPasswordEncoderTest {

  /** Real bcrypt (cost 4 to keep the test quick), counting the verifications it really performs. */
  static final class CountingBcrypt implements PasswordEncoder {
    final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    final AtomicInteger checks = new AtomicInteger();

    @Override
    public String encode(CharSequence raw) {
      return bcrypt.encode(raw);
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
      checks.incrementAndGet();
      return bcrypt.matches(raw, encoded);
    }
  }

  Instant now = Instant.parse("2026-11-25T10:00:00Z");
  CountingBcrypt bcrypt;
  CachingPasswordEncoder encoder;
  String hash;

  @BeforeEach
  void setUp() {
    bcrypt = new CountingBcrypt();
    Clock clock = new Clock() {
      @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
      @Override public Clock withZone(java.time.ZoneId zone) { return this; }
      @Override public Instant instant() { return now; }
    };
    encoder = new CachingPasswordEncoder(bcrypt, Duration.ofMinutes(5), clock);
    hash = encoder.encode("correct-horse");
  }

  @Test
  void aRepeatedSuccessfulCheck_isAnsweredWithoutBcrypt() {
    assertThat(encoder.matches("correct-horse", hash)).isTrue();
    assertThat(encoder.matches("correct-horse", hash)).isTrue();
    assertThat(bcrypt.checks).hasValue(1);
  }

  @Test
  void aWrongPassword_isNeverRemembered() {
    assertThat(encoder.matches("correct-horse", hash)).isTrue();
    assertThat(encoder.matches("wrong", hash)).isFalse();
    assertThat(encoder.matches("wrong", hash)).isFalse();
    assertThat(bcrypt.checks).hasValue(3);
  }

  @Test
  void aChangedHash_doesNotMatchTheOldEntry() {
    assertThat(encoder.matches("correct-horse", hash)).isTrue();
    String newHash = encoder.encode("battery-staple");
    assertThat(encoder.matches("correct-horse", newHash)).isFalse();
  }

  @Test
  void anExpiredEntry_isCheckedAgain() {
    assertThat(encoder.matches("correct-horse", hash)).isTrue();
    now = now.plus(Duration.ofMinutes(6));
    assertThat(encoder.matches("correct-horse", hash)).isTrue();
    assertThat(bcrypt.checks).hasValue(2);
  }
}

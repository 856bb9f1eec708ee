package fr.hen.network.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DeclarationAgeTest {

  static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 10, 14, 0);

  @Test
  void underAMinute_orInTheFuture_isNow() {
    assertThat(DeclarationAge.between(NOW.minusSeconds(59), NOW)).isEqualTo(new DeclarationAge(0, "now"));
    assertThat(DeclarationAge.between(NOW.plusMinutes(5), NOW)).isEqualTo(new DeclarationAge(0, "now"));
  }

  @Test
  void underAnHour_isInMinutes() {
    assertThat(DeclarationAge.between(NOW.minusMinutes(59), NOW)).isEqualTo(new DeclarationAge(59, "minutes"));
  }

  @Test
  void underTwoDays_isInWholeHours() {
    assertThat(DeclarationAge.between(NOW.minusMinutes(3 * 60 + 59), NOW)).isEqualTo(new DeclarationAge(3, "hours"));
    assertThat(DeclarationAge.between(NOW.minusHours(47), NOW)).isEqualTo(new DeclarationAge(47, "hours"));
  }

  @Test
  void fromTwoDays_isInWholeDays() {
    assertThat(DeclarationAge.between(NOW.minusHours(48), NOW)).isEqualTo(new DeclarationAge(2, "days"));
    assertThat(DeclarationAge.between(NOW.minusHours(24 * 9 + 23), NOW)).isEqualTo(new DeclarationAge(9, "days"));
  }
}

package fr.hen.platform;

import java.time.Clock;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application: every "now" (audit entries, movements, declarations, "not in the future"
 * rules, {@code @Past} and {@code @Future} constraints) is read from it, so that tests can fix or move time.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

  @Bean
  Clock clock() {
    return Clock.systemDefaultZone();
  }

  /** Bean validation's {@code @Past}/{@code @Future} read the same clock. */
  @Bean
  ValidationConfigurationCustomizer validationClock(Clock clock) {
    return configuration -> configuration.clockProvider(() -> clock);
  }
}

package fr.hen.platform;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import java.time.Clock;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Resubmits the event publications whose listener failed once they are older than {@code hen.events.retry-after},
 * every {@code hen.events.retry-interval}. Restarts resubmit every incomplete one, including those whose process
 * stopped before the listener ran ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 * Listeners are idempotent.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EventRetry {

  private static final Logger log = LoggerFactory.getLogger(EventRetry.class);

  private final FailedEventPublications failed;
  private final Duration retryAfter;
  private final Clock clock;

  EventRetry(FailedEventPublications failed, @Value("${hen.events.retry-after:2m}") Duration retryAfter, Clock clock) {
    this.failed = failed;
    this.retryAfter = retryAfter;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${hen.events.retry-interval:5m}", initialDelayString = "${hen.events.retry-interval:5m}")
  void resubmit() {
    try {
      // The age is also checked by the filter: Modulith 2.1.0's JDBC repository ignores withMinAge (fixed in 2.1.2).
      var before = clock.instant().minus(retryAfter);
      log.debug("Resubmitting failed event publications published before {}", before);
      failed.resubmit(ResubmissionOptions.defaults().withMinAge(retryAfter)
          .withFilter(publication -> !publication.getPublicationDate().isAfter(before)));
    } catch (RuntimeException e) {
      log.warn("Resubmitting incomplete event publications failed; next try in one interval", e);
    }
  }
}

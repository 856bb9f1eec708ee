package fr.hen.platform;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Resubmits the event publications a listener has not completed (it threw, or its process stopped) once they are
 * older than {@code hen.events.retry-after}, every {@code hen.events.retry-interval}. Restarts resubmit them too
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}). Listeners are idempotent.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EventRetry {

  private static final Logger log = LoggerFactory.getLogger(EventRetry.class);

  private final IncompleteEventPublications incomplete;
  private final Duration retryAfter;

  EventRetry(IncompleteEventPublications incomplete, @Value("${hen.events.retry-after:2m}") Duration retryAfter) {
    this.incomplete = incomplete;
    this.retryAfter = retryAfter;
  }

  @Scheduled(fixedDelayString = "${hen.events.retry-interval:5m}", initialDelayString = "${hen.events.retry-interval:5m}")
  void resubmit() {
    try {
      incomplete.resubmitIncompletePublicationsOlderThan(retryAfter);
    } catch (RuntimeException e) {
      log.warn("Resubmitting incomplete event publications failed; next try in one interval", e);
    }
  }
}

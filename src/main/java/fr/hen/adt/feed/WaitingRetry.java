package fr.hen.adt.feed;

import fr.hen.stays.PatientAdmitted;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Out of order: a message about a stay not yet known waits (status {@code WAITING}, acknowledged {@code AA}); when a
 * stay is admitted in its hospital (by the feed or on screen), the hospital's waiting messages are tried again, in
 * the order they came, by the feed's writer. Durable: the event stays in the registry until this has run.
 */
@Component
class WaitingRetry {

  private final MessageStore store;
  private final AdtPipeline pipeline;

  WaitingRetry(MessageStore store, AdtPipeline pipeline) {
    this.store = store;
    this.pipeline = pipeline;
  }

  @ApplicationModuleListener
  void on(PatientAdmitted event) {
    List<Long> waiting = store.waiting(event.organisationId(), 1000);
    if (!waiting.isEmpty()) {
      pipeline.retryWaiting(event.organisationId(), waiting).join();
    }
  }
}

package fr.hen.adt.feed;

import fr.hen.platform.SystemActor;
import fr.hen.platform.SystemActors;
import fr.hen.stays.HospitalFeed;
import fr.hen.stays.PatientAdmitted;
import fr.hen.stays.StayMovementsRecorded;
import java.util.List;
import java.util.Optional;
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
  private final HospitalFeed feed;

  WaitingRetry(MessageStore store, AdtPipeline pipeline, HospitalFeed feed) {
    this.store = store;
    this.pipeline = pipeline;
    this.feed = feed;
  }

  /**
   * The admitted stay's visit number selects the messages to try again (an admission does not retry a whole
   * backlog); a stay admitted without one (on screen) retries every waiting message of the hospital, since one of
   * them may name its patient's MRN (and give the stay its visit number).
   */
  @ApplicationModuleListener
  void on(PatientAdmitted event) {
    if (store.anyWaiting(event.organisationId())) {
      retry(event);
    }
  }

  /** A feed's batch: its admissions retry as above, once it is known that something of the hospital waits. */
  @ApplicationModuleListener
  void on(StayMovementsRecorded event) {
    if (!event.admitted().isEmpty() && store.anyWaiting(event.organisationId())) {
      event.admitted().forEach(this::retry);
    }
  }

  private void retry(PatientAdmitted event) {
    SystemActor actor = Facilities.actorFor(event.organisationId(), "retry");
    Optional<String> visit = SystemActors.run(actor, () -> feed.visitNumber(actor, event.stayId()));
    List<Long> waiting = visit.map(v -> store.waiting(event.organisationId(), v, 1000))
        .orElseGet(() -> store.waiting(event.organisationId(), 1000));
    if (!waiting.isEmpty()) {
      pipeline.retryWaiting(event.organisationId(), waiting).join();
    }
  }
}

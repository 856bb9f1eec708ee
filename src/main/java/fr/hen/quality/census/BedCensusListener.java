package fr.hen.quality.census;

import fr.hen.platform.SystemActor;
import fr.hen.platform.SystemActors;
import fr.hen.stays.AdmissionCancelled;
import fr.hen.stays.DischargeCancelled;
import fr.hen.stays.PatientAdmitted;
import fr.hen.stays.PatientDischarged;
import fr.hen.stays.PatientTransferred;
import fr.hen.stays.StayFacts;
import fr.hen.stays.StayMovementsRecorded;
import fr.hen.stays.StaysLoaded;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the census read model from the stays module's events: each movement event refreshes its stay's placements
 * from {@link StayFacts} (a cancelled discharge as well; a stay whose facts are gone, voided by a cancelled
 * admission, loses its rows), a bulk load rebuilds the organisation. Runs as the system actor {@code system:bed-census}
 * (right {@code stays:read-facts} only). Idempotent: an event delivered twice (a retry, a restart) writes the same
 * rows; events of one stay that arrive out of order still end with its latest state.
 */
@Component
class BedCensusListener {

  static final SystemActor ACTOR = SystemActor.of("bed-census", StayFacts.READ_RIGHT);

  private final StayFacts stays;
  private final CensusStore store;
  private final Clock clock;

  BedCensusListener(StayFacts stays, CensusStore store, Clock clock) {
    this.stays = stays;
    this.store = store;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(PatientAdmitted event) {
    refresh(event.stayId(), event.organisationId());
  }

  @ApplicationModuleListener
  void on(PatientTransferred event) {
    refresh(event.stayId(), event.organisationId());
  }

  @ApplicationModuleListener
  void on(PatientDischarged event) {
    refresh(event.stayId(), event.organisationId());
  }

  @ApplicationModuleListener
  void on(AdmissionCancelled event) {
    refresh(event.stayId(), event.organisationId());
  }

  @ApplicationModuleListener
  void on(DischargeCancelled event) {
    refresh(event.stayId(), event.organisationId());
  }

  /**
   * A feed's batch: each stay it moved refreshed once, in one transaction, as {@link #refresh} would (locks in id
   * order, facts read once they are held), with a few statements for the whole batch.
   */
  @ApplicationModuleListener
  void on(StayMovementsRecorded event) {
    List<Long> ids = event.stayIds().stream().sorted().toList();
    LocalDateTime now = LocalDateTime.now(clock);
    store.lockAll(ids, event.organisationId(), now);
    SystemActors.run(ACTOR, () -> store.replaceAll(ids, stays.findAll(ids), now));
  }

  @ApplicationModuleListener
  void on(StaysLoaded event) {
    rebuild(event.organisationId());
  }

  /** Rebuilds an organisation's census from the stays read API, one rebuild of it at a time. */
  void rebuild(long organisationId) {
    LocalDateTime now = LocalDateTime.now(clock);
    store.lockOrganisation(organisationId, now);
    SystemActors.run(ACTOR, () -> store.rebuild(organisationId, stays.ofOrganisation(organisationId), now));
  }

  private void refresh(long stayId, long organisationId) {
    LocalDateTime now = LocalDateTime.now(clock);
    store.lock(stayId, organisationId, now);
    SystemActors.run(ACTOR, () -> stays.find(stayId).ifPresentOrElse(fact -> store.replace(fact, now),
        () -> store.remove(stayId)));
  }
}

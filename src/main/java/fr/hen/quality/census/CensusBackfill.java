package fr.hen.quality.census;

import fr.hen.platform.StartupCatchUp;
import fr.hen.platform.SystemActors;
import fr.hen.stays.StayFacts;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the application is ready, rebuilds the census of every organisation that has stays but was never rebuilt:
 * a database that held stays before the census existed (an upgrade), whose stays published no event the census
 * could have seen. Each organisation in its own transaction, as the system actor of the census. An organisation
 * whose rebuild lock cannot be had (a rebuild of it is running: a bulk load's event) is left to that rebuild, and
 * never stops the application from starting.
 */
@Component
class CensusBackfill {

  private static final Logger log = LoggerFactory.getLogger(CensusBackfill.class);

  private final StayFacts stays;
  private final CensusStore store;
  private final BedCensusListener census;
  private final StartupCatchUp catchUp;

  CensusBackfill(StayFacts stays, CensusStore store, BedCensusListener census, StartupCatchUp catchUp) {
    this.stays = stays;
    this.store = store;
    this.census = census;
    this.catchUp = catchUp;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onReady() {
    run();
  }

  /** Rebuilds the organisations never rebuilt; returns those rebuilt. */
  List<Long> run() {
    Set<Long> rebuilt = store.rebuiltOrganisations();
    List<Long> missing = SystemActors.run(BedCensusListener.ACTOR, stays::organisationsWithStays).stream()
        .filter(org -> !rebuilt.contains(org)).toList();
    List<Long> done = catchUp.eachOrganisation("Bed census", missing, census::rebuild);
    if (!done.isEmpty()) {
      log.info("Bed census rebuilt for {} organisation(s) that had stays before it: {}", done.size(), done);
    }
    return done;
  }
}

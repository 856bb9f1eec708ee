package fr.hen.discharge.plan;

import fr.hen.platform.SystemActors;
import fr.hen.stays.StayFacts;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once the application is ready, opens the plans of the stays that predate the discharge module: every organisation
 * with stays whose plans were never opened in bulk (a bulk load's {@code StaysLoaded} or an earlier back-fill) gets a
 * plan for each stay that has none, in its own transaction, as the plans' system actor.
 */
@Component
class PlanBackfill {

  private static final Logger log = LoggerFactory.getLogger(PlanBackfill.class);

  private final StayFacts stays;
  private final PlanRepository plans;
  private final PlanLifecycle lifecycle;
  private final TransactionTemplate transactions;

  PlanBackfill(StayFacts stays, PlanRepository plans, PlanLifecycle lifecycle, TransactionTemplate transactions) {
    this.stays = stays;
    this.plans = plans;
    this.lifecycle = lifecycle;
    this.transactions = transactions;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onReady() {
    run();
  }

  /** Opens the missing plans of the organisations never synchronised; returns those organisations. */
  List<Long> run() {
    Set<Long> synced = plans.syncedOrganisations();
    List<Long> missing = SystemActors.run(PlanLifecycle.ACTOR, stays::organisationsWithStays).stream()
        .filter(org -> !synced.contains(org)).toList();
    int opened = 0;
    List<Long> done = new java.util.ArrayList<>();
    for (long organisation : missing) {
      try {
        opened += transactions.execute(status -> lifecycle.openAll(organisation));
        done.add(organisation);
      } catch (org.springframework.dao.TransientDataAccessException e) {
        // Its plans are being opened (a bulk load's event being handled), which makes this needless; an organisation
        // still missing is tried again at the next start. Never stops the application from starting.
        log.warn("Discharge plans of organisation {} not opened at start: {}", organisation, e.getMessage());
      }
    }
    if (opened > 0) {
      log.info("Discharge plans opened for {} stay(s) that predate them, in {} organisation(s)", opened,
          done.size());
    }
    return done;
  }
}

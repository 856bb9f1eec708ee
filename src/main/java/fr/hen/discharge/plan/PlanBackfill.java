package fr.hen.discharge.plan;

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
  private final StartupCatchUp catchUp;

  PlanBackfill(StayFacts stays, PlanRepository plans, PlanLifecycle lifecycle, StartupCatchUp catchUp) {
    this.stays = stays;
    this.plans = plans;
    this.lifecycle = lifecycle;
    this.catchUp = catchUp;
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
    java.util.concurrent.atomic.AtomicInteger opened = new java.util.concurrent.atomic.AtomicInteger();
    List<Long> done = catchUp.eachOrganisation("Discharge plans", missing,
        organisation -> opened.addAndGet(lifecycle.openAll(organisation)));
    if (opened.get() > 0) {
      log.info("Discharge plans opened for {} stay(s) that predate them, in {} organisation(s)", opened.get(),
          done.size());
    }
    return done;
  }
}

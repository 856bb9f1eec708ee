package fr.hen.stays;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the {@link StaysLoaded} events of a bulk load in a transaction (the caller's, or a short one of its own)
 * so that the event publication registry keeps them. A load that runs while the application starts (the demo
 * seeding, on its own thread) may come before the annotated listeners are registered, and its events would reach
 * no one: those are held and published once the context is refreshed.
 */
@Component
class StaysLoadedPublisher implements ApplicationListener<ContextRefreshedEvent> {

  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;
  private final List<StaysLoaded> held = new ArrayList<>();
  private boolean started;

  StaysLoadedPublisher(ApplicationEventPublisher events, TransactionTemplate transactions) {
    this.events = events;
    this.transactions = transactions;
  }

  void publish(List<StaysLoaded> loaded) {
    synchronized (held) {
      if (!started) {
        held.addAll(loaded);
        return;
      }
    }
    publishNow(loaded);
  }

  @Override
  public void onApplicationEvent(ContextRefreshedEvent event) {
    List<StaysLoaded> loaded;
    synchronized (held) {
      started = true;
      loaded = List.copyOf(held);
      held.clear();
    }
    publishNow(loaded);
  }

  private void publishNow(List<StaysLoaded> loaded) {
    if (!loaded.isEmpty()) {
      transactions.executeWithoutResult(status -> loaded.forEach(events::publishEvent));
    }
  }
}

package fr.hen.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work a module catches up on once the application is ready (read models of stays that predate it), one
 * organisation at a time, each in its own transaction. An organisation whose locks cannot be had in time (the same
 * work running for it, e.g. a bulk load's event being handled, on an engine that gives up waiting such as H2) is left
 * to that work and tried again at the next start: catching up never stops the application from starting.
 */
@Component
public class StartupCatchUp {

  private static final Logger log = LoggerFactory.getLogger(StartupCatchUp.class);

  private final TransactionTemplate transactions;

  StartupCatchUp(TransactionTemplate transactions) {
    this.transactions = transactions;
  }

  /** Runs {@code work} for each organisation in its own transaction; returns those it was done for. */
  public List<Long> eachOrganisation(String what, Collection<Long> organisations, LongConsumer work) {
    List<Long> done = new ArrayList<>();
    for (long organisation : organisations) {
      try {
        transactions.executeWithoutResult(status -> work.accept(organisation));
        done.add(organisation);
      } catch (TransientDataAccessException e) {
        log.warn("{} of organisation {} not done at start (left to the work running for it): {}", what,
            organisation, e.getMessage());
      }
    }
    return done;
  }
}

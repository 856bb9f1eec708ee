package fr.hen.platform.notify;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs work on a background thread once the current transaction has committed (at once when none runs), so that the
 * request that caused it never waits: live pushes and mail sending. Work of a rolled-back transaction never runs.
 * Not an {@code Executor} bean, so Spring Boot's own task executor stays as it is.
 */
@Component
class AfterCommit {

  private static final Logger LOG = LoggerFactory.getLogger(AfterCommit.class);

  private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
    Thread t = new Thread(r, "hen-notify");
    t.setDaemon(true);
    return t;
  });

  void run(Runnable work) {
    Runnable safe = () -> {
      try {
        work.run();
      } catch (RuntimeException e) {
        LOG.warn("Background notification work failed: {}", e.toString());
      }
    };
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          executor.execute(safe);
        }
      });
    } else {
      executor.execute(safe);
    }
  }

  @PreDestroy
  void stop() throws InterruptedException {
    executor.shutdown();
    executor.awaitTermination(5, TimeUnit.SECONDS);
  }
}

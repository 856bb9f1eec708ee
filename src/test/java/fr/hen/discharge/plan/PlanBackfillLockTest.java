package fr.hen.discharge.plan;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.H2SmokeTest;
import fr.hen.stays.StaysFixture;
import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The start-up back-fill of plans meets an organisation whose plans are being opened by another transaction (a bulk
 * load's event being handled) on an engine that gives up waiting (H2's lock timeout, short here): it leaves that
 * organisation to the running work and goes on, instead of failing, which would stop the application's start.
 */
@H2SmokeTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:plan-backfill-lock;MODE=PostgreSQL;"
    + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=300")
class PlanBackfillLockTest {

  @Autowired PlanBackfill backfill;
  @Autowired PlanLifecycle lifecycle;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;

  @Test
  void anOrganisationBeingOpened_isLeftToThatWork_andTheBackfillGoesOn() throws Exception {
    StaysFixture fixture = new StaysFixture(jdbc);
    long busy = hospitalWithAStay(fixture);
    long free = hospitalWithAStay(fixture);
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Void> opening = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
      lifecycle.openAll(busy);
      holding.countDown();
      await(release);
    }));
    assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
    try {
      assertThat(backfill.run()).contains(free).doesNotContain(busy);
    } finally {
      release.countDown();
      opening.get(10, TimeUnit.SECONDS);
    }
    assertThat(backfill.run()).isEmpty();
  }

  private static long hospitalWithAStay(StaysFixture fixture) {
    long org = fixture.organisation("HOSPITAL");
    long unit = fixture.unit(org, StaysFixture.unique("U"));
    fixture.admittedStay(org, unit, fixture.bed(fixture.room(unit, "101", "ANY"), "A", "OCCUPIED", null),
        LocalDateTime.now().minusDays(2));
    return org;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

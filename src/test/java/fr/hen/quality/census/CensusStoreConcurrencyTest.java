package fr.hen.quality.census;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.PostgresIntegrationTest;
import fr.hen.stays.StaysFixture;
import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two census refreshes of a stay without a census row yet, at once on PostgreSQL: the second waits for the first and
 * goes on (a failed insert would abort its transaction); and the start-up backfill rebuilds organisations whose stays
 * the census never saw.
 */
@PostgresIntegrationTest
class CensusStoreConcurrencyTest {

  @Autowired CensusStore store;
  @Autowired CensusBackfill backfill;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;

  @Test
  void twoRefreshesOfANewStayAtOnce_bothTakeTheLock_oneAfterTheOther() throws Exception {
    long stayId = 2_000_000_000L + System.nanoTime() % 1_000_000;
    CountDownLatch firstHolds = new CountDownLatch(1);
    CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
      store.lock(stayId, 1, LocalDateTime.now());
      firstHolds.countDown();
      sleep(300);
    }));
    assertThat(firstHolds.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Void> second = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx ->
        store.lock(stayId, 1, LocalDateTime.now())));
    first.get(10, TimeUnit.SECONDS);
    second.get(10, TimeUnit.SECONDS); // throws if the second transaction failed
    assertThat(jdbc.sql("SELECT COUNT(*) FROM census_stay WHERE stay_id = :id").param("id", stayId)
        .query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void backfill_rebuildsAnOrganisationWhoseStaysPublishedNoEvent_once() {
    StaysFixture fixture = new StaysFixture(jdbc);
    long org = fixture.organisation("HOSPITAL");
    long unit = fixture.unit(org, StaysFixture.unique("U"));
    long stay = fixture.admittedStay(org, unit, fixture.bed(fixture.room(unit, "101", "ANY"), "A", "OCCUPIED", null),
        LocalDateTime.now().minusDays(2));

    assertThat(backfill.run()).contains(org);
    assertThat(store.placements(stay)).isEqualTo(1);
    assertThat(backfill.run()).doesNotContain(org);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

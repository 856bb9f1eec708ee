package fr.hen.discharge.referral;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.PostgresIntegrationTest;
import fr.hen.discharge.referral.ReferralFixture.Org;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two partners accepting at the same moment, then two coordinators confirming both acceptances at the same moment:
 * exactly one referral ends CONFIRMED, the other WITHDRAWN, and the loser gets a clear 409 (PostgreSQL, real
 * concurrent requests).
 */
@PostgresIntegrationTest
class ReferralConcurrencyTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @RepeatedTest(3)
  void twoAcceptances_confirmedAtOnce_endWithExactlyOneConfirmed() throws Exception {
    ReferralFixture f = new ReferralFixture(mvc, jdbc);
    Org had = f.partner("HAD", null);
    Org smr = f.partner("SMR", null);
    long stay = f.stay();
    List<Long> ids = f.sent(stay, had.code(), smr.code());
    String accept = ReferralFixture.accept(LocalDate.now().plusDays(1));
    assertThat(concurrently(
        () -> f.answer(f.partnerCoordinator(had), ids.get(0), accept).andReturn().getResponse().getStatus(),
        () -> f.answer(f.partnerCoordinator(smr), ids.get(1), accept).andReturn().getResponse().getStatus()))
        .containsExactly(200, 200);
    HenUser second = StaysFixture.user(f.hospital, Role.DISCHARGE_COORDINATOR);
    assertThat(concurrently(
        () -> f.confirm(f.coordinator, ids.get(0)).andReturn().getResponse().getStatus(),
        () -> f.confirm(second, ids.get(1)).andReturn().getResponse().getStatus()))
        .containsExactlyInAnyOrder(200, 409);
    assertThat(f.count("SELECT COUNT(*) FROM referral WHERE stay_id = ? AND status = 'CONFIRMED'", stay))
        .isEqualTo(1);
    assertThat(f.count("SELECT COUNT(*) FROM referral WHERE stay_id = ? AND status = 'WITHDRAWN'", stay))
        .isEqualTo(1);
  }

  @SafeVarargs
  private static List<Integer> concurrently(Callable<Integer>... calls) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(calls.length);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (Callable<Integer> call : calls) {
        futures.add(pool.submit(() -> {
          start.await();
          return call.call();
        }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> future : futures) {
        statuses.add(future.get());
      }
      return statuses;
    } finally {
      pool.shutdown();
    }
  }
}

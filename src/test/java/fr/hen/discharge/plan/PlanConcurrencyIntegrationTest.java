package fr.hen.discharge.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import fr.hen.PostgresIntegrationTest;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Simultaneous changes of one plan on PostgreSQL, each a real request in its own thread and transaction: all made on
 * the same version, exactly one wins; the others get 409 stale-plan and the history holds one change.
 */
@PostgresIntegrationTest
class PlanConcurrencyIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void simultaneousChangesOnTheSameVersion_oneWins_theOthersAreStale() throws Exception {
    StaysFixture fixture = new StaysFixture(jdbc);
    long org = fixture.organisation("HOSPITAL");
    long unit = fixture.unit(org, StaysFixture.unique("C"));
    long stay = fixture.admittedStay(org, unit, fixture.bed(fixture.room(unit, "101", "ANY"), "A", "OCCUPIED",
        null), LocalDateTime.now().minusDays(2));
    List<HenUser> users = List.of(StaysFixture.user(org, Role.PHYSICIAN),
        StaysFixture.user(org, Role.DISCHARGE_COORDINATOR), StaysFixture.user(org, Role.BED_MANAGER),
        StaysFixture.user(org, Role.DISCHARGE_COORDINATOR), StaysFixture.user(org, Role.PHYSICIAN),
        StaysFixture.user(org, Role.BED_MANAGER));
    jdbc.sql("""
        INSERT INTO discharge_plan (stay_id, organisation_id, patient_id, admitted_at, status, created_at, updated_at)
        SELECT id, organisation_id, patient_id, admitted_at, 'IN_HOSPITAL', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
        FROM stay WHERE id = ?""").param(stay).update();

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(users.size()); // the common pool may have one thread
    List<CompletableFuture<MockHttpServletResponse>> requests = new ArrayList<>();
    for (int i = 0; i < users.size(); i++) {
      HenUser as = users.get(i);
      int gir = i + 1;
      requests.add(CompletableFuture.supplyAsync(() -> {
        try {
          start.await();
          return mvc.perform(put("/api/v1/stays/{id}/discharge-plan", stay).with(user(as))
              .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"gir\":" + gir + "}"))
              .andReturn().getResponse();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }, threads));
    }
    start.countDown();
    List<MockHttpServletResponse> responses = new ArrayList<>();
    for (CompletableFuture<MockHttpServletResponse> r : requests) {
      responses.add(r.get(60, TimeUnit.SECONDS));
    }
    threads.shutdown();

    assertThat(responses).filteredOn(r -> r.getStatus() == 200).hasSize(1);
    assertThat(responses).filteredOn(r -> r.getStatus() == 409).hasSize(users.size() - 1)
        .allSatisfy(r -> assertThat(r.getContentAsString()).contains("stale-plan"));
    assertThat(fixture.count("SELECT COUNT(*) FROM discharge_plan WHERE stay_id = ? AND version = 1", stay)).isOne();
    assertThat(fixture.count("SELECT COUNT(*) FROM discharge_plan_change WHERE stay_id = ?", stay)).isOne();
  }
}

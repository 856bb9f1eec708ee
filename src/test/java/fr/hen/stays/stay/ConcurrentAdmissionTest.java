package fr.hen.stays.stay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.hen.PostgresIntegrationTest;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PostgresIntegrationTest
class ConcurrentAdmissionTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void concurrentAdmitsIntoTheSameBed_exactlyOneSucceeds() throws Exception {
    StaysFixture fixture = new StaysFixture(jdbc);
    long org = fixture.organisation("HOSPITAL");
    String unit = StaysFixture.unique("U");
    long bed = fixture.freeBed(org, unit);
    HenUser bedManager = StaysFixture.user(org, Role.BED_MANAGER);
    CountDownLatch start = new CountDownLatch(1);
    Callable<Integer> admit = () -> {
      String json = StayApiIntegrationTest.admitJson(StaysFixture.unique("M"), unit, bed,
          StayApiIntegrationTest.now());
      start.await();
      return mvc.perform(post("/api/v1/stays").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
          .content(json)).andReturn().getResponse().getStatus();
    };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> results = List.of(pool.submit(admit), pool.submit(admit));
      start.countDown();
      assertThat(List.of(results.get(0).get(), results.get(1).get())).containsExactlyInAnyOrder(201, 409);
    } finally {
      pool.shutdown();
    }
    assertThat(fixture.count("SELECT COUNT(*) FROM stay WHERE bed_id = ?", bed)).isEqualTo(1);
    assertThat(fixture.count("SELECT COUNT(*) FROM patient WHERE organisation_id = ?", org)).isEqualTo(1);
  }

  /** A man and a woman admitted at once into the two beds of a same-sex room: the room lock lets one in. */
  @Test
  void concurrentAdmitsIntoASameSexRoom_ofBothSexes_exactlyOneSucceeds() throws Exception {
    StaysFixture fixture = new StaysFixture(jdbc);
    long org = fixture.organisation("HOSPITAL");
    String unit = StaysFixture.unique("U");
    long room = fixture.room(fixture.unit(org, unit), "101", "SAME");
    long bedA = fixture.bed(room, "A", "FREE", null);
    long bedB = fixture.bed(room, "B", "FREE", null);
    HenUser bedManager = StaysFixture.user(org, Role.BED_MANAGER);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> results = List.of(pool.submit(admit(start, bedManager, unit, bedA, "F")),
          pool.submit(admit(start, bedManager, unit, bedB, "M")));
      start.countDown();
      assertThat(List.of(results.get(0).get(), results.get(1).get())).containsExactlyInAnyOrder(201, 409);
    } finally {
      pool.shutdown();
    }
    assertThat(fixture.count("SELECT COUNT(*) FROM stay WHERE bed_id IN (?, ?)", bedA, bedB)).isEqualTo(1);
  }

  private Callable<Integer> admit(CountDownLatch start, HenUser bedManager, String unit, long bed, String sex) {
    return () -> {
      String json = StayApiIntegrationTest.admitJson(StaysFixture.unique("M"), unit, bed,
          StayApiIntegrationTest.now()).replace("\"sex\":\"F\"", "\"sex\":\"" + sex + "\"");
      start.await();
      return mvc.perform(post("/api/v1/stays").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
          .content(json)).andReturn().getResponse().getStatus();
    };
  }
}

package fr.hen.stays.stay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Two cancellations of one movement sent at once, on real threads against PostgreSQL: exactly one wins. */
class ConcurrentCancelTest extends OneBedHospitalTest {

  long admitted() throws Exception {
    String body = mvc.perform(post("/api/v1/stays").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
            .content(StayApiIntegrationTest.admitJson(StaysFixture.unique("M"), unit, bed,
                StayApiIntegrationTest.now())))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return ((Number) JsonPath.read(body, "$.id")).longValue();
  }

  /** The statuses of the same cancellation sent by two users at once. */
  List<Integer> twiceAtOnce(String what, long stay, HenUser first, HenUser second) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (HenUser as : List.of(first, second)) {
        Callable<Integer> cancel = () -> {
          start.await();
          return mvc.perform(post("/api/v1/stays/{id}/cancel-" + what, stay).with(user(as))
                  .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Recorded by mistake\"}"))
              .andReturn().getResponse().getStatus();
        };
        results.add(pool.submit(cancel));
      }
      start.countDown();
      return List.of(results.get(0).get(), results.get(1).get());
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void twoCancelsOfOneAdmission_exactlyOneWins_theOtherIsConflict() throws Exception {
    long stay = admitted();
    HenUser colleague = StaysFixture.user(org, Role.BED_MANAGER);

    assertThat(twiceAtOnce("admission", stay, bedManager, colleague)).containsExactlyInAnyOrder(204, 409);

    assertThat(fixture.bedStatus(bed)).isEqualTo("FREE");
    assertThat(fixture.count("SELECT COUNT(*) FROM audit_event WHERE resource_id = ? AND action = 'VOID'",
        String.valueOf(stay))).isEqualTo(1);
    assertThat(fixture.count("SELECT COUNT(*) FROM event_publication WHERE event_type LIKE '%.AdmissionCancelled' "
        + "AND listener_id LIKE '%BedCensusListener%' " // one publication per listener (the discharge plan has one too)
        + "AND serialized_event ~ ('\"stay_?[iI]d\": ?' || ? || '[,}]')", String.valueOf(stay)))
        .as("one event, stored for the census").isEqualTo(1);
  }

  @Test
  void twoCancelsOfOneDischarge_exactlyOneWins_theOtherIsConflict() throws Exception {
    long stay = admitted();
    mvc.perform(post("/api/v1/stays/{id}/discharge", stay).with(user(bedManager))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"discharged_at\":\"" + StayApiIntegrationTest.now() + "\",\"destination\":\"HOME\"}"))
        .andExpect(status().isOk());
    HenUser physician = StaysFixture.user(org, Role.PHYSICIAN);

    assertThat(twiceAtOnce("discharge", stay, bedManager, physician)).containsExactlyInAnyOrder(200, 409);

    assertThat(fixture.bedStatus(bed)).isEqualTo("OCCUPIED");
    assertThat(fixture.count("SELECT COUNT(*) FROM movement WHERE stay_id = ? AND voided = TRUE", stay))
        .isEqualTo(1);
    assertThat(fixture.count("SELECT COUNT(*) FROM audit_event WHERE resource_id = ? AND action = 'VOID'",
        String.valueOf(stay))).isEqualTo(1);
  }
}

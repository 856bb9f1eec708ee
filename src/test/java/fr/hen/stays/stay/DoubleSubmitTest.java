package fr.hen.stays.stay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.stays.StaysFixture;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.ResultActions;

/** A double click or a client's retry admits once: the repeat gets the first result, never a 500 (issue 9 item 10). */
class DoubleSubmitTest extends OneBedHospitalTest {

  String mrn = StaysFixture.unique("M");

  String json(String familyName) {
    return StayApiIntegrationTest.admitJson(mrn, unit, bed, StayApiIntegrationTest.now())
        .replace("\"Martin\"", "\"" + familyName + "\"");
  }

  ResultActions admit(String key, String body) throws Exception {
    var request = post("/api/v1/stays").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON).content(body);
    return mvc.perform(key == null ? request : request.header("Idempotency-Key", key));
  }

  long stays() {
    return fixture.count("SELECT COUNT(*) FROM stay WHERE organisation_id = ?", org);
  }

  @Test
  void sameKeyTwice_admitsOnce_andAnswersTheFirstStayAgain() throws Exception {
    String key = UUID.randomUUID().toString();
    String body = json("Martin"); // one body: built twice, its admission time could differ by a second
    String first = admit(key, body).andExpect(status().isCreated())
        .andExpect(header().string("Idempotent-Replayed", "false")).andReturn().getResponse().getHeader("Location");
    admit(key, body).andExpect(status().isCreated())
        .andExpect(header().string("Location", first))
        .andExpect(header().string("Idempotent-Replayed", "true"));
    assertThat(stays()).isEqualTo(1);
  }

  @Test
  void sameKeyWithAnotherBody_isAConflict_andAdmitsNobody() throws Exception {
    String key = UUID.randomUUID().toString();
    admit(key, json("Martin")).andExpect(status().isCreated());
    admit(key, json("Durand")).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("request-key-reused"));
    assertThat(stays()).isEqualTo(1);
  }

  @Test
  void twoConcurrentRequests_withTheSameKey_bothAnswerTheOneStay() throws Exception {
    String key = UUID.randomUUID().toString();
    String body = json("Martin");
    List<MockHttpServletResponse> answers = concurrently(() -> admit(key, body).andReturn().getResponse());
    assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsExactly(201, 201);
    assertThat(answers.get(0).getHeader("Location")).isEqualTo(answers.get(1).getHeader("Location"));
    assertThat(stays()).isEqualTo(1);
  }

  @Test
  void twoConcurrentIdenticalRequests_withoutKey_oneAdmits_theOtherIsAClear409() throws Exception {
    String body = json("Martin");
    List<MockHttpServletResponse> answers = concurrently(() -> admit(null, body).andReturn().getResponse());
    assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(201, 409);
    assertThat(stays()).isEqualTo(1);
  }

  @Test
  void admitFormSentTwice_leadsBothTimesToTheSameStay() throws Exception {
    String key = UUID.randomUUID().toString();
    String[] targets = new String[2];
    for (int i = 0; i < 2; i++) {
      targets[i] = mvc.perform(post("/stays").with(user(bedManager)).with(csrf()).param("requestKey", key)
              .param("mrn", mrn).param("familyName", "Martin").param("givenName", "Jeanne")
              .param("birthDate", "1950-02-03").param("sex", "F").param("unit", unit).param("bed", String.valueOf(bed))
              .param("admittedAt", StayApiIntegrationTest.now().toString().substring(0, 16))
              .param("source", "EMERGENCY"))
          .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }
    assertThat(targets[0]).startsWith("/stays/").isEqualTo(targets[1]);
    assertThat(stays()).isEqualTo(1);
  }

  @Test
  void formAddressOpenedAgain_leadsToItsPage_notAnError() throws Exception {
    // (not /stays/123/discharge: that address is now the stay's discharge tab, a page of the discharge module)
    mvc.perform(get("/stays/123/transfer").with(user(bedManager)))
        .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/stays/123"));
  }

  <T> List<T> concurrently(Callable<T> call) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    Callable<T> gated = () -> {
      start.await();
      return call.call();
    };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<T>> futures = List.of(pool.submit(gated), pool.submit(gated));
      start.countDown();
      return List.of(futures.get(0).get(), futures.get(1).get());
    } finally {
      pool.shutdown();
    }
  }
}

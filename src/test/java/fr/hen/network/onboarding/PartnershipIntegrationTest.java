package fr.hen.network.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.platform.notify.MailTestSupport;
import fr.hen.stays.StaysFixture;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** A prospect becomes an active partner with the date of its agreement: each rule, roles, repeats, the page form. */
class PartnershipIntegrationTest extends MailTestSupport {

  static final HenUser NETWORK = StaysFixture.user(0, Role.NETWORK_COORDINATOR);

  LocalDate today() {
    return LocalDate.now(CLOCK);
  }

  @Test
  void aProspectBecomesActiveWithItsAgreementDateAudited() throws Exception {
    String code = onboard("HAD");
    activate(code, "ACTIVE", today().minusDays(3)).andExpect(status().isOk())
        .andExpect(jsonPath("$.partnership_status").value("ACTIVE"))
        .andExpect(jsonPath("$.agreement_date").value(today().minusDays(3).toString()));
    assertThat(jdbc.sql("""
            SELECT detail FROM audit_event WHERE resource_type = 'Organisation' AND resource_id = ?
              AND detail LIKE 'partnership_status%'""").param(code).query(String.class).list())
        .containsExactly("partnership_status=PROSPECT→ACTIVE; agreement_date=" + today().minusDays(3));
    // today is allowed
    activate(onboard("SSIAD"), "ACTIVE", today()).andExpect(status().isOk());
  }

  @Test
  void theRulesOfTheRequest() throws Exception {
    String code = onboard("HAD");
    activate(code, "ACTIVE", today().plusDays(1)).andExpect(status().is(422))
        .andExpect(jsonPath("$.errors[0].field").value("agreement_date"));
    mvc.perform(post("/api/v1/organizations/{code}/partnership", code).with(user(NETWORK))
            .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"ACTIVE\"}"))
        .andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].field").value("agreement_date"));
    activate(code, "PROSPECT", today()).andExpect(status().is(422))
        .andExpect(jsonPath("$.errors[0].field").value("status"));
    activate(code, "UNDER_SOLICITED", today()).andExpect(status().is(422));
    activate("NO-SUCH-CODE", "ACTIVE", today()).andExpect(status().isNotFound());
    assertThat(jdbc.sql("SELECT partnership_status FROM organisation WHERE code = ?").param(code)
        .query(String.class).single()).isEqualTo("PROSPECT");
  }

  @Test
  void aRepeatIsAnsweredUnchangedAndAnotherDateIsAConflict() throws Exception {
    String code = onboard("HAD");
    LocalDate date = today().minusDays(10);
    activate(code, "ACTIVE", date).andExpect(status().isOk());
    activate(code, "ACTIVE", date).andExpect(status().isOk())
        .andExpect(jsonPath("$.agreement_date").value(date.toString()));
    activate(code, "ACTIVE", date.minusDays(1)).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("partnership-not-prospect"));
    assertThat(jdbc.sql("""
            SELECT COUNT(*) FROM audit_event WHERE resource_type = 'Organisation' AND resource_id = ?
              AND detail LIKE 'partnership_status%'""").param(code).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void twoClicksAtOnceActivateOnce() throws Exception {
    String code = onboard("HAD");
    LocalDate date = today().minusDays(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        Callable<Integer> call = () -> activate(code, "ACTIVE", date).andReturn().getResponse().getStatus();
        results.add(pool.submit(call));
      }
      for (Future<Integer> result : results) {
        assertThat(result.get()).isEqualTo(200);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(jdbc.sql("""
            SELECT COUNT(*) FROM audit_event WHERE resource_type = 'Organisation' AND resource_id = ?
              AND detail LIKE 'partnership_status%'""").param(code).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void otherRolesAreRefusedAndAnInactiveOrganisationIsAConflict() throws Exception {
    String code = onboard("HAD");
    for (Role role : List.of(Role.PARTNER_COORDINATOR, Role.DISCHARGE_COORDINATOR, Role.QUALITY_MANAGER)) {
      mvc.perform(post("/api/v1/organizations/{code}/partnership", code)
              .with(user(StaysFixture.user(idOf(code), role))).contentType(MediaType.APPLICATION_JSON)
              .content("{\"status\":\"ACTIVE\",\"agreement_date\":\"%s\"}".formatted(today())))
          .andExpect(status().isForbidden());
    }
    mvc.perform(post("/api/v1/organizations/{code}/deactivate", code).with(user(NETWORK))).andExpect(status().isOk());
    activate(code, "ACTIVE", today()).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("organisation-inactive"));
    assertThat(jdbc.sql("SELECT partnership_status FROM organisation WHERE code = ?").param(code)
        .query(String.class).single()).isEqualTo("PROSPECT");
  }

  @Test
  void thePageFormActivatesAndShowsItsErrorsInline() throws Exception {
    String code = onboard("HAD");
    mvc.perform(get("/organisations/{code}", code).with(user(NETWORK)))
        .andExpect(content().string(Matchers.containsString("id=\"agreementDate\"")));
    var flashed = mvc.perform(post("/organisations/{code}/partnership", code).with(user(NETWORK)).with(csrf())
            .param("agreementDate", today().plusDays(2).toString()))
        .andExpect(redirectedUrl("/organisations/" + code)).andReturn().getFlashMap();
    mvc.perform(get("/organisations/{code}", code).with(user(NETWORK)).flashAttrs(flashed))
        .andExpect(content().string(Matchers.containsString("ne peut pas être dans le futur")))
        .andExpect(content().string(Matchers.containsString("value=\"" + today().plusDays(2) + "\"")));
    mvc.perform(post("/organisations/{code}/partnership", code).with(user(NETWORK)).with(csrf())
            .param("agreementDate", "n'importe quoi"))
        .andExpect(flash().attributeExists("partnershipForm"));
    mvc.perform(post("/organisations/{code}/partnership", code).with(user(NETWORK)).with(csrf())
            .param("agreementDate", today().toString()))
        .andExpect(redirectedUrl("/organisations/" + code))
        .andExpect(flash().attribute("message", "network.partnership.activated"));
    // active now: the form is gone, the date shown
    mvc.perform(get("/organisations/{code}", code).with(user(NETWORK)))
        .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"agreementDate\""))));
    mvc.perform(post("/organisations/{code}/partnership", code)
            .with(user(StaysFixture.user(idOf(code), Role.PARTNER_COORDINATOR))).with(csrf())
            .param("agreementDate", today().toString()))
        .andExpect(status().isForbidden());
  }

  private ResultActions activate(String code, String status, LocalDate date) throws Exception {
    return mvc.perform(post("/api/v1/organizations/{code}/partnership", code).with(user(NETWORK))
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"status\":\"%s\",\"agreement_date\":\"%s\"}".formatted(status, date)));
  }
}

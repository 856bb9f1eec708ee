package fr.hen.discharge.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The stay's discharge tab: the plan form with its inline errors, the checklist, the history and the links. */
@PostgresIntegrationTest
@Transactional
class PlanPageIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  StaysFixture fixture;
  long org;
  HenUser physician;
  HenUser coordinator;
  LocalDateTime admittedAt;
  long stay;

  @BeforeEach
  void inHospitalStay() {
    fixture = new StaysFixture(jdbc);
    org = fixture.organisation("HOSPITAL");
    long unit = fixture.unit(org, StaysFixture.unique("U"));
    admittedAt = LocalDateTime.now().minusDays(5).truncatedTo(ChronoUnit.MINUTES);
    stay = fixture.admittedStay(org, unit, fixture.bed(fixture.room(unit, "101", "ANY"), "A", "OCCUPIED", null),
        admittedAt);
    physician = StaysFixture.user(org, Role.PHYSICIAN);
    coordinator = StaysFixture.user(org, Role.DISCHARGE_COORDINATOR);
  }

  MockHttpServletRequestBuilder form(HenUser as, int version) {
    return post("/stays/{id}/discharge/plan", stay).with(user(as)).with(csrf())
        .param("formKey", UUID.randomUUID().toString()).param("version", String.valueOf(version))
        .param("_needs", "on").param("_checklist", "on");
  }

  ResultActions save(HenUser as, String edd, String ready) throws Exception {
    MockHttpServletRequestBuilder request = form(as, 0).param("expectedDischargeDate", edd);
    if (ready != null) {
      request.param("medicallyReady", ready.isEmpty() ? "false" : "true").param("medicallyReadyAt", ready);
    }
    return mvc.perform(request);
  }

  static String minutes(LocalDateTime t) {
    return t.truncatedTo(ChronoUnit.MINUTES).toString();
  }

  @Test
  void stayPage_linksToItsDischargeTab_whichLinksToPartnersAndReferrals() throws Exception {
    mvc.perform(get("/stays/{id}", stay).with(user(coordinator))).andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"/stays/" + stay + "/discharge\"")))
        .andExpect(content().string(containsString(">Sortie</a>")))
        .andExpect(content().string(not(containsString("id=\"expectedDischargeDate\""))));
    mvc.perform(get("/stays/{id}/discharge", stay).with(user(coordinator))).andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"/stays/" + stay + "/partners\"")))
        .andExpect(content().string(containsString("href=\"/referrals?stay=" + stay + "\"")))
        .andExpect(content().string(containsString("id=\"expectedDischargeDate\"")))
        .andExpect(content().string(containsString("Aucune modification pour l&#39;instant.")));
    assertThat(fixture.count("SELECT COUNT(*) FROM audit_event WHERE resource_type = 'DischargePlan' "
        + "AND resource_id = ? AND action = 'READ' AND detail = 'discharge tab'", String.valueOf(stay))).isOne();
  }

  @Test
  void medicallyReadyControl_isEnabledForPhysiciansOnly() throws Exception {
    mvc.perform(get("/stays/{id}/discharge", stay).with(user(physician))).andExpect(status().isOk())
        .andExpect(content().string(matchesPattern("(?s).*<fieldset class=\"choices\" aria-describedby=\"ready-hint\">"
            + ".*")));
    mvc.perform(get("/stays/{id}/discharge", stay).with(user(coordinator))).andExpect(status().isOk())
        .andExpect(content().string(matchesPattern("(?s).*<fieldset class=\"choices\" aria-describedby=\"ready-hint\" "
            + "disabled=\"disabled\">.*")))
        .andExpect(content().string(containsString("Seul un médecin déclare ou retire")));
  }

  @Test
  void savingThePlan_redirectsToTheTab_andTheStayShowsTheAvoidableDaysSoFar() throws Exception {
    String edd = LocalDate.now().plusDays(1).toString();
    save(physician, edd, minutes(LocalDateTime.now().minusDays(2))).andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/stays/" + stay + "/discharge"));
    assertThat(fixture.count("SELECT COUNT(*) FROM stay WHERE id = ? AND expected_discharge_date = ? "
        + "AND medically_ready_at IS NOT NULL", stay, LocalDate.parse(edd))).isEqualTo(1);
    mvc.perform(get("/stays/{id}", stay).with(user(physician))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Journées évitables à ce jour")))
        .andExpect(content().string(containsString("<dd id=\"avoidable-days\">2 jours</dd>")));
    mvc.perform(get("/stays/{id}/discharge", stay).with(user(physician))).andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"" + edd + "\"")))
        .andExpect(content().string(containsString("id=\"history-table\"")));
  }

  @Test
  void medicallyReadyPatient_isMarkedWithTheAvoidableDaysOnTheStaysListAndTheBoard() throws Exception {
    save(physician, "", minutes(LocalDateTime.now().minusDays(2))).andExpect(status().is3xxRedirection());
    mvc.perform(get("/stays").with(user(physician))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Sortant médicalement (2 journées évitables)")));
    mvc.perform(get("/beds").with(user(physician))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Sortant médicalement (2 journées évitables)")));
  }

  @Test
  void coordinator_savesNeedsSituationAndChecklist_withoutTouchingMedicallyReady() throws Exception {
    mvc.perform(form(coordinator, 0).param("needs", "HOME_CHEMOTHERAPY").param("gir", "2")
            .param("livesAlone", "true").param("carer", "FAMILY").param("housing", "HOUSE")
            .param("homePostcode", "59800").param("homeTown", "Lille").param("destinationType", "HAD")
            .param("checklist", "TRANSPORT").param("checklist", "GP_INFORMED"))
        .andExpect(status().is3xxRedirection());
    assertThat(fixture.count("SELECT COUNT(*) FROM discharge_plan WHERE stay_id = ? AND needs = 'HOME_CHEMOTHERAPY' "
        + "AND gir = 2 AND checklist = 'GP_INFORMED,TRANSPORT' AND home_postcode = '59800' "
        + "AND medically_ready_at IS NULL", stay)).isOne();
    mvc.perform(get("/stays/{id}/discharge", stay).with(user(coordinator))).andExpect(status().isOk())
        .andExpect(content().string(matchesPattern("(?s).*<input type=\"checkbox\" value=\"TRANSPORT\" "
            + "[^>]*checked=\"checked\".*")));
  }

  @Test
  void coordinator_postingMedicallyReady_isForbidden() throws Exception {
    save(coordinator, "", minutes(LocalDateTime.now().minusHours(1))).andExpect(status().isForbidden());
    assertThat(fixture.count("SELECT COUNT(*) FROM stay WHERE id = ? AND medically_ready_at IS NULL", stay))
        .isOne();
  }

  @Test
  void emptyFields_clearThePlan() throws Exception {
    save(physician, LocalDate.now().toString(), minutes(LocalDateTime.now().minusHours(3)))
        .andExpect(status().is3xxRedirection());
    mvc.perform(form(physician, 1).param("expectedDischargeDate", "").param("medicallyReady", "false"))
        .andExpect(status().is3xxRedirection());
    assertThat(fixture.count("SELECT COUNT(*) FROM stay WHERE id = ? AND expected_discharge_date IS NULL "
        + "AND medically_ready_at IS NULL", stay)).isEqualTo(1);
  }

  @Test
  void expectedDischargeBeforeAdmission_showsTheErrorInline_andKeepsTheValuesTyped() throws Exception {
    String edd = admittedAt.toLocalDate().minusDays(1).toString();
    String ready = minutes(LocalDateTime.now().minusHours(1));
    mvc.perform(form(physician, 0).param("expectedDischargeDate", edd).param("medicallyReady", "true")
            .param("medicallyReadyAt", ready).param("homeTown", "Roubaix").param("eddReason", "Bilan"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"expectedDischargeDate-error\"")))
        .andExpect(content().string(containsString("La sortie prévue ne peut pas précéder la date d&#39;entrée.")))
        .andExpect(content().string(containsString("value=\"" + edd + "\"")))
        .andExpect(content().string(containsString("value=\"" + ready + "\"")))
        .andExpect(content().string(containsString("value=\"Roubaix\"")))
        .andExpect(content().string(containsString("value=\"Bilan\"")));
    assertThat(fixture.count("SELECT COUNT(*) FROM stay WHERE id = ? AND expected_discharge_date IS NULL", stay))
        .isEqualTo(1);
  }

  @Test
  void medicallyReadyInTheFutureOrBeforeAdmission_showsTheErrorInline() throws Exception {
    save(physician, "", minutes(LocalDateTime.now().plusDays(1))).andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"medicallyReadyAt-error\"")))
        .andExpect(content().string(containsString("ne peut pas être dans le futur")));
    save(physician, "", minutes(admittedAt.minusHours(1))).andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"medicallyReadyAt-error\"")))
        .andExpect(content().string(containsString("ne peut pas précéder l&#39;entrée")));
    assertThat(fixture.count("SELECT COUNT(*) FROM stay WHERE id = ? AND medically_ready_at IS NULL", stay))
        .isOne();
  }

  @Test
  void badPostcodeAndNotADate_showTheirErrorsInline() throws Exception {
    mvc.perform(form(coordinator, 0).param("homePostcode", "ABCDE").param("expectedDischargeDate", "demain"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"expectedDischargeDate-error\"")))
        .andExpect(content().string(containsString("value=\"demain\"")));
    mvc.perform(form(coordinator, 0).param("homePostcode", "ABCDE"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"homePostcode-error\"")))
        .andExpect(content().string(containsString("Code postal français attendu")))
        .andExpect(content().string(containsString("value=\"ABCDE\"")));
  }

  @Test
  void doubleSubmit_recordsOneChange() throws Exception {
    String key = UUID.randomUUID().toString();
    for (int i = 0; i < 2; i++) {
      mvc.perform(post("/stays/{id}/discharge/plan", stay).with(user(coordinator)).with(csrf())
              .param("formKey", key).param("version", "0").param("gir", "4"))
          .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/stays/" + stay + "/discharge"));
    }
    assertThat(fixture.count("SELECT COUNT(*) FROM discharge_plan_change WHERE stay_id = ?", stay)).isOne();
  }

  @Test
  void staleForm_saysThePlanChangedMeanwhile() throws Exception {
    mvc.perform(form(coordinator, 0).param("gir", "4")).andExpect(status().is3xxRedirection());
    mvc.perform(form(physician, 0).param("gir", "5")).andExpect(status().isOk())
        .andExpect(content().string(containsString("modifié entre-temps")));
    assertThat(fixture.count("SELECT COUNT(*) FROM discharge_plan WHERE stay_id = ? AND gir = 4", stay)).isOne();
  }

  @Test
  void dischargedStay_showsThePlanReadOnly() throws Exception {
    mvc.perform(get("/stays/{id}/discharge", stay).with(user(coordinator))).andExpect(status().isOk());
    jdbc.sql("UPDATE discharge_plan SET status = 'DISCHARGED', discharged_at = ? WHERE stay_id = ?")
        .params(LocalDateTime.now().minusHours(1), stay).update();
    mvc.perform(get("/stays/{id}/discharge", stay).with(user(coordinator))).andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"plan-read-only\"")))
        .andExpect(content().string(not(containsString("Enregistrer le projet de sortie"))));
    mvc.perform(form(coordinator, 0).param("gir", "4")).andExpect(status().isOk())
        .andExpect(content().string(containsString("le projet de sortie ne se modifie plus")));
  }

  @Test
  void anotherOrganisationsStay_isNotFound() throws Exception {
    HenUser stranger = StaysFixture.user(fixture.organisation("HOSPITAL"), Role.DISCHARGE_COORDINATOR);
    mvc.perform(get("/stays/{id}/discharge", stay).with(user(stranger))).andExpect(status().isNotFound());
    mvc.perform(form(stranger, 0).param("gir", "4")).andExpect(status().isNotFound());
  }

  @Test
  void formAddressOpenedAgain_leadsToTheTab() throws Exception {
    mvc.perform(get("/stays/{id}/discharge/plan", stay).with(user(coordinator)))
        .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/stays/" + stay + "/discharge"));
  }
}

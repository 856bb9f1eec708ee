package fr.hen.stays.stay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

@PostgresIntegrationTest
@Transactional
class DischargePlanPageIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  StaysFixture fixture;
  long org;
  HenUser physician;
  LocalDateTime admittedAt;
  long stay;

  @BeforeEach
  void inHospitalStay() {
    fixture = new StaysFixture(jdbc);
    org = fixture.organisation("HOSPITAL");
    long bed = fixture.freeBed(org, StaysFixture.unique("U"));
    long unit = jdbc.sql("SELECT r.unit_id FROM bed b JOIN room r ON r.id = b.room_id WHERE b.id = ?").param(bed)
        .query(Long.class).single();
    jdbc.sql("UPDATE bed SET status = 'OCCUPIED' WHERE id = ?").param(bed).update();
    jdbc.sql("""
        INSERT INTO patient (organisation_id, mrn, family_name, given_name, birth_date, sex, created_at, created_by)
        VALUES (?, ?, 'Petit', 'Louise', DATE '1938-01-02', 'F', CURRENT_TIMESTAMP, 'test')""")
        .params(org, StaysFixture.unique("M")).update();
    long patient = jdbc.sql("SELECT MAX(id) FROM patient WHERE organisation_id = ?").param(org)
        .query(Long.class).single();
    admittedAt = LocalDateTime.now().minusDays(5).truncatedTo(ChronoUnit.MINUTES);
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
        INSERT INTO stay (organisation_id, patient_id, status, unit_id, bed_id, admitted_at, admission_source,
                          created_at, created_by)
        VALUES (?, ?, 'IN_HOSPITAL', ?, ?, ?, 'HOME', CURRENT_TIMESTAMP, 'test')""")
        .params(org, patient, unit, bed, admittedAt).update(keys, "id");
    stay = keys.getKey().longValue();
    physician = StaysFixture.user(org, Role.PHYSICIAN);
  }

  ResultActions plan(HenUser as, String edd, String ready) throws Exception {
    return mvc.perform(post("/stays/{id}/discharge-plan", stay).with(user(as)).with(csrf())
        .param("expectedDischargeDate", edd).param("medicallyReadyAt", ready));
  }

  static String minutes(LocalDateTime t) {
    return t.truncatedTo(ChronoUnit.MINUTES).toString();
  }

  @Test
  void stayPage_showsThePlanFormToPhysicians_butNotToDischargeCoordinators() throws Exception {
    mvc.perform(get("/stays/{id}", stay).with(user(physician))).andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"expectedDischargeDate\"")))
        .andExpect(content().string(containsString("for=\"medicallyReadyAt\"")));
    mvc.perform(get("/stays/{id}", stay).with(user(StaysFixture.user(org, Role.DISCHARGE_COORDINATOR))))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("id=\"expectedDischargeDate\""))));
  }

  @Test
  void savingThePlan_redirectsToTheStay_whichShowsTheAvoidableDaysSoFar() throws Exception {
    String edd = LocalDate.now().plusDays(1).toString();
    plan(physician, edd, minutes(LocalDateTime.now().minusDays(2))).andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/stays/" + stay));
    assertThat(fixture.count("SELECT COUNT(*) FROM stay WHERE id = ? AND expected_discharge_date = ? "
        + "AND medically_ready_at IS NOT NULL", stay, LocalDate.parse(edd))).isEqualTo(1);
    mvc.perform(get("/stays/{id}", stay).with(user(physician))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Journées évitables à ce jour")))
        .andExpect(content().string(containsString("<dd id=\"avoidable-days\">2 jours</dd>")))
        .andExpect(content().string(containsString("value=\"" + edd + "\"")));
  }

  @Test
  void emptyFields_clearThePlan() throws Exception {
    plan(physician, LocalDate.now().toString(), minutes(LocalDateTime.now().minusHours(3)))
        .andExpect(status().is3xxRedirection());
    plan(physician, "", "").andExpect(status().is3xxRedirection());
    assertThat(fixture.count("SELECT COUNT(*) FROM stay WHERE id = ? AND expected_discharge_date IS NULL "
        + "AND medically_ready_at IS NULL", stay)).isEqualTo(1);
  }

  @Test
  void expectedDischargeBeforeAdmission_showsTheErrorInline_andKeepsTheValuesTyped() throws Exception {
    String edd = admittedAt.toLocalDate().minusDays(1).toString();
    String ready = minutes(LocalDateTime.now().minusHours(1));
    plan(physician, edd, ready).andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"expectedDischargeDate-error\"")))
        .andExpect(content().string(containsString("La sortie prévue ne peut pas précéder la date d&#39;entrée.")))
        .andExpect(content().string(containsString("value=\"" + edd + "\"")))
        .andExpect(content().string(containsString("value=\"" + ready + "\"")));
    assertThat(fixture.count("SELECT COUNT(*) FROM stay WHERE id = ? AND expected_discharge_date IS NULL", stay))
        .isEqualTo(1);
  }

  @Test
  void medicallyReadyInTheFuture_showsTheErrorInline() throws Exception {
    plan(physician, "", minutes(LocalDateTime.now().plusDays(1))).andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"medicallyReadyAt-error\"")))
        .andExpect(content().string(containsString("ne peut pas être dans le futur")));
  }

  @Test
  void medicallyReadyBeforeAdmission_showsTheErrorInline() throws Exception {
    plan(physician, "", minutes(admittedAt.minusHours(1))).andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"medicallyReadyAt-error\"")))
        .andExpect(content().string(containsString("ne peut pas précéder l&#39;entrée")));
    assertThat(fixture.count("SELECT COUNT(*) FROM stay WHERE id = ? AND medically_ready_at IS NULL", stay))
        .isEqualTo(1);
  }

  @Test
  void dischargeCoordinator_isForbiddenToPlan() throws Exception {
    plan(StaysFixture.user(org, Role.DISCHARGE_COORDINATOR), LocalDate.now().toString(), "")
        .andExpect(status().isForbidden());
  }

  @Test
  void medicallyReadyPatient_isMarkedWithTheAvoidableDaysOnTheStaysListAndTheBoard() throws Exception {
    plan(physician, "", minutes(LocalDateTime.now().minusDays(2))).andExpect(status().is3xxRedirection());
    mvc.perform(get("/stays").with(user(physician))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Sortant médicalement (2 journées évitables)")));
    mvc.perform(get("/beds").with(user(physician))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Sortant médicalement (2 journées évitables)")));
  }
}

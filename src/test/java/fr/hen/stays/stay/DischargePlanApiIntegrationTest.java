package fr.hen.stays.stay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

@PostgresIntegrationTest
@Transactional
class DischargePlanApiIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  StaysFixture fixture;
  long org;
  HenUser bedManager;
  HenUser physician;
  LocalDateTime admittedAt;
  long stay;

  @BeforeEach
  void admittedPatient() throws Exception {
    fixture = new StaysFixture(jdbc);
    org = fixture.organisation("HOSPITAL");
    String unit = StaysFixture.unique("U");
    long bed = fixture.freeBed(org, unit);
    bedManager = StaysFixture.user(org, Role.BED_MANAGER);
    physician = StaysFixture.user(org, Role.PHYSICIAN);
    admittedAt = LocalDateTime.now().minusDays(3).truncatedTo(ChronoUnit.MINUTES);
    String location = mvc.perform(post("/api/v1/stays").with(user(bedManager))
            .contentType(MediaType.APPLICATION_JSON)
            .content(StayApiIntegrationTest.admitJson(StaysFixture.unique("M"), unit, bed, admittedAt)))
        .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
    stay = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  ResultActions plan(HenUser as, long stayId, Object edd, Object ready) throws Exception {
    String json = "{\"expected_discharge_date\":" + quoted(edd) + ",\"medically_ready_at\":" + quoted(ready) + "}";
    return mvc.perform(put("/api/v1/stays/{id}/discharge-plan", stayId).with(user(as))
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }

  static String quoted(Object value) {
    return value == null ? "null" : "\"" + value + "\"";
  }

  @Test
  void physician_setsTheExpectedDischargeDateAndMedicallyReady_andTheChangeIsAudited() throws Exception {
    LocalDate edd = LocalDate.now().plusDays(2);
    LocalDateTime ready = LocalDateTime.now().minusHours(1).truncatedTo(ChronoUnit.MINUTES);
    plan(physician, stay, edd, ready).andExpect(status().isOk())
        .andExpect(jsonPath("$.expected_discharge_date").value(edd.toString()))
        .andExpect(jsonPath("$.medically_ready_at").value(startsWith(ready.toString())));
    assertThat(fixture.count("SELECT COUNT(*) FROM audit_event WHERE resource_type = 'Stay' AND resource_id = ? "
        + "AND action = 'UPDATE' AND detail = 'discharge plan' AND username = ?", String.valueOf(stay),
        physician.getUsername())).isEqualTo(1);
  }

  @Test
  void nullValues_clearThePlan() throws Exception {
    plan(bedManager, stay, LocalDate.now(), LocalDateTime.now().minusHours(1)).andExpect(status().isOk());
    plan(bedManager, stay, null, null).andExpect(status().isOk())
        .andExpect(jsonPath("$.expected_discharge_date").doesNotExist())
        .andExpect(jsonPath("$.medically_ready_at").doesNotExist());
    assertThat(fixture.count("SELECT COUNT(*) FROM stay WHERE id = ? AND medically_ready_at IS NULL "
        + "AND expected_discharge_date IS NULL", stay)).isEqualTo(1);
  }

  @Test
  void camelCaseProperty_isRefusedNamingIt_andThePlanIsKept() throws Exception {
    LocalDate edd = LocalDate.now().plusDays(2);
    plan(physician, stay, edd, null).andExpect(status().isOk());
    mvc.perform(put("/api/v1/stays/{id}/discharge-plan", stay).with(user(physician))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"expectedDischargeDate\":\"" + edd.plusDays(1) + "\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("Unknown property 'expectedDischargeDate'"))
        .andExpect(jsonPath("$.errors[0].field").value("expectedDischargeDate"));
    assertThat(fixture.count("SELECT COUNT(*) FROM stay WHERE id = ? AND expected_discharge_date = ?", stay, edd))
        .isEqualTo(1);
  }

  @Test
  void expectedDischargeBeforeAdmissionDate_isRejectedNamingTheField() throws Exception {
    plan(physician, stay, admittedAt.toLocalDate().minusDays(1), null).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("expected_discharge_date"));
  }

  @Test
  void expectedDischargeOnTheAdmissionDate_isAccepted() throws Exception {
    plan(physician, stay, admittedAt.toLocalDate(), null).andExpect(status().isOk());
  }

  @Test
  void medicallyReadyInTheFuture_isRejectedNamingTheField() throws Exception {
    plan(physician, stay, null, LocalDateTime.now().plusHours(2).truncatedTo(ChronoUnit.MINUTES))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("medically_ready_at"));
  }

  @Test
  void medicallyReadyBeforeAdmission_isRejectedNamingTheField_andNothingIsWritten() throws Exception {
    plan(physician, stay, null, admittedAt.minusMinutes(1)).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("medically_ready_at"));
    assertThat(fixture.count("SELECT COUNT(*) FROM audit_event WHERE resource_type = 'Stay' AND resource_id = ? "
        + "AND detail = 'discharge plan'", String.valueOf(stay))).isZero();
  }

  @Test
  void stayOfAnotherOrganisation_isNotFound() throws Exception {
    HenUser stranger = StaysFixture.user(fixture.organisation("HOSPITAL"), Role.PHYSICIAN);
    plan(stranger, stay, LocalDate.now(), null).andExpect(status().isNotFound());
    assertThat(fixture.count("SELECT COUNT(*) FROM stay WHERE id = ? AND expected_discharge_date IS NULL", stay))
        .isEqualTo(1);
  }

  @Test
  void planOfDischargedStay_isConflict() throws Exception {
    mvc.perform(post("/api/v1/stays/{id}/discharge", stay).with(user(bedManager))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"discharged_at\":\"" + LocalDateTime.now().minusMinutes(1).truncatedTo(ChronoUnit.MINUTES)
                + "\",\"destination\":\"HOME\"}"))
        .andExpect(status().isOk());
    plan(physician, stay, LocalDate.now(), null).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("stay-discharged"));
  }

  @Test
  void dischargeCoordinator_isForbiddenToPlan() throws Exception {
    plan(StaysFixture.user(org, Role.DISCHARGE_COORDINATOR), stay, LocalDate.now(), null)
        .andExpect(status().isForbidden());
  }
}

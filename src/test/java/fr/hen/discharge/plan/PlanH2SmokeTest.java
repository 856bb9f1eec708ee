package fr.hen.discharge.plan;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import fr.hen.H2SmokeTest;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The plan's life on H2 (the database of {@code run}): opened by the admission, changed, closed by the discharge. */
@H2SmokeTest
class PlanH2SmokeTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void admissionOpensThePlan_changesAreKept_dischargeClosesIt() throws Exception {
    StaysFixture fixture = new StaysFixture(jdbc);
    long org = fixture.organisation("HOSPITAL");
    String unit = StaysFixture.unique("U");
    long bed = fixture.freeBed(org, unit);
    HenUser bedManager = StaysFixture.user(org, Role.BED_MANAGER);
    HenUser physician = StaysFixture.user(org, Role.PHYSICIAN);
    LocalDateTime admittedAt = LocalDateTime.now().minusHours(5).truncatedTo(ChronoUnit.MINUTES);
    String created = mvc.perform(post("/api/v1/stays").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"patient":{"mrn":"%s","family_name":"Martin","given_name":"Jeanne","birth_date":"1950-02-03",
                 "sex":"F"},"unit":"%s","bed":%d,"admitted_at":"%s","admission_source":"EMERGENCY"}"""
                .formatted(StaysFixture.unique("M"), unit, bed, admittedAt)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    long stay = ((Number) JsonPath.read(created, "$.id")).longValue();
    await().atMost(Duration.ofSeconds(15))
        .until(() -> fixture.count("SELECT COUNT(*) FROM discharge_plan WHERE stay_id = ?", stay) == 1);

    String plan = """
        {"version":%d,"expected_discharge_date":"%s","edd_reason":"Bilan","medically_ready":true,
         "needs":["DIALYSIS"],"gir":2,"home_postcode":"59000","checklist":["TRANSPORT"]}""";
    mvc.perform(MockMvcRequestBuilders.put("/api/v1/stays/{id}/discharge-plan", stay).with(user(physician))
            .contentType(MediaType.APPLICATION_JSON).content(plan.formatted(0, admittedAt.toLocalDate().minusDays(1))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("expected_discharge_date"));
    mvc.perform(MockMvcRequestBuilders.put("/api/v1/stays/{id}/discharge-plan", stay).with(user(physician))
            .contentType(MediaType.APPLICATION_JSON).content(plan.formatted(0, LocalDate.now().plusDays(2))))
        .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1))
        .andExpect(jsonPath("$.medically_ready").value(true));
    mvc.perform(get("/api/v1/stays/{id}/discharge-plan/history", stay).with(user(physician)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(6));

    mvc.perform(post("/api/v1/stays/{id}/discharge", stay).with(user(bedManager))
            .contentType(MediaType.APPLICATION_JSON).content("{\"discharged_at\":\""
                + LocalDateTime.now().minusMinutes(5).truncatedTo(ChronoUnit.MINUTES) + "\",\"destination\":\"HAD\"}"))
        .andExpect(status().isOk());
    await().atMost(Duration.ofSeconds(15)).until(() -> fixture.count(
        "SELECT COUNT(*) FROM discharge_plan WHERE stay_id = ? AND status = 'DISCHARGED'", stay) == 1);
    mvc.perform(MockMvcRequestBuilders.put("/api/v1/stays/{id}/discharge-plan", stay).with(user(physician))
            .contentType(MediaType.APPLICATION_JSON).content("{\"version\":2}"))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("plan-closed"));
  }
}

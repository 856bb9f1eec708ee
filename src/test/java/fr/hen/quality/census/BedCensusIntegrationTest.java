package fr.hen.quality.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import fr.hen.PostgresIntegrationTest;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The census follows the stays module's events end to end: movements through the stays API, the listener reading
 * the stays read API as a system actor, the counts through the census API.
 */
@PostgresIntegrationTest
class BedCensusIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  StaysFixture fixture;
  long org;
  String oncology;
  String rehab;
  long oncologyBed;
  long rehabBed;
  HenUser bedManager;
  LocalDate day;

  @BeforeEach
  void hospital() {
    fixture = new StaysFixture(jdbc);
    org = fixture.organisation("HOSPITAL");
    oncology = StaysFixture.unique("O");
    rehab = StaysFixture.unique("R");
    oncologyBed = fixture.freeBed(org, oncology);
    rehabBed = fixture.freeBed(org, rehab);
    bedManager = StaysFixture.user(org, Role.BED_MANAGER);
    day = LocalDate.now().minusDays(6); // within the 7 days a movement may be recorded late
  }

  long admit(LocalDateTime at) throws Exception {
    String body = mvc.perform(post("/api/v1/stays").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"patient":{"mrn":"%s","family_name":"Martin","given_name":"Jeanne","birth_date":"1950-02-03",
                 "sex":"F"},"unit":"%s","bed":%d,"admitted_at":"%s","admission_source":"EMERGENCY"}"""
                .formatted(StaysFixture.unique("M"), oncology, oncologyBed, at)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return ((Number) JsonPath.read(body, "$.id")).longValue();
  }

  List<Integer> census(String unit, LocalDate from, LocalDate to) throws Exception {
    String body = mvc.perform(get("/api/v1/bed-census").with(user(bedManager))
            .param("from", from.toString()).param("to", to.toString()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    return JsonPath.read(body, "$.items[?(@.unit_code == '" + unit + "')].occupied_beds");
  }

  @Test
  void admissionTransferAndDischarge_showInTheDailyCensus() throws Exception {
    long stay = admit(day.atTime(10, 0));
    mvc.perform(post("/api/v1/stays/{id}/transfer", stay).with(user(bedManager))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"bed\":" + rehabBed + ",\"at\":\"" + day.plusDays(2).atTime(15, 0) + "\"}"))
        .andExpect(status().isOk());
    mvc.perform(post("/api/v1/stays/{id}/discharge", stay).with(user(bedManager))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"discharged_at\":\"" + day.plusDays(4).atTime(9, 0) + "\",\"destination\":\"HOME\"}"))
        .andExpect(status().isOk());

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      assertThat(census(oncology, day.minusDays(1), day.plusDays(5))).containsExactly(0, 1, 1, 0, 0, 0, 0);
      assertThat(census(rehab, day.minusDays(1), day.plusDays(5))).containsExactly(0, 0, 0, 1, 1, 0, 0);
    });
  }

  @Test
  void anotherHospital_seesNoneOfTheseBeds() throws Exception {
    admit(day.atTime(10, 0));
    await().atMost(Duration.ofSeconds(10)).until(() -> census(oncology, day, day).equals(List.of(1)));
    HenUser other = StaysFixture.user(fixture.organisation("HOSPITAL"), Role.QUALITY_MANAGER);
    mvc.perform(get("/api/v1/bed-census").with(user(other)).param("from", day.toString())
            .param("to", day.toString()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items").isEmpty());
  }

  @Test
  void rolesWithoutNeed_areRefused() throws Exception {
    for (Role role : List.of(Role.PHYSICIAN, Role.PARTNER_COORDINATOR, Role.PATIENT_PARTNER)) {
      mvc.perform(get("/api/v1/bed-census").with(user(StaysFixture.user(org, role)))
              .param("from", day.toString()).param("to", day.toString()))
          .andExpect(status().isForbidden());
    }
  }

  @Test
  void periodBackwards_is422NamingTo_andBadDate_is400() throws Exception {
    mvc.perform(get("/api/v1/bed-census").with(user(bedManager)).param("from", day.toString())
            .param("to", day.minusDays(1).toString()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("to"));
    mvc.perform(get("/api/v1/bed-census").with(user(bedManager)).param("from", "2026-02-30")
            .param("to", day.toString()))
        .andExpect(status().isBadRequest());
  }

  @Test
  void censusReadBySystemActor_writesNoPatientView() throws Exception {
    long stay = admit(day.atTime(10, 0));
    await().atMost(Duration.ofSeconds(10)).until(() -> census(oncology, day, day).equals(List.of(1)));
    assertThat(fixture.count("SELECT COUNT(*) FROM audit_event WHERE username = 'system:bed-census'")).isZero();
    assertThat(fixture.count("SELECT COUNT(*) FROM audit_event WHERE resource_id = ? AND action = 'ADMIT' "
        + "AND actor_kind = 'PERSON' AND username = ?", String.valueOf(stay), bedManager.name())).isEqualTo(1);
    assertThat(fixture.count("SELECT COUNT(*) FROM audit_event WHERE resource_id = ? AND actor_kind = 'SYSTEM'",
        String.valueOf(stay))).isZero();
  }

  void cancel(String what, long stay) throws Exception {
    mvc.perform(post("/api/v1/stays/{id}/cancel-" + what, stay).with(user(bedManager))
            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Recorded by mistake\"}"))
        .andExpect(status().is2xxSuccessful());
  }

  @Test
  void cancelledAdmission_leavesTheCensus() throws Exception {
    long stay = admit(day.atTime(10, 0));
    await().atMost(Duration.ofSeconds(10)).until(() -> census(oncology, day, day).equals(List.of(1)));

    cancel("admission", stay);

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      assertThat(census(oncology, day.minusDays(1), day.plusDays(1))).isEmpty();
      assertThat(fixture.count("SELECT COUNT(*) FROM census_placement WHERE stay_id = ?", stay)).isZero();
      assertThat(fixture.count("SELECT COUNT(*) FROM census_stay WHERE stay_id = ?", stay)).isZero();
    });
  }

  @Test
  void cancelledDischarge_countsThePatientAgain() throws Exception {
    long stay = admit(day.atTime(10, 0));
    mvc.perform(post("/api/v1/stays/{id}/discharge", stay).with(user(bedManager))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"discharged_at\":\"" + day.plusDays(2).atTime(9, 0) + "\",\"destination\":\"HOME\"}"))
        .andExpect(status().isOk());
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(census(oncology, day.minusDays(1), day.plusDays(3))).containsExactly(0, 1, 1, 0, 0));

    cancel("discharge", stay);

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(census(oncology, day.minusDays(1), day.plusDays(3))).containsExactly(0, 1, 1, 1, 1));
  }
}

package fr.hen.planning.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The units' age limits in the placement optimiser: an adult unit (18 and over) with a single room, the one a child of
 * ten wishes (a single room), is never suggested for the child, neither when a double room of another unit is free
 * nor when it is the hospital's only bed.
 */
@PostgresIntegrationTest
class PlacementAgeLimitsIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  StaysFixture fixture;
  long org;
  HenUser bedManager;
  String adults;
  long adultBed;

  @BeforeEach
  void hospital() {
    fixture = new StaysFixture(jdbc);
    org = fixture.organisation("HOSPITAL");
    bedManager = StaysFixture.user(org, Role.BED_MANAGER);
    adults = StaysFixture.unique("AD");
    long unitId = fixture.unit(org, adults);
    jdbc.sql("UPDATE unit SET min_age = 18 WHERE id = ?").param(unitId).update();
    long single = fixture.room(unitId, "101", "ANY");
    jdbc.sql("UPDATE room SET capacity = 1 WHERE id = ?").param(single).update();
    adultBed = fixture.bed(single, "A", "FREE", null);
  }

  /** A child of ten on the planned date (from the birth date: no age is given), three nights, a single room wished. */
  long planChild() throws Exception {
    LocalDate date = LocalDate.now().plusDays(1);
    String body = mvc.perform(post("/api/v1/planned-admissions").with(user(bedManager))
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"planned_date":"%s","nights":3,"specialism":"INTERNAL_MEDICINE","sex":"M","preferred_room_size":1,
                 "patient":{"mrn":"%s","family_name":"Petit","given_name":"Léo","birth_date":"%s"}}"""
                .formatted(date, StaysFixture.unique("M"), date.minusYears(10))))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return JsonMapper.shared().readTree(body).path("id").asLong();
  }

  JsonNode placement() throws Exception {
    return JsonMapper.shared().readTree(mvc.perform(get("/api/v1/placement").with(user(bedManager)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }

  /** Starts, waits until the child has a bed (or two seconds when it may have none), stops. */
  JsonNode solved(boolean bedExpected) throws Exception {
    mvc.perform(post("/api/v1/placement/solve").with(user(bedManager))
            .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isAccepted());
    JsonNode placement = placement();
    for (int i = 0; i < (bedExpected ? 200 : 20)
        && !placement.path("suggestions").path(0).hasNonNull("bed_id"); i++) {
      Thread.sleep(100);
      placement = placement();
    }
    return JsonMapper.shared().readTree(mvc.perform(post("/api/v1/placement/stop").with(user(bedManager)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }

  @Test
  void childIsPlacedInAnotherUnitsBed_thoughTheAdultUnitHasTheSingleRoomItWishes() throws Exception {
    String other = StaysFixture.unique("GE");
    long otherBed = fixture.bed(fixture.room(fixture.unit(org, other), "201", "ANY"), "A", "FREE", null);
    long child = planChild();
    JsonNode placement = solved(true);
    JsonNode suggestion = placement.path("suggestions").get(0);
    assertThat(suggestion.path("planned_admission_id").asLong()).isEqualTo(child);
    assertThat(suggestion.path("age").asInt()).isEqualTo(10);
    assertThat(suggestion.path("bed_id").asLong()).isEqualTo(otherBed);
    assertThat(suggestion.path("unit_code").asText()).isEqualTo(other);
    assertThat(placement.path("score").asText()).isEqualTo("0hard/0medium/-24soft");
    assertThat(suggestion.path("options").findValuesAsString("label")).doesNotContain("101-A");
  }

  @Test
  void childWhoseOnlyBedIsInTheAdultUnit_staysUnplaced_andCannotBePutThere() throws Exception {
    long child = planChild();
    JsonNode placement = solved(false);
    JsonNode suggestion = placement.path("suggestions").get(0);
    assertThat(suggestion.path("planned_admission_id").asLong()).isEqualTo(child);
    assertThat(suggestion.hasNonNull("bed_id")).isFalse();
    assertThat(suggestion.path("options")).isEmpty();
    assertThat(suggestion.path("reasons")).hasSize(1);
    assertThat(suggestion.path("reasons").get(0).path("rule").asText()).isEqualTo("assignEveryPatientToABed");
    assertThat(suggestion.path("reasons").get(0).path("cost").asLong()).isEqualTo(3);
    assertThat(placement.path("score").asText()).isEqualTo("0hard/-3medium/0soft");
    assertThat(placement.path("feasible").asBoolean()).isTrue();
    mvc.perform(post("/placement/suggestions/{id}/bed", child).with(user(bedManager)).with(csrf())
            .param("bedId", String.valueOf(adultBed))).andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flashError", "placement.error.bedDoesNotSuit"));
    assertThat(placement().path("suggestions").get(0).hasNonNull("bed_id")).isFalse();
  }
}

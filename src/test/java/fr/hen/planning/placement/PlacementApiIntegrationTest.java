package fr.hen.planning.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The placement optimiser on a small hospital: a women-only room with one patient in and one free bed, a single room
 * open to all, a men-only room whose bed is blocked; a woman planned tonight and a man tomorrow, both wishing a
 * single room. The only plan without a broken rule puts the man in the single room and the woman beside the
 * in-hospital patient, costing her wish of a single room: 8 × 3 nights.
 */
@PostgresIntegrationTest
class PlacementApiIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  StaysFixture fixture;
  long org;
  String unit;
  long womenBedFree;
  long womenBedTaken;
  long singleBed;
  long blockedBed;
  HenUser bedManager;
  long woman;
  long man;

  @BeforeEach
  void hospital() throws Exception {
    fixture = new StaysFixture(jdbc);
    org = fixture.organisation("HOSPITAL");
    unit = StaysFixture.unique("U");
    long unitId = fixture.unit(org, unit);
    long women = fixture.room(unitId, "101", "FEMALE");
    womenBedTaken = fixture.bed(women, "A", "OCCUPIED", null);
    womenBedFree = fixture.bed(women, "B", "FREE", null);
    long single = fixture.room(unitId, "102", "ANY");
    jdbc.sql("UPDATE room SET capacity = 1 WHERE id = ?").param(single).update();
    singleBed = fixture.bed(single, "A", "FREE", null);
    blockedBed = fixture.bed(fixture.room(unitId, "103", "MALE"), "A", "BLOCKED", "Travaux");
    fixture.admittedStay(org, unitId, womenBedTaken, LocalDateTime.now().minusDays(1));
    bedManager = StaysFixture.user(org, Role.BED_MANAGER);
    woman = plan(bedManager, LocalDate.now(), "F");
    man = plan(bedManager, LocalDate.now().plusDays(1), "M");
  }

  long plan(HenUser user, LocalDate date, String sex) throws Exception {
    String body = mvc.perform(post("/api/v1/planned-admissions").with(user(user))
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"planned_date":"%s","nights":3,"specialism":"INTERNAL_MEDICINE","sex":"%s","age":60,
                 "preferred_room_size":1}""".formatted(date, sex)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return JsonMapper.shared().readTree(body).path("id").asLong();
  }

  JsonNode placement(HenUser user) throws Exception {
    return JsonMapper.shared().readTree(mvc.perform(get("/api/v1/placement").with(user(user)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }

  JsonNode suggestion(JsonNode placement, long plan) {
    for (JsonNode s : placement.path("suggestions")) {
      if (s.path("planned_admission_id").asLong() == plan) {
        return s;
      }
    }
    throw new AssertionError("no suggestion for " + plan + " in " + placement);
  }

  /** Starts, waits for both admissions to be placed, stops. */
  JsonNode solved() throws Exception {
    mvc.perform(post("/api/v1/placement/solve").with(user(bedManager))
            .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isAccepted())
        .andExpect(jsonPath("$.status").value("SOLVING"));
    JsonNode placement = placement(bedManager);
    for (int i = 0; i < 200 && !(suggestion(placement, woman).hasNonNull("bed_id")
        && suggestion(placement, man).hasNonNull("bed_id") && placement.path("feasible").asBoolean()); i++) {
      Thread.sleep(100);
      placement = placement(bedManager);
    }
    return JsonMapper.shared().readTree(mvc.perform(post("/api/v1/placement/stop").with(user(bedManager)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }

  ResultActions accept(HenUser user, long plan, String body) throws Exception {
    return mvc.perform(post("/api/v1/placement/suggestions/{id}/accept", plan).with(user(user))
        .contentType(MediaType.APPLICATION_JSON).content(body == null ? "{}" : body));
  }

  @Test
  void hospitalMapping_placesEachAdmissionInTheOnlyBedThatBreaksNoRule_withItsCostAndReasons() throws Exception {
    JsonNode placement = solved();
    assertThat(placement.path("status").asText()).isEqualTo("STOPPED");
    assertThat(placement.path("in_hospital_patients").asInt()).isEqualTo(1);
    assertThat(placement.path("score").asText()).isEqualTo("0hard/0medium/-24soft");
    JsonNode w = suggestion(placement, woman);
    assertThat(w.path("bed_id").asLong()).isEqualTo(womenBedFree);
    assertThat(w.path("bed_label").asText()).isEqualTo("101-B");
    assertThat(w.path("soft_cost").asLong()).isEqualTo(24);
    assertThat(w.path("reasons").get(0).path("rule").asText()).isEqualTo("preferredMaximumRoomCapacity");
    assertThat(w.path("reasons").get(0).path("cost").asLong()).isEqualTo(24);
    JsonNode m = suggestion(placement, man);
    assertThat(m.path("bed_id").asLong()).isEqualTo(singleBed);
    assertThat(m.path("soft_cost").asLong()).isZero();
    assertThat(m.path("reasons")).isEmpty();
    assertThat(m.path("options").findValuesAsString("label")).doesNotContain("101-B", "103-A");
    assertThat(fixture.count("SELECT COUNT(*) FROM audit_event WHERE resource_type = 'Placement' "
        + "AND resource_id = ?", String.valueOf(org))).isGreaterThanOrEqualTo(2);
  }

  @Test
  void acceptingABedStillOccupied_holdsItWhenItsPatientLeavesByThePlannedDate() throws Exception {
    solved();
    accept(bedManager, woman, "{\"bed_id\":" + womenBedTaken + "}").andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("bed-occupied-then")); // her neighbour has no expected discharge date
    jdbc.sql("UPDATE stay SET expected_discharge_date = ? WHERE bed_id = ? AND status = 'IN_HOSPITAL'")
        .params(LocalDate.now(), womenBedTaken).update();
    accept(bedManager, woman, "{\"bed_id\":" + womenBedTaken + "}").andExpect(status().isOk());
    assertThat(fixture.bedStatus(womenBedTaken)).isEqualTo("OCCUPIED");
    assertThat(fixture.count("SELECT COUNT(*) FROM planned_admission WHERE id = ? AND reserved_bed_id = ?", woman,
        womenBedTaken)).isOne();
  }

  @Test
  void solveWithoutABody_startsWithoutTransfers() throws Exception {
    mvc.perform(post("/api/v1/placement/solve").with(user(bedManager))).andExpect(status().isAccepted())
        .andExpect(jsonPath("$.transfers_allowed").value(false));
    mvc.perform(post("/api/v1/placement/stop").with(user(bedManager))).andExpect(status().isOk());
  }

  @Test
  void secondStartWhileSolving_is409_andStopEndsIt() throws Exception {
    mvc.perform(post("/api/v1/placement/solve").with(user(bedManager))
            .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isAccepted());
    mvc.perform(post("/api/v1/placement/solve").with(user(bedManager))
            .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("placement-running"));
    mvc.perform(post("/api/v1/placement/stop").with(user(bedManager))).andExpect(status().isOk());
    JsonNode placement = placement(bedManager);
    for (int i = 0; i < 100 && placement.path("status").asText().equals("SOLVING"); i++) {
      Thread.sleep(100);
      placement = placement(bedManager);
    }
    assertThat(placement.path("status").asText()).isEqualTo("STOPPED");
    mvc.perform(post("/api/v1/placement/solve").with(user(bedManager))
            .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isAccepted());
    mvc.perform(post("/api/v1/placement/stop").with(user(bedManager))).andExpect(status().isOk());
  }

  @Test
  void twoStartsAtOnce_oneRuns_theOtherIs409() throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.Callable<Integer> start = () -> {
        go.await();
        return mvc.perform(post("/api/v1/placement/solve").with(user(bedManager))
            .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse()
            .getStatus();
      };
      var first = pool.submit(start);
      var second = pool.submit(start);
      go.countDown();
      assertThat(java.util.List.of(first.get(), second.get())).containsExactlyInAnyOrder(202, 409);
    } finally {
      pool.shutdown();
      mvc.perform(post("/api/v1/placement/stop").with(user(bedManager))).andExpect(status().isOk());
    }
  }

  @Test
  void accept_reservesTheSuggestedBed_andAcceptingTwiceReservesOnce() throws Exception {
    solved();
    accept(bedManager, woman, null).andExpect(status().isOk());
    accept(bedManager, woman, null).andExpect(status().isOk());
    assertThat(fixture.bedStatus(womenBedFree)).isEqualTo("RESERVED");
    assertThat(fixture.count("SELECT COUNT(*) FROM planned_admission WHERE id = ? AND reserved_bed_id = ?", woman,
        womenBedFree)).isEqualTo(1);
    assertThat(suggestion(placement(bedManager), woman).path("accepted").asBoolean()).isTrue();
    accept(bedManager, man, "{\"bed_id\":" + womenBedFree + "}").andExpect(status().isConflict());
    assertThat(fixture.bedStatus(singleBed)).isEqualTo("FREE");
  }

  @Test
  void anotherHospitalsIds_are404_andItsOwnPlacementIsEmpty() throws Exception {
    solved();
    long otherOrg = fixture.organisation("HOSPITAL");
    HenUser otherManager = StaysFixture.user(otherOrg, Role.BED_MANAGER);
    long otherBed = fixture.freeBed(otherOrg, StaysFixture.unique("U"));
    long otherPlan = plan(otherManager, LocalDate.now().plusDays(1), "F");
    assertThat(placement(otherManager).path("status").asText()).isEqualTo("NONE");
    accept(otherManager, woman, null).andExpect(status().isNotFound());
    accept(otherManager, woman, "{\"bed_id\":" + otherBed + "}").andExpect(status().isNotFound());
    accept(bedManager, otherPlan, null).andExpect(status().isNotFound());
    accept(bedManager, woman, "{\"bed_id\":" + otherBed + "}").andExpect(status().isNotFound());
    assertThat(fixture.bedStatus(otherBed)).isEqualTo("FREE");
    assertThat(fixture.bedStatus(womenBedFree)).isEqualTo("FREE");
  }

  @Test
  void page_showsTheSuggestionsWithWhy_andAcceptsOne() throws Exception {
    String empty = mvc.perform(get("/placement").with(user(bedManager))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(empty).contains("Suggestions de placement").contains("Aucune optimisation");
    solved();
    String page = mvc.perform(get("/placement").with(user(bedManager))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains(unit + " 101-B").contains(unit + " 102-A").contains("Optimisation arrêtée")
        .contains("Chambre plus grande que souhaité : 24").contains("<label for=\"bed-" + man + "\"");
    mvc.perform(post("/placement/suggestions/{id}/accept", woman).with(user(bedManager)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(fixture.bedStatus(womenBedFree)).isEqualTo("RESERVED");
    mvc.perform(post("/placement/suggestions/{id}/bed", man).with(user(bedManager)).with(csrf())
        .param("bedId", String.valueOf(womenBedFree))).andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flashError", "placement.error.bedDoesNotSuit"));
  }

  @Test
  void otherRoles_areForbidden() throws Exception {
    mvc.perform(get("/api/v1/placement").with(user(StaysFixture.user(org, Role.PHYSICIAN))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/placement").with(user(StaysFixture.user(org, Role.PHYSICIAN)))).andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/placement/solve").with(user(StaysFixture.user(org, Role.DISCHARGE_COORDINATOR))))
        .andExpect(status().isForbidden());
  }
}

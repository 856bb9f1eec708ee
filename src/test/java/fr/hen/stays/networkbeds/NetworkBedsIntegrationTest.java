package fr.hen.stays.networkbeds;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@PostgresIntegrationTest
class NetworkBedsIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  TwoHospitals hospitals;
  HenUser bedManager;

  @BeforeEach
  void hospitals() {
    hospitals = new TwoHospitals(jdbc);
    bedManager = StaysFixture.user(hospitals.own, Role.BED_MANAGER);
  }

  @Test
  void ownHospital_showsExactFigures() throws Exception {
    String own = "$.hospitals[?(@.id == " + hospitals.own + ")]";
    ResultActions api = mvc.perform(get("/api/v1/network/beds").with(user(bedManager))).andExpect(status().isOk());
    api.andExpect(jsonPath(own + ".own", contains(true)))
        .andExpect(jsonPath(own + ".figures.beds.value", contains(7)))
        .andExpect(jsonPath(own + ".figures.available.value", contains(6)))
        .andExpect(jsonPath(own + ".figures.occupied.value", contains(2)))
        .andExpect(jsonPath(own + ".figures.free.value", contains(3)))
        .andExpect(jsonPath(own + ".figures.blocked.value", contains(1)))
        .andExpect(jsonPath(own + ".figures.occupancy_percent.value", contains(33.3)))
        .andExpect(jsonPath(own + ".figures.medically_ready.value", contains(1)))
        .andExpect(jsonPath(own + ".figures.discharges.value", contains(3)))
        .andExpect(jsonPath(own + ".figures.mean_length_of_stay_days.value", contains(3.0)))
        .andExpect(jsonPath(own + ".figures.discharged_before_noon_percent.value", contains(66.7)))
        .andExpect(jsonPath(own + ".figures.blocked.suppressed", contains(false)));
  }

  @Test
  void otherHospital_hidesCountsUnderFive_andShowsTheRest() throws Exception {
    String other = "$.hospitals[?(@.id == " + hospitals.other + ")].figures";
    mvc.perform(get("/api/v1/network/beds").with(user(bedManager))).andExpect(status().isOk())
        .andExpect(jsonPath(other + ".free.value", contains(2)))
        .andExpect(jsonPath(other + ".free.suppressed", contains(false)))
        .andExpect(jsonPath(other + ".blocked.value", contains(0)))
        .andExpect(jsonPath(other + ".medically_ready.suppression", contains("UNDER_FIVE")))
        .andExpect(jsonPath(other + ".beds.value", contains(10)))
        .andExpect(jsonPath(other + ".discharged_before_noon_percent.suppression", contains("UNDER_FIVE")))
        .andExpect(jsonPath(other + ".available.value", contains(10)))
        .andExpect(jsonPath(other + ".occupied.value", contains(8)))
        .andExpect(jsonPath(other + ".occupancy_percent.value", contains(80.0)))
        .andExpect(jsonPath(other + ".discharges.value", contains(6)))
        .andExpect(jsonPath(other + ".mean_length_of_stay_days.value", contains(1.0)))
        .andExpect(jsonPath("$.total.medically_ready.suppression").value("COMPLEMENTARY"));
  }

  @Test
  void networkCoordinator_ofNoHospital_seesSmallCountsOfEveryHospitalSuppressed() throws Exception {
    HenUser coordinator = StaysFixture.user(new StaysFixture(jdbc).organisation("NETWORK"),
        Role.NETWORK_COORDINATOR);
    String own = "$.hospitals[?(@.id == " + hospitals.own + ")].figures";
    mvc.perform(get("/api/v1/network/beds").with(user(coordinator))).andExpect(status().isOk())
        .andExpect(jsonPath(own + ".occupied.value", contains(2)))
        .andExpect(jsonPath(own + ".medically_ready.suppression", contains("UNDER_FIVE")))
        .andExpect(jsonPath(own + ".mean_length_of_stay_days.suppression", contains("UNDER_FIVE")))
        .andExpect(jsonPath(own + ".available.value", contains(6)));
  }

  @Test
  void partners_andPatientPartners_areForbidden() throws Exception {
    for (Role role : new Role[] {Role.PARTNER_COORDINATOR, Role.PATIENT_PARTNER}) {
      HenUser someone = StaysFixture.user(hospitals.own, role);
      mvc.perform(get("/api/v1/network/beds").with(user(someone))).andExpect(status().isForbidden());
      mvc.perform(get("/network/beds").with(user(someone))).andExpect(status().isForbidden());
    }
  }

  @Test
  void page_rendersInFrench_withTableChartAndSuppressedCells() throws Exception {
    HenUser quality = StaysFixture.user(hospitals.own, Role.QUALITY_MANAGER);
    mvc.perform(get("/network/beds").with(user(quality))).andExpect(status().isOk())
        .andExpect(content().string(containsString("<h1>Vue réseau des lits</h1>")))
        .andExpect(content().string(containsString("id=\"occupancy-chart\" role=\"img\"")))
        .andExpect(content().string(containsString("<script type=\"application/json\" id=\"occupancy-data\">")))
        .andExpect(content().string(containsString("\"value\":80.0")))
        .andExpect(content().string(containsString("title=\"Moins de 5 : masqué au titre du secret statistique\">&lt;5</abbr>")))
        .andExpect(content().string(containsString("<th scope=\"col\" class=\"num\">Taux d&#39;occupation</th>")))
        .andExpect(content().string(containsString("33,3 %")))
        .andExpect(content().string(containsString("<script src=\"/webjars/echarts/")))
        .andExpect(content().string(containsString("/js/network-chart.js")));
  }
}

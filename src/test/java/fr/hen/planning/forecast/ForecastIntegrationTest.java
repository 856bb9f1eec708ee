package fr.hen.planning.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
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
 * The forecast API and page on a small hospital: a unit of three beds (one blocked) with a patient admitted two
 * days ago and one discharged, read through the stays module's published APIs; scoping, roles, the empty hospital.
 */
@PostgresIntegrationTest
class ForecastIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  StaysFixture fixture;
  long org;
  String unit;
  HenUser bedManager;

  @BeforeEach
  void hospital() {
    fixture = new StaysFixture(jdbc);
    org = fixture.organisation("HOSPITAL");
    unit = StaysFixture.unique("F");
    long unitId = fixture.unit(org, unit);
    long room = fixture.room(unitId, "101", "ANY");
    long occupied = fixture.bed(room, "A", "OCCUPIED", null);
    fixture.bed(room, "B", "FREE", null);
    fixture.bed(fixture.room(unitId, "102", "ANY"), "A", "BLOCKED", "Travaux");
    fixture.admittedStay(org, unitId, occupied, LocalDateTime.now().minusDays(2).withHour(10));
    long left = fixture.admittedStay(org, unitId, fixture.bed(fixture.room(unitId, "103", "ANY"), "A", "FREE",
        null), LocalDateTime.now().minusDays(3).withHour(9));
    jdbc.sql("UPDATE stay SET status = 'DISCHARGED', bed_id = NULL, discharged_at = :at, "
            + "discharge_destination = 'HOME' WHERE id = :id")
        .param("at", LocalDateTime.now().minusDays(1).withHour(11)).param("id", left).update();
    jdbc.sql("INSERT INTO movement (stay_id, kind, occurred_at, from_unit_id, created_at, created_by) "
            + "VALUES (:stay, 'DISCHARGE', :at, :unit, CURRENT_TIMESTAMP, 'fixture')")
        .param("stay", left).param("at", LocalDateTime.now().minusDays(1).withHour(11)).param("unit", unitId)
        .update();
    bedManager = StaysFixture.user(org, Role.BED_MANAGER);
  }

  @Test
  void forecast_countsThePatientInHospital_andTheUnitsBeds() throws Exception {
    mvc.perform(get("/api/v1/forecast").with(user(bedManager)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.planned_admissions").value("HISTORY"))
        .andExpect(jsonPath("$.units", hasSize(1)))
        .andExpect(jsonPath("$.units[0].unit_code").value(unit))
        .andExpect(jsonPath("$.units[0].beds").value(4))
        .andExpect(jsonPath("$.units[0].available_beds").value(3))
        .andExpect(jsonPath("$.units[0].days", hasSize(7)))
        .andExpect(jsonPath("$.units[0].days[0].day").value(LocalDate.now().toString()))
        // the one stay of the window was discharged after 2 days, the patient has spent 2: S(2 + i) / S(1) = 0
        // (Kaplan–Meier: 1 discharge on day 2 among the 2 stays at risk) — the discharged one is not counted
        .andExpect(jsonPath("$.units[0].days[*].from_current_patients", everyItem(is(0.0))))
        .andExpect(jsonPath("$.total.beds").value(4))
        .andExpect(jsonPath("$.total.unit_code").doesNotExist());
  }

  @Test
  void plannedAdmissionOfTheQueue_countsFromItsDateForItsNights() throws Exception {
    mvc.perform(post("/api/v1/planned-admissions").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"planned_date":"%s","nights":2,"specialism":"MEDICAL_ONCOLOGY","sex":"F","age":64,
                 "required_equipment":[],"preferred_equipment":[],"unit":"%s"}""".formatted(
                LocalDate.now().plusDays(1), unit)))
        .andExpect(status().isCreated());
    mvc.perform(get("/api/v1/forecast").with(user(bedManager)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.planned_admissions").value("QUEUE"))
        .andExpect(jsonPath("$.units[0].days[*].from_planned_admissions")
            .value(contains(0.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0)))
        .andExpect(jsonPath("$.total.days[*].from_planned_admissions")
            .value(contains(0.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0)));
  }

  @Test
  void unitFilter_ownUnit_only_anotherHospitalsUnit_isNotFound() throws Exception {
    long otherOrg = fixture.organisation("HOSPITAL");
    String otherUnit = StaysFixture.unique("X");
    fixture.freeBed(otherOrg, otherUnit);
    fixture.freeBed(org, StaysFixture.unique("G"));
    mvc.perform(get("/api/v1/forecast").with(user(bedManager)).param("unit", unit))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.units", hasSize(1)))
        .andExpect(jsonPath("$.total.beds").value(5));
    mvc.perform(get("/api/v1/forecast").with(user(bedManager)).param("unit", otherUnit))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    mvc.perform(get("/forecast").with(user(bedManager)).param("unit", otherUnit))
        .andExpect(status().isNotFound());
  }

  @Test
  void rolesWithoutNeed_andPartners_areRefused() throws Exception {
    for (Role role : List.of(Role.PHYSICIAN, Role.PATIENT_PARTNER, Role.ADMIN)) {
      mvc.perform(get("/api/v1/forecast").with(user(StaysFixture.user(org, role))))
          .andExpect(status().isForbidden());
    }
    HenUser partner = StaysFixture.user(fixture.organisation("HAD"), Role.PARTNER_COORDINATOR);
    mvc.perform(get("/api/v1/forecast").with(user(partner))).andExpect(status().isForbidden());
    mvc.perform(get("/forecast").with(user(partner))).andExpect(status().isForbidden());
  }

  @Test
  void emptyHospital_getsZeros_andThePageSaysWhy() throws Exception {
    long empty = fixture.organisation("HOSPITAL");
    HenUser manager = StaysFixture.user(empty, Role.BED_MANAGER);
    mvc.perform(get("/api/v1/forecast").with(user(manager)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.units", hasSize(0)))
        .andExpect(jsonPath("$.total.beds").value(0))
        .andExpect(jsonPath("$.total.days[*].expected", everyItem(is(0.0))))
        .andExpect(jsonPath("$.total.days[*].occupancy_percent", everyItem(is((Object) null))));
    mvc.perform(get("/forecast").with(user(manager)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Aucune unité n&#39;est décrite")))
        .andExpect(content().string(not(containsString("forecast-chart-"))));
  }

  @Test
  void page_showsChartsAndTables_andTheAccuracyFragment() throws Exception {
    mvc.perform(get("/forecast").with(user(StaysFixture.user(org, Role.QUALITY_MANAGER))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"forecast-chart-0\"")))
        .andExpect(content().string(containsString("id=\"forecast-chart-1\"")))
        .andExpect(content().string(containsString("<caption>Prévision d&#39;occupation : Établissement</caption>")))
        .andExpect(content().string(containsString("id=\"forecast-data\"")))
        // the chart script reads these names
        .andExpect(content().string(containsString("\"available_beds\":3")))
        .andExpect(content().string(containsString("\"expected\":")))
        .andExpect(content().string(containsString("\"low\":")));
    mvc.perform(get("/forecast").with(user(bedManager)).param("unit", unit).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("7-day occupancy forecast")))
        .andExpect(content().string(not(containsString("id=\"forecast-chart-1\""))));
    mvc.perform(get("/forecast/accuracy").with(user(bedManager)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Naïve, établissement")));
  }

  @Test
  void forecast_readsAsASystemActor_andWritesNoAuditEntry() throws Exception {
    mvc.perform(get("/api/v1/forecast").with(user(bedManager))).andExpect(status().isOk());
    assertThat(fixture.count("SELECT COUNT(*) FROM audit_event WHERE username = 'system:forecast'")).isZero();
    assertThat(fixture.count("SELECT COUNT(*) FROM audit_event WHERE username = ?", bedManager.name())).isZero();
  }
}

package fr.hen.planning.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Transfers of in-hospital patients suggested by the optimiser. Ward: a same-sex double room with a man in bed A and
 * bed B free, a single room with a man in it; a woman planned tonight for three nights. She fits only in the single
 * room: with transfers, its man joins the other in the double room (one transfer, 100); without, she stays unplaced.
 */
@PostgresIntegrationTest
class PlacementTransfersIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  StaysFixture fixture;
  long org;
  String unit;
  long unitId;
  HenUser bedManager;
  long doubleBedFree;
  long singleBed;
  long singleStay;

  @BeforeEach
  void hospital() {
    fixture = new StaysFixture(jdbc);
    org = fixture.organisation("HOSPITAL");
    unit = StaysFixture.unique("U");
    unitId = fixture.unit(org, unit);
    bedManager = StaysFixture.user(org, Role.BED_MANAGER);
  }

  /** The ward of the class comment, and the woman planned; returns her planned admission. */
  long wardWithTwoMenAndAWomanPlanned() throws Exception {
    long same = fixture.room(unitId, "101", "SAME");
    long doubleBedTaken = fixture.bed(same, "A", "OCCUPIED", null);
    doubleBedFree = fixture.bed(same, "B", "FREE", null);
    long single = fixture.room(unitId, "102", "ANY");
    jdbc.sql("UPDATE room SET capacity = 1 WHERE id = ?").param(single).update();
    singleBed = fixture.bed(single, "A", "OCCUPIED", null);
    man(fixture.admittedStay(org, unitId, doubleBedTaken, LocalDateTime.now().minusDays(1)));
    singleStay = man(fixture.admittedStay(org, unitId, singleBed, LocalDateTime.now().minusDays(1)));
    return plan(LocalDate.now(), 3, "F");
  }

  long man(long stay) {
    jdbc.sql("UPDATE patient SET sex = 'M' WHERE id = (SELECT patient_id FROM stay WHERE id = ?)").param(stay)
        .update();
    return stay;
  }

  long plan(LocalDate date, int nights, String sex) throws Exception {
    String body = mvc.perform(post("/api/v1/planned-admissions").with(user(bedManager))
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"planned_date":"%s","nights":%d,"specialism":"INTERNAL_MEDICINE","sex":"%s","age":60}"""
                .formatted(date, nights, sex)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return JsonMapper.shared().readTree(body).path("id").asLong();
  }

  JsonNode placement(HenUser user) throws Exception {
    return JsonMapper.shared().readTree(mvc.perform(get("/api/v1/placement").with(user(user)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }

  /**
   * Starts with this body, waits until {@code done} holds (at most {@code tenths} tenths of a second: up to a minute,
   * since the solver manager runs one solve at a time on two cores and another test's may be running), stops.
   */
  JsonNode solved(String body, int tenths, Predicate<JsonNode> done) throws Exception {
    mvc.perform(post("/api/v1/placement/solve").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
        .content(body)).andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("SOLVING"));
    JsonNode placement = placement(bedManager);
    for (int i = 0; i < tenths && !done.test(placement); i++) {
      Thread.sleep(100);
      placement = placement(bedManager);
    }
    return JsonMapper.shared().readTree(mvc.perform(post("/api/v1/placement/stop").with(user(bedManager)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }

  static Predicate<JsonNode> scoreIs(String score) {
    return p -> p.path("score").asText().equals(score);
  }

  @Test
  void womanFitsOnlyIfAManMoves_withTransfers_oneTransferOf100_herBedTheSingleRoom() throws Exception {
    long woman = wardWithTwoMenAndAWomanPlanned();
    JsonNode placement = solved("{\"transfers\":true}", 600, scoreIs("0hard/0medium/-100soft"));
    assertThat(placement.path("score").asText()).isEqualTo("0hard/0medium/-100soft");
    assertThat(placement.path("transfers_allowed").asBoolean()).isTrue();
    assertThat(placement.path("in_hospital_patients").asInt()).isEqualTo(2);
    JsonNode suggestion = placement.path("suggestions").get(0);
    assertThat(suggestion.path("planned_admission_id").asLong()).isEqualTo(woman);
    assertThat(suggestion.path("bed_id").asLong()).isEqualTo(singleBed);
    assertThat(placement.path("transfers")).hasSize(1);
    JsonNode transfer = placement.path("transfers").get(0);
    assertThat(transfer.path("stay_id").asLong()).isEqualTo(singleStay);
    assertThat(transfer.path("sex").asText()).isEqualTo("M");
    assertThat(transfer.path("from_bed_id").asLong()).isEqualTo(singleBed);
    assertThat(transfer.path("from_bed_label").asText()).isEqualTo("102-A");
    assertThat(transfer.path("from_unit_code").asText()).isEqualTo(unit);
    assertThat(transfer.path("to_bed_id").asLong()).isEqualTo(doubleBedFree);
    assertThat(transfer.path("to_bed_label").asText()).isEqualTo("101-B");
    assertThat(transfer.path("soft_cost").asLong()).isEqualTo(100);
    assertThat(transfer.path("hard_cost").asLong()).isZero();
    assertThat(transfer.path("reasons")).hasSize(1);
    assertThat(transfer.path("reasons").get(0).path("rule").asText()).isEqualTo("transfer");
    assertThat(transfer.path("reasons").get(0).path("cost").asLong()).isEqualTo(100);
  }

  @Test
  void womanFitsOnlyIfAManMoves_withoutTransfers_staysUnplaced_andNoTransferIsListed() throws Exception {
    long woman = wardWithTwoMenAndAWomanPlanned();
    JsonNode placement = solved("{\"transfers\":false}", 20, p -> false);
    assertThat(placement.path("score").asText()).isEqualTo("0hard/-3medium/0soft");
    assertThat(placement.path("transfers_allowed").asBoolean()).isFalse();
    assertThat(placement.path("transfers")).isEmpty();
    JsonNode suggestion = placement.path("suggestions").get(0);
    assertThat(suggestion.path("planned_admission_id").asLong()).isEqualTo(woman);
    assertThat(suggestion.hasNonNull("bed_id")).isFalse();
  }

  /**
   * Two men of internal medicine lodged in a surgery unit (each admitted for a planned admission of that specialism),
   * two free beds in the medicine unit. Outside his specialism a night costs 30 (unit 10, room 20): the one staying
   * ten nights more is moved back (100 instead of 300), the one staying three stays (90 instead of 100).
   */
  @Test
  void patientsLodgedInAnotherSpecialismsUnit_moveBackOnlyWhenItSavesMoreThanATransfer() throws Exception {
    long medicine = fixture.room(unitId, "101", "ANY");
    long medicineBed = fixture.bed(medicine, "A", "FREE", null);
    fixture.bed(medicine, "B", "FREE", null);
    String surgeryCode = StaysFixture.unique("CH");
    long surgery = fixture.unit(org, surgeryCode);
    jdbc.sql("UPDATE unit SET specialism = 'GENERAL_SURGERY' WHERE id = ?").param(surgery).update();
    long surgeryRoom = fixture.room(surgery, "201", "ANY");
    long longBed = fixture.bed(surgeryRoom, "A", "OCCUPIED", null);
    long shortBed = fixture.bed(surgeryRoom, "B", "OCCUPIED", null);
    long longStay = lodged(surgery, longBed, 10);
    lodged(surgery, shortBed, 3);
    JsonNode placement = solved("{\"transfers\":true}", 600, scoreIs("0hard/0medium/-190soft"));
    assertThat(placement.path("score").asText()).isEqualTo("0hard/0medium/-190soft");
    assertThat(placement.path("transfers")).hasSize(1);
    JsonNode transfer = placement.path("transfers").get(0);
    assertThat(transfer.path("stay_id").asLong()).isEqualTo(longStay);
    assertThat(transfer.path("specialism").asText()).isEqualTo("INTERNAL_MEDICINE");
    assertThat(transfer.path("nights").asInt()).isEqualTo(10);
    assertThat(transfer.path("from_unit_code").asText()).isEqualTo(surgeryCode);
    assertThat(transfer.path("to_unit_code").asText()).isEqualTo(unit);
    assertThat(transfer.path("to_bed_label").asText()).startsWith("101-");
    assertThat(transfer.path("soft_cost").asLong()).isEqualTo(100);
    assertThat(medicineBed).isPositive();
  }

  /** A man admitted into this bed for a planned admission of internal medicine, expected to leave in so many days. */
  long lodged(long unitOfBed, long bed, int days) {
    long stay = man(fixture.admittedStay(org, unitOfBed, bed, LocalDateTime.now().minusDays(1)));
    jdbc.sql("UPDATE stay SET expected_discharge_date = ? WHERE id = ?").param(LocalDate.now().plusDays(days))
        .param(stay).update();
    jdbc.sql("""
        INSERT INTO planned_admission (organisation_id, status, planned_date, nights, specialism, sex, age, stay_id,
                                       created_at, created_by)
        VALUES (?, 'ADMITTED', ?, ?, 'INTERNAL_MEDICINE', 'M', 70, ?, CURRENT_TIMESTAMP, 'test')""")
        .param(org).param(LocalDate.now().minusDays(1)).param(days + 1).param(stay).update();
    return stay;
  }

  @Test
  void page_offersTheOption_andShowsTheTransferWithALinkToTheStay_anotherHospitalSeesNothing() throws Exception {
    wardWithTwoMenAndAWomanPlanned();
    String before = mvc.perform(get("/placement").with(user(bedManager))).andExpect(status().isOk()).andReturn()
        .getResponse().getContentAsString();
    assertThat(before).contains("Autoriser des transferts").contains("name=\"transfers\"");
    mvc.perform(post("/placement/solve").with(user(bedManager)).with(csrf()).param("transfers", "true"))
        .andExpect(status().is3xxRedirection());
    JsonNode placement = placement(bedManager);
    for (int i = 0; i < 600 && !placement.path("score").asText().equals("0hard/0medium/-100soft"); i++) {
      Thread.sleep(100);
      placement = placement(bedManager);
    }
    mvc.perform(post("/placement/stop").with(user(bedManager)).with(csrf())).andExpect(status().is3xxRedirection());
    String page = mvc.perform(get("/placement").with(user(bedManager))).andExpect(status().isOk()).andReturn()
        .getResponse().getContentAsString();
    assertThat(page).contains("Transferts suggérés").contains("href=\"/stays/" + singleStay + "\"")
        .contains(unit + " 102-A").contains(unit + " 101-B").contains("Transfert d&#39;un patient hospitalisé : 100")
        .contains("ne déplace personne");
    HenUser otherManager = StaysFixture.user(fixture.organisation("HOSPITAL"), Role.BED_MANAGER);
    JsonNode other = placement(otherManager);
    assertThat(other.path("status").asText()).isEqualTo("NONE");
    assertThat(other.path("transfers")).isEmpty();
    assertThat(mvc.perform(get("/placement").with(user(otherManager))).andReturn().getResponse()
        .getContentAsString()).doesNotContain("/stays/" + singleStay);
    mvc.perform(get("/stays/{id}", singleStay).with(user(otherManager))).andExpect(status().isNotFound());
  }

  @Test
  void acceptAll_reservesAdmissionsOnly_neverMovesAnInHospitalPatient() throws Exception {
    wardWithTwoMenAndAWomanPlanned();
    solved("{\"transfers\":true}", 600, scoreIs("0hard/0medium/-100soft"));
    mvc.perform(post("/api/v1/placement/accept-all").with(user(bedManager))).andExpect(status().isOk())
        .andExpect(jsonPath("$.refused.*").value(contains("bed-occupied-then")));
    assertThat(fixture.count("SELECT COUNT(*) FROM stay WHERE id = ? AND bed_id = ?", singleStay, singleBed))
        .isEqualTo(1);
    assertThat(fixture.bedStatus(singleBed)).isEqualTo("OCCUPIED");
    assertThat(fixture.bedStatus(doubleBedFree)).isEqualTo("FREE");
  }

  @Test
  void solveBody_unknownProperty_orTransfersNotABoolean_is400NamingIt() throws Exception {
    mvc.perform(post("/api/v1/placement/solve").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"transfers\":true,\"moves\":3}")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("moves"))
        .andExpect(jsonPath("$.detail").value("Unknown property 'moves'"));
    mvc.perform(post("/api/v1/placement/solve").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"transfers\":\"yes\"}")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("transfers"));
    assertThat(placement(bedManager).path("status").asText()).isEqualTo("NONE");
  }

  @Test
  void secondStartWithABody_whileOneRuns_is409() throws Exception {
    wardWithTwoMenAndAWomanPlanned();
    try {
      mvc.perform(post("/api/v1/placement/solve").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
          .content("{\"transfers\":true}")).andExpect(status().isAccepted());
      mvc.perform(post("/api/v1/placement/solve").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
              .content("{\"transfers\":false}")).andExpect(status().isConflict())
          .andExpect(jsonPath("$.code").value("placement-running"));
    } finally {
      mvc.perform(post("/api/v1/placement/stop").with(user(bedManager))).andExpect(status().isOk());
    }
  }

  @Test
  void openApi_documentsTheOptionsAndTheTransfers() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(jsonPath("$.components.schemas.PlacementOptions.properties.transfers").exists())
        .andExpect(jsonPath("$.components.schemas.PlacementOptions.additionalProperties").value(false))
        .andExpect(jsonPath("$.components.schemas.PlacementView.properties.transfers.type").value("array"))
        .andExpect(jsonPath("$.components.schemas.PlacementTransfer.properties.stay_id").exists())
        .andExpect(jsonPath("$.components.schemas.PlacementTransfer.properties.to_bed_label").exists());
  }
}

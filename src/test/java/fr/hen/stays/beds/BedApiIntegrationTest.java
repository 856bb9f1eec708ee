package fr.hen.stays.beds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
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
class BedApiIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  StaysFixture fixture;
  long org;
  String unit;
  long freeBed;
  HenUser bedManager;

  @BeforeEach
  void hospital() {
    fixture = new StaysFixture(jdbc);
    org = fixture.organisation("HOSPITAL");
    unit = StaysFixture.unique("U");
    long room = fixture.room(fixture.unit(org, unit), "101", "ANY");
    freeBed = fixture.bed(room, "A", "FREE", null);
    fixture.bed(room, "B", "BLOCKED", "Broken bed frame");
    bedManager = StaysFixture.user(org, Role.BED_MANAGER);
  }

  ResultActions change(long bed, String json) throws Exception {
    return mvc.perform(put("/api/v1/beds/{id}/status", bed).with(user(bedManager))
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }

  @Test
  void units_listBedCountsByStatus_forAnyRoleOfTheHospital() throws Exception {
    mvc.perform(get("/api/v1/units").with(user(StaysFixture.user(org, Role.QUALITY_MANAGER))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].code").value(unit))
        .andExpect(jsonPath("$.items[0].beds").value(2))
        .andExpect(jsonPath("$.items[0].free").value(1))
        .andExpect(jsonPath("$.items[0].blocked").value(1))
        .andExpect(jsonPath("$.total").value(1));
  }

  @Test
  void partnerUser_seesNoUnit() throws Exception {
    HenUser partner = StaysFixture.user(fixture.organisation("SMR"), Role.PARTNER_COORDINATOR);
    mvc.perform(get("/api/v1/units").with(user(partner))).andExpect(status().isOk())
        .andExpect(jsonPath("$.items.length()").value(0)).andExpect(jsonPath("$.total").value(0));
    mvc.perform(get("/api/v1/beds").with(user(partner))).andExpect(status().isOk())
        .andExpect(jsonPath("$.items.length()").value(0)).andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void beds_areFilteredByUnitAndStatus() throws Exception {
    mvc.perform(get("/api/v1/beds").param("unit", unit).param("status", "BLOCKED").with(user(bedManager)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items.length()").value(1)).andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].blocked_reason").value("Broken bed frame"))
        .andExpect(jsonPath("$.items[0].gender_policy").value("ANY"))
        .andExpect(jsonPath("$.items[0].equipment").isEmpty());
  }

  @Test
  void beds_arePagedInBoardOrder() throws Exception {
    long room = fixture.room(jdbc.sql("SELECT id FROM unit WHERE code = :c").param("c", unit).query(Long.class)
        .single(), "102", "ANY");
    long c = fixture.bed(room, "C", "FREE", null);
    long d = fixture.bed(room, "D", "CLEANING", null);
    fixture.bed(room, "E", "FREE", null);

    mvc.perform(get("/api/v1/beds").param("unit", unit).param("size", "2").param("page", "1").with(user(bedManager)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].id").value(contains((int) c, (int) d)))
        .andExpect(jsonPath("$.page").value(1)).andExpect(jsonPath("$.size").value(2))
        .andExpect(jsonPath("$.total").value(5)).andExpect(jsonPath("$.total_pages").value(3));
    mvc.perform(get("/api/v1/beds").param("unit", unit).param("size", "2").param("page", "9").with(user(bedManager)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(0))
        .andExpect(jsonPath("$.total").value(5));
  }

  @Test
  void badStatus_isBadRequest() throws Exception {
    mvc.perform(get("/api/v1/beds").param("status", "BROKEN").with(user(bedManager)))
        .andExpect(status().isBadRequest());
  }

  @Test
  void blockWithoutReason_isRejectedNamingReason() throws Exception {
    change(freeBed, "{\"action\":\"BLOCK\"}").andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
  }

  @Test
  void blockThenUnblock_freesTheBed() throws Exception {
    change(freeBed, "{\"action\":\"BLOCK\",\"reason\":\"Oxygen outlet\"}").andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("BLOCKED"));
    change(freeBed, "{\"action\":\"UNBLOCK\"}").andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("FREE"));
    assertThat(fixture.bedStatus(freeBed)).isEqualTo("FREE");
  }

  @Test
  void occupiedBed_cannotBeBlocked() throws Exception {
    jdbc.sql("UPDATE bed SET status = 'OCCUPIED' WHERE id = ?").param(freeBed).update();
    change(freeBed, "{\"action\":\"BLOCK\",\"reason\":\"x\"}").andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("bed-occupied"));
  }

  @Test
  void physician_cannotChangeBedStatus() throws Exception {
    mvc.perform(put("/api/v1/beds/{id}/status", freeBed).with(user(StaysFixture.user(org, Role.PHYSICIAN)))
            .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"RESERVE\"}"))
        .andExpect(status().isForbidden());
  }
}

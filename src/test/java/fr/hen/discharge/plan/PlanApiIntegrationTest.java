package fr.hen.discharge.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;

/** The plan API: roles, organisation scope, rules, history, audit, versions and request keys. */
@PostgresIntegrationTest
@Transactional
class PlanApiIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  StaysFixture fixture;
  long org;
  HenUser physician;
  HenUser coordinator;
  HenUser bedManager;
  LocalDateTime admittedAt;
  long stay;

  @BeforeEach
  void inHospitalStay() {
    fixture = new StaysFixture(jdbc);
    org = fixture.organisation("HOSPITAL");
    String unit = StaysFixture.unique("U");
    long bed = fixture.freeBed(org, unit);
    long unitId = jdbc.sql("SELECT id FROM unit WHERE organisation_id = ? AND code = ?").params(org, unit)
        .query(Long.class).single();
    admittedAt = LocalDateTime.now().minusDays(3).truncatedTo(ChronoUnit.MINUTES);
    stay = fixture.admittedStay(org, unitId, bed, admittedAt);
    physician = StaysFixture.user(org, Role.PHYSICIAN);
    coordinator = StaysFixture.user(org, Role.DISCHARGE_COORDINATOR);
    bedManager = StaysFixture.user(org, Role.BED_MANAGER);
  }

  static String body(int version, String fields) {
    return "{\"version\":" + version + (fields.isEmpty() ? "" : "," + fields) + "}";
  }

  ResultActions put(HenUser as, long stayId, String json) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.put("/api/v1/stays/{id}/discharge-plan", stayId).with(user(as)).contentType(MediaType.APPLICATION_JSON)
        .content(json));
  }

  ResultActions read(HenUser as, long stayId) throws Exception {
    return mvc.perform(get("/api/v1/stays/{id}/discharge-plan", stayId).with(user(as)));
  }

  long count(String sql, Object... params) {
    return fixture.count(sql, params);
  }

  @Test
  void aStayWithoutPlanYet_getsOneOpenedOnFirstRead_andTheReadIsAudited() throws Exception {
    read(coordinator, stay).andExpect(status().isOk())
        .andExpect(jsonPath("$.stay_id").value(stay))
        .andExpect(jsonPath("$.status").value("IN_HOSPITAL"))
        .andExpect(jsonPath("$.admitted_at").value(startsWith(admittedAt.toString())))
        .andExpect(jsonPath("$.medically_ready").value(false))
        .andExpect(jsonPath("$.needs").isEmpty())
        .andExpect(jsonPath("$.version").value(0));
    assertThat(count("SELECT COUNT(*) FROM discharge_plan WHERE stay_id = ?", stay)).isOne();
    assertThat(count("SELECT COUNT(*) FROM audit_event WHERE resource_type = 'DischargePlan' AND resource_id = ? "
        + "AND action = 'READ' AND username = ? AND patient_id IS NOT NULL", String.valueOf(stay),
        coordinator.getUsername())).isOne();
  }

  @Test
  void coordinator_editsThePlan_everyFieldIsKept_andTheHistoryNamesEachChange() throws Exception {
    LocalDate edd = LocalDate.now().plusDays(4);
    put(coordinator, stay, body(0, """
        "expected_discharge_date":"%s","edd_reason":"Attente du bilan","needs":["PARENTERAL_NUTRITION",
        "HOME_CHEMOTHERAPY","HOME_CHEMOTHERAPY"],"gir":3,"lives_alone":true,"carer":"FAMILY",
        "housing":"FLAT_WITHOUT_LIFT","home_postcode":" 59000 ","home_town":"Lille","destination_type":"HAD",
        "checklist":["TRANSPORT","GP_INFORMED"]""".formatted(edd)))
        .andExpect(status().isOk())
        .andExpect(header().string("Idempotent-Replayed", "false"))
        .andExpect(jsonPath("$.expected_discharge_date").value(edd.toString()))
        .andExpect(jsonPath("$.needs[0]").value("HOME_CHEMOTHERAPY"))
        .andExpect(jsonPath("$.needs[1]").value("PARENTERAL_NUTRITION"))
        .andExpect(jsonPath("$.needs.length()").value(2))
        .andExpect(jsonPath("$.gir").value(3))
        .andExpect(jsonPath("$.home_postcode").value("59000"))
        .andExpect(jsonPath("$.checklist[0]").value("GP_INFORMED"))
        .andExpect(jsonPath("$.version").value(1))
        .andExpect(jsonPath("$.updated_by").value(coordinator.getUsername()));
    assertThat(count("SELECT COUNT(*) FROM stay WHERE id = ? AND expected_discharge_date = ?", stay, edd)).isOne();
    mvc.perform(get("/api/v1/stays/{id}/discharge-plan/history", stay).with(user(bedManager)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(10))
        .andExpect(jsonPath("$.items[?(@.field == 'expected_discharge_date')].reason").value("Attente du bilan"))
        .andExpect(jsonPath("$.items[?(@.field == 'expected_discharge_date')].new_value").value(edd.toString()))
        .andExpect(jsonPath("$.items[?(@.field == 'needs')].new_value")
            .value("HOME_CHEMOTHERAPY,PARENTERAL_NUTRITION"))
        .andExpect(jsonPath("$.items[0].changed_by").value(coordinator.getUsername()));
    assertThat(count("SELECT COUNT(*) FROM audit_event WHERE resource_type = 'DischargePlan' AND resource_id = ? "
        + "AND action = 'UPDATE'", String.valueOf(stay))).isOne();
    assertThat(count("SELECT COUNT(*) FROM audit_event WHERE resource_type = 'DischargePlan' AND resource_id = ? "
        + "AND action = 'READ' AND detail = 'discharge plan history'", String.valueOf(stay))).isOne();
  }

  @Test
  void everyEddChange_isKeptOldToNew_newestFirst() throws Exception {
    LocalDate first = LocalDate.now().plusDays(2);
    put(physician, stay, body(0, "\"expected_discharge_date\":\"" + first + "\"")).andExpect(status().isOk());
    put(physician, stay, body(1, "\"expected_discharge_date\":\"" + first.plusDays(3)
        + "\",\"edd_reason\":\"Place en SMR dans 5 jours\"")).andExpect(status().isOk());
    put(physician, stay, body(2, "")).andExpect(status().isOk());
    mvc.perform(get("/api/v1/stays/{id}/discharge-plan/history", stay).with(user(physician)))
        .andExpect(jsonPath("$.items.length()").value(3))
        .andExpect(jsonPath("$.items[0].old_value").value(first.plusDays(3).toString()))
        .andExpect(jsonPath("$.items[0].new_value").doesNotExist())
        .andExpect(jsonPath("$.items[1].old_value").value(first.toString()))
        .andExpect(jsonPath("$.items[1].reason").value("Place en SMR dans 5 jours"))
        .andExpect(jsonPath("$.items[2].old_value").doesNotExist());
    assertThat(count("SELECT COUNT(*) FROM stay WHERE id = ? AND expected_discharge_date IS NULL", stay)).isOne();
  }

  @Test
  void physician_setsMedicallyReady_now_orBackDated_andClearsIt() throws Exception {
    put(physician, stay, body(0, "\"medically_ready\":true")).andExpect(status().isOk())
        .andExpect(jsonPath("$.medically_ready").value(true));
    assertThat(count("SELECT COUNT(*) FROM stay WHERE id = ? AND medically_ready_at IS NOT NULL", stay)).isOne();
    LocalDateTime earlier = admittedAt.plusHours(5);
    put(physician, stay, body(1, "\"medically_ready\":true,\"medically_ready_at\":\"" + earlier + "\""))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.medically_ready_at").value(startsWith(earlier.toString())));
    assertThat(count("SELECT COUNT(*) FROM stay WHERE id = ? AND medically_ready_at = ?", stay, earlier)).isOne();
    put(physician, stay, body(2, "\"medically_ready\":false")).andExpect(status().isOk())
        .andExpect(jsonPath("$.medically_ready").value(false))
        .andExpect(jsonPath("$.medically_ready_at").doesNotExist());
    assertThat(count("SELECT COUNT(*) FROM stay WHERE id = ? AND medically_ready_at IS NULL", stay)).isOne();
    assertThat(count("SELECT COUNT(*) FROM discharge_plan_change WHERE stay_id = ? AND field = 'medically_ready_at'",
        stay)).isEqualTo(3);
  }

  @Test
  void coordinatorOrBedManager_settingOrClearingMedicallyReady_isForbidden_andNothingChanges() throws Exception {
    put(coordinator, stay, body(0, "\"medically_ready\":true,\"gir\":2")).andExpect(status().isForbidden());
    put(bedManager, stay, body(0, "\"medically_ready_at\":\"" + admittedAt.plusHours(1) + "\""))
        .andExpect(status().isForbidden());
    assertThat(count("SELECT COUNT(*) FROM discharge_plan WHERE stay_id = ? AND gir IS NULL AND version = 0",
        stay)).isOne();
    put(physician, stay, body(0, "\"medically_ready\":true")).andExpect(status().isOk());
    put(coordinator, stay, body(1, "\"medically_ready\":false")).andExpect(status().isForbidden());
    assertThat(count("SELECT COUNT(*) FROM stay WHERE id = ? AND medically_ready_at IS NOT NULL", stay)).isOne();
  }

  @Test
  void coordinator_leavingMedicallyReadyAsItWas_editsTheRest() throws Exception {
    String ready = put(physician, stay, body(0, "\"medically_ready\":true")).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    String at = com.jayway.jsonpath.JsonPath.read(ready, "$.medically_ready_at");
    put(coordinator, stay, body(1, "\"gir\":4")).andExpect(status().isOk())
        .andExpect(jsonPath("$.medically_ready").value(true));
    put(coordinator, stay, body(2, "\"medically_ready\":true,\"medically_ready_at\":\"" + at + "\",\"gir\":5"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.gir").value(5))
        .andExpect(jsonPath("$.medically_ready_at").value(at));
  }

  @Test
  void rulesOnDates_answer422NamingTheField_andNothingIsWritten() throws Exception {
    expect422(body(0, "\"expected_discharge_date\":\"" + admittedAt.toLocalDate().minusDays(1) + "\""),
        "expected_discharge_date");
    expect422(body(0, "\"expected_discharge_date\":\"" + admittedAt.toLocalDate().plusDays(366) + "\""),
        "expected_discharge_date");
    expect422(body(0, "\"medically_ready_at\":\"" + LocalDateTime.now().plusHours(2).withNano(0) + "\""),
        "medically_ready_at");
    expect422(body(0, "\"medically_ready\":true,\"medically_ready_at\":\"" + admittedAt.minusMinutes(1) + "\""),
        "medically_ready_at");
    expect422(body(0, "\"expected_discharge_date\":\"" + LocalDate.now() + "\",\"edd_reason\":\"\u200b\""),
        "edd_reason");
    put(physician, stay, body(0, "\"expected_discharge_date\":\"" + admittedAt.toLocalDate() + "\""))
        .andExpect(status().isOk());
  }

  @Test
  void rulesOnNeedsAndSituation_answer422NamingTheField() throws Exception {
    expect422(body(0, "\"needs\":[\"HOME_CHEMOTHERAPY\",\"TELEPORTATION\"]"), "needs[1]");
    expect422(body(0, "\"gir\":0"), "gir");
    expect422(body(0, "\"gir\":7"), "gir");
    expect422(body(0, "\"home_postcode\":\"5900\""), "home_postcode");
    expect422(body(0, "\"home_postcode\":\"00100\""), "home_postcode");
    expect422(body(0, "\"home_postcode\":\"59 000\""), "home_postcode");
    expect422(body(0, "\"home_town\":\"\u200b\u200b\""), "home_town");
    expect422(body(0, "\"home_town\":\"" + "L".repeat(101) + "\""), "home_town");
    assertThat(count("SELECT COUNT(*) FROM discharge_plan_change WHERE stay_id = ?", stay)).isZero();
  }

  void expect422(String json, String field) throws Exception {
    put(physician, stay, json).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value(field));
    assertThat(count("SELECT COUNT(*) FROM discharge_plan WHERE stay_id = ? AND version > 0", stay)).isZero();
  }

  @Test
  void badCodesAndUnknownProperties_are400() throws Exception {
    put(physician, stay, body(0, "\"carer\":\"NEIGHBOUR\"")).andExpect(status().isBadRequest());
    put(physician, stay, body(0, "\"checklist\":[\"CAKE\"]")).andExpect(status().isBadRequest());
    put(physician, stay, body(0, "\"expectedDischargeDate\":\"2026-01-01\"")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("expectedDischargeDate"));
  }

  @Test
  void missingVersion_isRefused() throws Exception {
    put(physician, stay, "{\"gir\":2}").andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("version"));
  }

  @Test
  void staleVersion_is409StalePlan_andNothingChanges() throws Exception {
    put(physician, stay, body(0, "\"gir\":2")).andExpect(status().isOk());
    put(coordinator, stay, body(0, "\"gir\":5")).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("stale-plan"));
    assertThat(count("SELECT COUNT(*) FROM discharge_plan WHERE stay_id = ? AND gir = 2 AND version = 1", stay))
        .isOne();
  }

  @Test
  void unchangedPlan_writesNoHistory_andKeepsItsVersion() throws Exception {
    put(physician, stay, body(0, "\"gir\":2")).andExpect(status().isOk());
    put(physician, stay, body(1, "\"gir\":2")).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
    assertThat(count("SELECT COUNT(*) FROM discharge_plan_change WHERE stay_id = ?", stay)).isOne();
  }

  @Test
  void repeatedIdempotencyKey_changesThePlanOnce() throws Exception {
    for (int i = 0; i < 2; i++) {
      mvc.perform(MockMvcRequestBuilders.put("/api/v1/stays/{id}/discharge-plan", stay).with(user(physician))
              .header("Idempotency-Key", "plan-key-1").contentType(MediaType.APPLICATION_JSON)
              .content(body(0, "\"expected_discharge_date\":\"" + LocalDate.now().plusDays(1) + "\"")))
          .andExpect(status().isOk())
          .andExpect(header().string("Idempotent-Replayed", String.valueOf(i == 1)))
          .andExpect(jsonPath("$.version").value(1));
    }
    assertThat(count("SELECT COUNT(*) FROM discharge_plan_change WHERE stay_id = ?", stay)).isOne();
  }

  @Test
  void anotherOrganisationsStay_isNotFound_forReadWriteAndHistory() throws Exception {
    read(physician, stay).andExpect(status().isOk());
    HenUser stranger = StaysFixture.user(fixture.organisation("HOSPITAL"), Role.PHYSICIAN);
    read(stranger, stay).andExpect(status().isNotFound());
    put(stranger, stay, body(0, "\"gir\":2")).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/stays/{id}/discharge-plan/history", stay).with(user(stranger)))
        .andExpect(status().isNotFound());
    assertThat(count("SELECT COUNT(*) FROM discharge_plan WHERE stay_id = ? AND version = 0", stay)).isOne();
  }

  @Test
  void otherRoles_areForbidden() throws Exception {
    for (Role role : new Role[] {Role.QUALITY_MANAGER, Role.ADMIN, Role.NETWORK_COORDINATOR}) {
      read(StaysFixture.user(org, role), stay).andExpect(status().isForbidden());
      put(StaysFixture.user(org, role), stay, body(0, "\"gir\":2")).andExpect(status().isForbidden());
    }
  }

  @Test
  void dischargedStaysPlan_isReadOnly() throws Exception {
    read(physician, stay).andExpect(status().isOk());
    jdbc.sql("UPDATE discharge_plan SET status = 'DISCHARGED', discharged_at = ? WHERE stay_id = ?")
        .params(LocalDateTime.now().minusHours(1), stay).update();
    put(physician, stay, body(0, "\"gir\":2")).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("plan-closed"));
    read(coordinator, stay).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DISCHARGED"));
  }

  @Test
  void stayDischargedBeforeItsPlanFollowed_isRefusedByTheStaysCopy() throws Exception {
    read(physician, stay).andExpect(status().isOk());
    jdbc.sql("UPDATE stay SET status = 'DISCHARGED', discharged_at = ?, discharge_destination = 'HOME' "
        + "WHERE id = ?").params(LocalDateTime.now().minusHours(1), stay).update();
    put(physician, stay, body(0, "\"expected_discharge_date\":\"" + LocalDate.now() + "\""))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("stay-discharged"));
    assertThat(count("SELECT COUNT(*) FROM discharge_plan WHERE stay_id = ? AND version = 0", stay)).isOne();
  }
}

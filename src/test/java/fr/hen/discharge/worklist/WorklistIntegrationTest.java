package fr.hen.discharge.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import fr.hen.discharge.DischargeFixture;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The worklist on the API and the page, on PostgreSQL, with the clock fixed: four patients of one hospital in two
 * units (ready six days ago; refused by three partners; expected to leave today; nothing yet) and one of another
 * hospital.
 */
@PostgresIntegrationTest
@Transactional
class WorklistIntegrationTest {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 14, 10, 30);

  @TestBean Clock clock;

  static Clock clock() {
    ZoneId zone = ZoneId.systemDefault();
    return Clock.fixed(NOW.atZone(zone).toInstant(), zone);
  }

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  StaysFixture fixture;
  DischargeFixture discharge;
  long hospital;
  String medUnit;
  String surgUnit;
  long ready;
  long refused;
  long eddToday;
  long quiet;
  long elsewhere;
  HenUser coordinator;

  @BeforeEach
  void world() {
    fixture = new StaysFixture(jdbc);
    discharge = new DischargeFixture(jdbc);
    hospital = fixture.organisation("HOSPITAL");
    medUnit = StaysFixture.unique("MED");
    surgUnit = StaysFixture.unique("CHI");
    long med = fixture.unit(hospital, medUnit);
    long surg = fixture.unit(hospital, surgUnit);
    long medRoom = fixture.room(med, "101", "ANY");
    long surgRoom = fixture.room(surg, "201", "ANY");
    ready = stay(hospital, med, medRoom, "A", "Lefèvre");
    refused = stay(hospital, med, medRoom, "B", "Bernard");
    eddToday = stay(hospital, surg, surgRoom, "A", "Colin");
    quiet = stay(hospital, surg, surgRoom, "B", "Dupont");
    discharge.plan(ready, hospital, "", null, null, null, null, NOW.minusDays(6));
    discharge.plan(refused, hospital, "", null, null, null, null, null);
    discharge.plan(eddToday, hospital, "", null, null, null, NOW.toLocalDate(), null);
    discharge.plan(quiet, hospital, "", null, null, null, NOW.toLocalDate().plusDays(4), null);
    for (int i = 0; i < 3; i++) {
      long partner = fixture.organisation("SMR");
      discharge.referral(hospital, refused, partner, "SMR", "REFUSED", NOW.minusDays(2));
    }
    long other = fixture.organisation("HOSPITAL");
    long otherUnit = fixture.unit(other, StaysFixture.unique("O"));
    elsewhere = stay(other, otherUnit, fixture.room(otherUnit, "1", "ANY"), "A", "Étranger");
    discharge.plan(elsewhere, other, "", null, null, null, null, NOW.minusDays(9));
    coordinator = StaysFixture.user(hospital, Role.DISCHARGE_COORDINATOR);
  }

  long stay(long org, long unit, long room, String bed, String family) {
    long id = fixture.admittedStay(org, unit, fixture.bed(room, bed, "OCCUPIED", null), NOW.minusDays(8));
    jdbc.sql("UPDATE patient SET family_name = ? WHERE id = (SELECT patient_id FROM stay WHERE id = ?)")
        .params(family, id).update();
    return id;
  }

  JsonNode worklist(HenUser as, String query) throws Exception {
    String body = mvc.perform(get("/api/v1/discharge/worklist" + query).with(user(as)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    return JsonMapper.shared().readTree(body);
  }

  static List<Long> ids(JsonNode json) {
    return json.path("patients").path("items").valueStream().map(p -> p.path("stay_id").asLong()).toList();
  }

  @Test
  void patients_comeMostUrgentFirst_withTheirReasons() throws Exception {
    JsonNode json = worklist(coordinator, "");
    assertThat(ids(json)).containsExactly(ready, refused, eddToday, quiet);
    assertThat(json.path("today").asText()).isEqualTo("2026-03-14");
    JsonNode first = json.path("patients").path("items").get(0);
    assertThat(first.path("waiting_days").asInt()).isEqualTo(6);
    assertThat(first.path("reasons").valueStream().map(r -> r.path("text").asText()).toList())
        .contains("Médicalement prêt depuis 6 jour(s)", "Aucune demande envoyée");
    assertThat(json.path("patients").path("items").get(1).path("refusals").asInt()).isEqualTo(3);
    assertThat(json.path("patients").path("items").get(2).path("edd_overdue_days").asInt()).isZero();
    assertThat(json.path("units").valueStream().map(u -> u.path("code").asText()).toList())
        .containsExactlyInAnyOrder(medUnit, surgUnit);
  }

  @Test
  void dacEscalation_flagsBothTriggers_andLinksToTheDacMatches() throws Exception {
    JsonNode items = worklist(coordinator, "?state=DAC").path("patients").path("items");
    assertThat(items.valueStream().map(p -> p.path("stay_id").asLong()).toList()).containsExactly(ready, refused);
    assertThat(items.get(0).path("dac_reasons").get(0).asText()).isEqualTo("WAITING_TOO_LONG");
    assertThat(items.get(1).path("dac_reasons").get(0).asText()).isEqualTo("REFUSED_BY_THREE");
    assertThat(items.get(1).path("dac_link").asText()).isEqualTo("/stays/" + refused + "/partners?type=DAC");
  }

  @Test
  void waitingExactlyTheDelay_isNotYetEscalated() throws Exception {
    jdbc.sql("UPDATE discharge_plan SET medically_ready_at = ? WHERE stay_id = ?")
        .params(NOW.minusDays(5), ready).update();
    assertThat(ids(worklist(coordinator, "?state=DAC"))).containsExactly(refused);
  }

  @Test
  void filters_byUnit_state_andName() throws Exception {
    assertThat(ids(worklist(coordinator, "?unit=" + surgUnit))).containsExactly(eddToday, quiet);
    assertThat(ids(worklist(coordinator, "?state=EDD_DUE"))).containsExactly(eddToday);
    assertThat(ids(worklist(coordinator, "?state=READY"))).containsExactly(ready);
    assertThat(ids(worklist(coordinator, "?q=lefevre"))).containsExactly(ready);
    assertThat(ids(worklist(coordinator, "?size=2&page=1"))).containsExactly(eddToday, quiet);
  }

  @Test
  void anotherHospitalsPatients_areNeverShown() throws Exception {
    assertThat(ids(worklist(coordinator, ""))).doesNotContain(elsewhere);
  }

  @Test
  void theView_isAuditedAsOneReadOfThePatientsShown() throws Exception {
    worklist(coordinator, "?size=2");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE detail LIKE 'discharge worklist%' AND username = ?")
        .param(coordinator.name()).query(Long.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("""
            SELECT COUNT(*) FROM audit_event_patient ap JOIN audit_event a ON a.id = ap.event_id
            WHERE a.detail LIKE 'discharge worklist%' AND a.username = ?""")
        .param(coordinator.name()).query(Long.class).single()).isEqualTo(2);
  }

  @Test
  void clinicalRolesRead_othersAreRefused() throws Exception {
    worklist(StaysFixture.user(hospital, Role.BED_MANAGER), "");
    worklist(StaysFixture.user(hospital, Role.PHYSICIAN), "");
    for (Role role : List.of(Role.PARTNER_COORDINATOR, Role.QUALITY_MANAGER, Role.ADMIN)) {
      mvc.perform(get("/api/v1/discharge/worklist").with(user(StaysFixture.user(hospital, role))))
          .andExpect(status().isForbidden());
      mvc.perform(get("/discharge").with(user(StaysFixture.user(hospital, role)))).andExpect(status().isForbidden());
    }
  }

  @Test
  void unknownState_isABadRequest() throws Exception {
    mvc.perform(get("/api/v1/discharge/worklist").param("state", "SOON").with(user(coordinator)))
        .andExpect(status().isBadRequest());
  }

  @Test
  void page_listsThePatients_withTheDacProposal() throws Exception {
    mvc.perform(get("/discharge").with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("LEFÈVRE Jeanne")))
        .andExpect(content().string(containsString("/stays/" + refused + "/partners?type=DAC")))
        .andExpect(content().string(containsString("Recours au DAC proposé")))
        .andExpect(content().string(not(containsString("ÉTRANGER"))));
  }
}

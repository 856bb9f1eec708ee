package fr.hen.discharge.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import fr.hen.discharge.DischargeFixture;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Matching on the API and the page, on PostgreSQL: partners of a capability of the test's own (so that other tests'
 * partners never match), placed around a home located by its postcode.
 */
@PostgresIntegrationTest
@Transactional
class PartnerMatchingIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired fr.hen.network.OrganisationDirectory directory;

  DischargeFixture discharge;
  StaysFixture fixture;
  long hospital;
  long stay;
  String need;
  String postcode;
  String tag;
  HenUser coordinator;

  @BeforeEach
  void world() {
    fixture = new StaysFixture(jdbc);
    discharge = new DischargeFixture(jdbc);
    need = discharge.capability();
    tag = StaysFixture.unique("").toUpperCase();
    postcode = "9" + String.format("%04d", Math.abs(tag.hashCode()) % 10_000);
    hospital = discharge.organisation("H-" + tag, "HOSPITAL", 50.63, 3.06, postcode, null, "ACTIVE");
    long unit = fixture.unit(hospital, StaysFixture.unique("U"));
    long bed = fixture.bed(fixture.room(unit, "101", "ANY"), "A", "OCCUPIED", null);
    stay = fixture.admittedStay(hospital, unit, bed, LocalDateTime.now().minusDays(3));
    discharge.plan(stay, hospital, need, postcode, null, "HAD", null, null);
    coordinator = StaysFixture.user(hospital, Role.DISCHARGE_COORDINATOR);
    LocalDateTime now = LocalDateTime.now();
    long near = partner("NEAR", "HAD", 50.64, 3.07, 20, "ACTIVE", 3, now.minusHours(2));
    long stale = partner("STALE", "HAD", 50.64, 3.07, 20, "ACTIVE", 3, now.minusHours(72));
    partner("QUIET", "HAD", 50.64, 3.07, 20, "ACTIVE", 2, now.minusHours(1));
    long lacking = discharge.organisation("LACK-" + tag, "HAD", 50.64, 3.07, null, 20, "ACTIVE");
    discharge.capacity(lacking, "HOME_CHEMOTHERAPY", 5, 5, now);
    partner("PROS", "HAD", 50.64, 3.07, 20, "PROSPECT", 5, now);
    partner("SMR", "SMR", 50.64, 3.07, 20, "ACTIVE", 5, now);
    partner("DAC", "DAC", 50.64, 3.07, 30, "ACTIVE", 0, null);
    // Past requests left unanswered (closed: a stay has one open request per partner at most).
    for (int i = 0; i < 10; i++) {
      discharge.referral(hospital, stay, near, "HAD", "EXPIRED", now.minusDays(10 + i));
      discharge.referral(hospital, stay, stale, "HAD", "EXPIRED", now.minusDays(10 + i));
    }
  }

  long partner(String code, String type, double lat, double lon, int radius, String status, int free,
      LocalDateTime declaredAt) {
    long id = discharge.organisation(code + "-" + tag, type, lat, lon, null, radius, status);
    if (declaredAt != null) {
      discharge.capacity(id, need, 10, free, declaredAt);
    }
    return id;
  }

  JsonNode matches(HenUser as, String query) throws Exception {
    String body = mvc.perform(get("/api/v1/stays/{id}/partner-matches" + query, stay).with(user(as)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    return JsonMapper.shared().readTree(body);
  }

  static List<String> codes(JsonNode lines) {
    return lines.valueStream().map(l -> l.path("partner_code").asText().replaceAll("-.*", "")).toList();
  }

  @Test
  void coordinator_getsThePartnersCoveringTheNeeds_rankedAndExplained() throws Exception {
    JsonNode json = matches(coordinator, "");
    assertThat(json.path("needs").get(0).asText()).isEqualTo(need);
    assertThat(json.path("home_located").asBoolean()).isTrue();
    assertThat(codes(json.path("matches").path("items"))).containsExactly("QUIET", "NEAR", "STALE");
    // Other tests' HAD partners (committed) lack the test's own capability too: at least LACK and PROS.
    assertThat(json.path("lacking_capabilities").asInt()).isPositive();
    assertThat(json.path("prospects").asInt()).isPositive();
    JsonNode quiet = json.path("matches").path("items").get(0);
    assertThat(quiet.path("under_solicited").asBoolean()).isTrue();
    assertThat(quiet.path("recent_requests").asInt()).isZero();
    assertThat(quiet.path("peer_median_requests").asDouble()).isEqualTo(10.0);
    assertThat(quiet.path("territory").asText()).isEqualTo("INSIDE");
    assertThat(quiet.path("distance_km").asDouble()).isBetween(1.0, 2.0);
    assertThat(quiet.path("reasons").valueStream().map(r -> r.path("text").asText()).toList())
        .contains("Peu sollicité : 0 demande(s) en 90 jours, médiane de ses pairs 10");
    JsonNode stale = json.path("matches").path("items").get(2);
    assertThat(stale.path("stale").asBoolean()).isTrue();
    assertThat(stale.path("availability").asText()).isEqualTo("FREE_STALE");
    assertThat(codes(json.path("under_solicited"))).containsExactly("QUIET");
  }

  @Test
  void statistics_followANewReferral() throws Exception {
    assertThat(matches(coordinator, "").path("matches").path("items").get(0).path("recent_requests").asInt())
        .isZero();
    long quiet = jdbc.sql("SELECT id FROM organisation WHERE code = ?").param("QUIET-" + tag).query(Long.class)
        .single();
    discharge.referral(hospital, stay, quiet, "HAD", "SENT", LocalDateTime.now().minusDays(1));
    JsonNode line = matches(coordinator, "").path("matches").path("items").valueStream()
        .filter(l -> l.path("partner_code").asText().startsWith("QUIET")).findFirst().orElseThrow();
    assertThat(line.path("recent_requests").asInt()).isEqualTo(1);
  }

  @Test
  void directoryPartners_areTheActivePartnersOfEveryStatus_withTheirCapacities_andFollowADeclaration() {
    List<fr.hen.network.OrganisationProfile> partners = directory.partners();
    assertThat(partners).extracting(fr.hen.network.OrganisationProfile::code)
        .contains("NEAR-" + tag, "PROS-" + tag, "DAC-" + tag).doesNotContain("H-" + tag);
    assertThat(partners).filteredOn(p -> p.code().equals("NEAR-" + tag)).singleElement()
        .satisfies(p -> assertThat(p.capabilities()).extracting(c -> c.freePlaces()).containsExactly(3));
    // Written as the directory writes them (a declaration saves the organisation, raising its version), with times
    // that need not be the latest: other tests' clocks may run ahead.
    jdbc.sql("UPDATE organisation_capability SET free_places = 0, declared_at = ? WHERE organisation_id = "
        + "(SELECT id FROM organisation WHERE code = ?)").params(LocalDateTime.now().minusDays(3), "NEAR-" + tag)
        .update();
    jdbc.sql("UPDATE organisation SET version = version + 1 WHERE code = ?").param("NEAR-" + tag).update();
    assertThat(directory.partners()).filteredOn(p -> p.code().equals("NEAR-" + tag)).singleElement()
        .satisfies(p -> assertThat(p.capabilities()).extracting(c -> c.freePlaces()).containsExactly(0));
    jdbc.sql("UPDATE organisation SET active = FALSE, updated_at = ?, version = version + 1 WHERE code = ?")
        .params(LocalDateTime.now().minusDays(3), "NEAR-" + tag).update();
    assertThat(directory.partners()).extracting(fr.hen.network.OrganisationProfile::code)
        .doesNotContain("NEAR-" + tag);
  }

  @Test
  void theRead_isAudited() throws Exception {
    matches(coordinator, "");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE resource_type = 'Stay' AND resource_id = ? "
            + "AND detail = 'partner matches' AND username = ?").params(String.valueOf(stay), coordinator.name())
        .query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void typeDac_showsTheTerritorysDac_withoutRequiringTheNeeds() throws Exception {
    JsonNode json = matches(coordinator, "?type=DAC");
    assertThat(codes(json.path("matches").path("items"))).containsExactly("DAC");
    assertThat(json.path("matches").path("items").get(0).path("territory").asText()).isEqualTo("INSIDE");
  }

  @Test
  void typeThatIsNoPartner_is422() throws Exception {
    mvc.perform(get("/api/v1/stays/{id}/partner-matches", stay).param("type", "HOSPITAL").with(user(coordinator)))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("type"));
  }

  @Test
  void homeNotRecorded_givesNoDistance() throws Exception {
    jdbc.sql("UPDATE discharge_plan SET home_postcode = NULL WHERE stay_id = ?").param(stay).update();
    JsonNode json = matches(coordinator, "");
    assertThat(json.path("home_located").asBoolean()).isFalse();
    JsonNode first = json.path("matches").path("items").get(0);
    assertThat(first.has("distance_km")).as("null fields are left out").isFalse();
    assertThat(first.path("territory").asText()).isEqualTo("UNKNOWN");
    assertThat(first.path("reasons").valueStream().map(r -> r.path("code").asText()).toList())
        .contains("NO_HOME_LOCATION");
  }

  @Test
  void anotherOrganisationsStay_isNotFound() throws Exception {
    long other = fixture.organisation("HOSPITAL");
    mvc.perform(get("/api/v1/stays/{id}/partner-matches", stay)
        .with(user(StaysFixture.user(other, Role.DISCHARGE_COORDINATOR)))).andExpect(status().isNotFound());
    mvc.perform(get("/stays/{id}/partners", stay)
        .with(user(StaysFixture.user(other, Role.DISCHARGE_COORDINATOR)))).andExpect(status().isNotFound());
  }

  @Test
  void rolesOutsideTheWard_areRefused() throws Exception {
    for (Role role : List.of(Role.PARTNER_COORDINATOR, Role.QUALITY_MANAGER, Role.ADMIN, Role.NETWORK_COORDINATOR)) {
      mvc.perform(get("/api/v1/stays/{id}/partner-matches", stay).with(user(StaysFixture.user(hospital, role))))
          .andExpect(status().isForbidden());
    }
    matches(StaysFixture.user(hospital, Role.PHYSICIAN), "");
    matches(StaysFixture.user(hospital, Role.BED_MANAGER), "");
  }

  @Test
  void page_showsTheRanking_theBand_andTheSendForm() throws Exception {
    mvc.perform(get("/stays/{id}/partners", stay).with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("action=\"/referrals\"")))
        .andExpect(content().string(containsString("name=\"formKey\"")))
        .andExpect(content().string(containsString("value=\"NEAR-" + tag + "\"")))
        .andExpect(content().string(containsString("Partenaires peu sollicités")))
        .andExpect(content().string(containsString("Structure QUIET-" + tag)))
        .andExpect(content().string(not(containsString("Structure LACK-" + tag))));
  }

  @Test
  void page_showsTheRefusedSend_withTheTypedValues() throws Exception {
    mvc.perform(get("/stays/{id}/partners", stay).with(user(coordinator))
            .flashAttr("referralErrors", List.of("Partenaire inconnu : XYZ"))
            .flashAttr("referralSummary", "Patiente de 76 ans")
            .flashAttr("referralPartnerCodes", List.of("NEAR-" + tag)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Partenaire inconnu : XYZ")))
        .andExpect(content().string(containsString("Patiente de 76 ans</textarea>")))
        .andExpect(content().string(containsString("value=\"NEAR-" + tag + "\" id=\"partner-NEAR-" + tag
            + "\" checked=\"checked\"")));
  }
}

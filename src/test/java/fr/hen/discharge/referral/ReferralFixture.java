package fr.hen.discharge.referral;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hospital with in-hospital stays (written through {@link StaysFixture}), partners onboarded through the network API
 * with their capabilities, discharge plans written as the plan part stores them, and the users of each side.
 */
final class ReferralFixture {

  final MockMvc mvc;
  final JdbcClient jdbc;
  final StaysFixture stays;
  final long hospital;
  final long unit;
  final long room;
  final HenUser coordinator;

  ReferralFixture(MockMvc mvc, JdbcClient jdbc) throws Exception {
    this.mvc = mvc;
    this.jdbc = jdbc;
    this.stays = new StaysFixture(jdbc);
    this.hospital = onboard("HOSPITAL", null, List.of()).id();
    this.unit = stays.unit(hospital, StaysFixture.unique("U"));
    this.room = stays.room(unit, "101", "ANY");
    this.coordinator = StaysFixture.user(hospital, Role.DISCHARGE_COORDINATOR);
  }

  /** An organisation onboarded through the API. */
  record Org(long id, String code) {}

  static LocalDateTime now() {
    return LocalDateTime.now().minusMinutes(1).truncatedTo(ChronoUnit.SECONDS);
  }

  /** A partner of this type, answer delay and capabilities, onboarded by a network coordinator. */
  Org partner(String type, Integer answerDelayHours, String... capabilities) throws Exception {
    return onboard(type, answerDelayHours, Arrays.asList(capabilities));
  }

  Org onboard(String type, Integer answerDelayHours, List<String> capabilities) throws Exception {
    String code = ("R" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)).toUpperCase();
    String caps = capabilities.stream().map(c -> """
        {"capability":"%s","places":4,"free_places":1,"capacity_status":"AVAILABLE"}""".formatted(c))
        .collect(Collectors.joining(","));
    String body = """
        {"code":"%s","type":"%s","name":"Structure %s","city":"Lille","partnership_status":"ACTIVE"%s%s}"""
        .formatted(code, type, code, answerDelayHours == null ? "" : ",\"answer_delay_hours\":" + answerDelayHours,
            capabilities.isEmpty() ? "" : ",\"capabilities\":[" + caps + "]");
    String answer = mvc.perform(post("/api/v1/organizations").with(user(StaysFixture.user(0, Role.NETWORK_COORDINATOR)))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return new Org(JsonMapper.shared().readTree(answer).path("id").asLong(), code);
  }

  /** A new in-hospital stay of the hospital, admitted two days ago. */
  long stay() {
    long bed = stays.bed(room, StaysFixture.unique("B"), "OCCUPIED", null);
    return stays.admittedStay(hospital, unit, bed, now().minusDays(2));
  }

  /** The discharge plan of a stay with these needs (as the plan part writes it). */
  void plan(long stay, String... needs) {
    long patient = jdbc.sql("SELECT patient_id FROM stay WHERE id = ?").param(stay).query(Long.class).single();
    jdbc.sql("""
            INSERT INTO discharge_plan (stay_id, organisation_id, patient_id, admitted_at, status, needs, gir,
                home_postcode, home_town, destination_type, created_at, updated_at)
            VALUES (?, ?, ?, ?, 'IN_HOSPITAL', ?, 3, '59000', 'Lille', 'HAD', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
        .params(stay, hospital, patient, now().minusDays(2), String.join(",", Arrays.stream(needs).sorted().toList()))
        .update();
  }

  HenUser partnerCoordinator(Org partner) {
    return StaysFixture.user(partner.id(), Role.PARTNER_COORDINATOR);
  }

  ResultActions send(HenUser as, long stay, String summary, String... partnerCodes) throws Exception {
    return mvc.perform(post("/api/v1/referrals").with(user(as)).contentType(MediaType.APPLICATION_JSON)
        .content(sendJson(stay, summary, partnerCodes)));
  }

  static String sendJson(long stay, String summary, String... partnerCodes) {
    String codes = Arrays.stream(partnerCodes).map(c -> "\"" + c + "\"").collect(Collectors.joining(","));
    return """
        {"stay_id":%d,"partner_codes":[%s],"summary":%s}""".formatted(stay, codes,
        summary == null ? "null" : "\"" + summary + "\"");
  }

  /** Sends and gives the ids of the referrals, in the order of the partners. */
  List<Long> sent(long stay, String... partnerCodes) throws Exception {
    MockHttpServletResponse response = send(coordinator, stay, "Patiente de 76 ans, sortie à domicile avec HAD",
        partnerCodes).andExpect(status().isCreated()).andReturn().getResponse();
    JsonNode referrals = JsonMapper.shared().readTree(response.getContentAsString()).path("referrals");
    return referrals.valueStream().map(r -> r.path("id").asLong()).toList();
  }

  ResultActions answer(HenUser as, long referral, String json) throws Exception {
    return mvc.perform(post("/api/v1/referrals/{id}/answer", referral).with(user(as))
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }

  ResultActions confirm(HenUser as, long referral) throws Exception {
    return mvc.perform(post("/api/v1/referrals/{id}/confirm", referral).with(user(as)));
  }

  static String accept(java.time.LocalDate date) {
    return "{\"decision\":\"ACCEPT\",\"date\":\"" + date + "\"}";
  }

  /** Discharges the stay through the API, to a partner when a code is given. */
  void discharge(long stay, String partnerCode) throws Exception {
    discharge(stay, partnerCode, now());
  }

  void discharge(long stay, String partnerCode, LocalDateTime at) throws Exception {
    String destination = partnerCode == null ? "" : ",\"destination_organisation\":\"" + partnerCode + "\"";
    mvc.perform(post("/api/v1/stays/{id}/discharge", stay).with(user(coordinator))
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"discharged_at":"%s","destination":"%s"%s}""".formatted(at.truncatedTo(ChronoUnit.SECONDS), partnerCode == null ? "HOME" : "HAD",
                destination)))
        .andExpect(status().isOk());
  }

  String statusOf(long referral) {
    return jdbc.sql("SELECT status FROM referral WHERE id = ?").param(referral).query(String.class).single();
  }

  long count(String sql, Object... params) {
    return stays.count(sql, params);
  }
}

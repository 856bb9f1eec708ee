package fr.hen.discharge.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import fr.hen.PostgresIntegrationTest;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plans follow the stays end to end: movements through the stays API, their events handled after commit by the plan's
 * listener (a system actor reading {@code StayFacts}); bulk loads and the start-up back-fill open the missing plans.
 */
@PostgresIntegrationTest
class PlanLifecycleIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired PlanLifecycle lifecycle;
  @Autowired PlanBackfill backfill;
  @Autowired TransactionTemplate transactions;

  StaysFixture fixture;
  long org;
  String unit;
  long bed;
  HenUser bedManager;

  @BeforeEach
  void hospital() {
    fixture = new StaysFixture(jdbc);
    org = fixture.organisation("HOSPITAL");
    unit = StaysFixture.unique("U");
    bed = fixture.freeBed(org, unit);
    bedManager = StaysFixture.user(org, Role.BED_MANAGER);
  }

  long admit(LocalDateTime at) throws Exception {
    String body = mvc.perform(post("/api/v1/stays").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"patient":{"mrn":"%s","family_name":"Martin","given_name":"Jeanne","birth_date":"1950-02-03",
                 "sex":"F"},"unit":"%s","bed":%d,"admitted_at":"%s","admission_source":"EMERGENCY"}"""
                .formatted(StaysFixture.unique("M"), unit, bed, at)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return ((Number) JsonPath.read(body, "$.id")).longValue();
  }

  Map<String, Object> plan(long stay) {
    return jdbc.sql("SELECT status, discharged_at, discharge_destination, discharge_organisation_id, version "
        + "FROM discharge_plan WHERE stay_id = ?").param(stay).query().singleRow();
  }

  boolean hasPlan(long stay) {
    return fixture.count("SELECT COUNT(*) FROM discharge_plan WHERE stay_id = ?", stay) == 1;
  }

  @Test
  void admissionOpensAPlan_dischargeClosesIt_andACancelledDischargeOpensItAgain() throws Exception {
    LocalDateTime admitted = LocalDateTime.now().minusDays(2).truncatedTo(ChronoUnit.MINUTES);
    long stay = admit(admitted);
    await().atMost(Duration.ofSeconds(15)).until(() -> hasPlan(stay));
    assertThat(plan(stay)).containsEntry("status", "IN_HOSPITAL");
    assertThat(fixture.count("SELECT COUNT(*) FROM discharge_plan WHERE stay_id = ? AND organisation_id = ? "
        + "AND admitted_at = ?", stay, org, admitted)).isOne();

    long partner = fixture.organisation("SMR");
    String partnerCode = jdbc.sql("SELECT code FROM organisation WHERE id = ?").param(partner).query(String.class)
        .single();
    LocalDateTime left = LocalDateTime.now().minusHours(1).truncatedTo(ChronoUnit.MINUTES);
    mvc.perform(post("/api/v1/stays/{id}/discharge", stay).with(user(bedManager))
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"discharged_at":"%s","destination":"SMR","destination_organisation":"%s"}"""
                .formatted(left, partnerCode)))
        .andExpect(status().isOk());
    await().atMost(Duration.ofSeconds(15)).until(() -> "DISCHARGED".equals(plan(stay).get("status")));
    assertThat(plan(stay)).containsEntry("discharge_destination", "SMR")
        .containsEntry("discharge_organisation_id", partner);
    assertThat(fixture.count("SELECT COUNT(*) FROM discharge_plan WHERE stay_id = ? AND discharged_at = ?", stay,
        left)).isOne();
    assertThat(fixture.count("SELECT COUNT(*) FROM discharge_plan_change WHERE stay_id = ? AND field = 'status' "
        + "AND new_value = 'DISCHARGED' AND changed_by = 'system:discharge-plan' AND actor_kind = 'SYSTEM'", stay))
        .isOne();

    mvc.perform(post("/api/v1/stays/{id}/cancel-discharge", stay).with(user(bedManager))
            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Sortie saisie par erreur\"}"))
        .andExpect(status().isOk());
    await().atMost(Duration.ofSeconds(15)).until(() -> "IN_HOSPITAL".equals(plan(stay).get("status")));
    assertThat(plan(stay)).containsEntry("discharged_at", null).containsEntry("discharge_destination", null)
        .containsEntry("discharge_organisation_id", null);
  }

  @Test
  void cancelledAdmission_voidsThePlan() throws Exception {
    long stay = admit(LocalDateTime.now().minusHours(3).truncatedTo(ChronoUnit.MINUTES));
    await().atMost(Duration.ofSeconds(15)).until(() -> hasPlan(stay));
    mvc.perform(post("/api/v1/stays/{id}/cancel-admission", stay).with(user(bedManager))
            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Mauvais patient\"}"))
        .andExpect(status().isNoContent());
    await().atMost(Duration.ofSeconds(15)).until(() -> "VOIDED".equals(plan(stay).get("status")));
  }

  @Test
  void eventDeliveredTwice_changesNothingMore() throws Exception {
    long stay = admit(LocalDateTime.now().minusHours(3).truncatedTo(ChronoUnit.MINUTES));
    await().atMost(Duration.ofSeconds(15)).until(() -> hasPlan(stay));
    Object version = plan(stay).get("version");
    transactions.executeWithoutResult(tx -> lifecycle.on(new fr.hen.stays.PatientAdmitted(stay, org)));
    assertThat(plan(stay)).containsEntry("version", version).containsEntry("status", "IN_HOSPITAL");
  }

  @Test
  void bulkLoad_opensTheMissingPlans_andKeepsAPlanTheLoaderWrote() {
    long unitId = fixture.unit(org, StaysFixture.unique("L"));
    long loaded = fixture.admittedStay(org, unitId, fixture.bed(fixture.room(unitId, "101", "ANY"), "A", "OCCUPIED",
        null), LocalDateTime.now().minusDays(3));
    long written = fixture.admittedStay(org, unitId, fixture.bed(fixture.room(unitId, "102", "ANY"), "A",
        "OCCUPIED", null), LocalDateTime.now().minusDays(2));
    jdbc.sql("""
        INSERT INTO discharge_plan (stay_id, organisation_id, patient_id, admitted_at, status, gir, created_at,
            updated_at) SELECT id, organisation_id, patient_id, admitted_at, 'IN_HOSPITAL', 3, CURRENT_TIMESTAMP,
            CURRENT_TIMESTAMP FROM stay WHERE id = ?""").param(written).update();

    int opened = transactions.execute(tx -> lifecycle.openAll(org));

    assertThat(opened).isOne();
    assertThat(hasPlan(loaded)).isTrue();
    assertThat(fixture.count("SELECT COUNT(*) FROM discharge_plan WHERE stay_id = ? AND gir = 3", written)).isOne();
    Integer again = transactions.execute(tx -> lifecycle.openAll(org));
    assertThat(again).isZero();
  }

  @Test
  void startUpBackfill_opensPlansOfStaysThatPredateThem_once() {
    long unitId = fixture.unit(org, StaysFixture.unique("B"));
    long stay = fixture.admittedStay(org, unitId, fixture.bed(fixture.room(unitId, "101", "ANY"), "A", "OCCUPIED",
        null), LocalDateTime.now().minusDays(4));
    assertThat(hasPlan(stay)).isFalse();

    assertThat(backfill.run()).contains(org);
    assertThat(hasPlan(stay)).isTrue();
    assertThat(backfill.run()).doesNotContain(org);
  }
}

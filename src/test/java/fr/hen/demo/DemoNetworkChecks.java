package fr.hen.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The demo network, seeded at start: its shape matches what the README promises (run on H2 and PostgreSQL). */
abstract class DemoNetworkChecks {

  @Autowired JdbcClient jdbc;
  @Autowired DemoSeeder seeder;
  @Autowired MockMvc mvc;

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  @Test
  void cancerCentre_hasTwelveUnitsAndAboutThreeHundredBeds() {
    assertThat(count("""
        SELECT COUNT(*) FROM unit u JOIN organisation o ON o.id = u.organisation_id WHERE o.code = 'COF'""")).isEqualTo(12);
    assertThat(count("""
        SELECT COUNT(*) FROM bed b JOIN room r ON r.id = b.room_id JOIN unit u ON u.id = r.unit_id
        JOIN organisation o ON o.id = u.organisation_id WHERE o.code = 'COF'""")).isEqualTo(300);
    assertThat(count("SELECT COUNT(*) FROM organisation WHERE type = 'HOSPITAL'")).isEqualTo(3);
  }

  @Test
  void atLeastFortyPartners_ofEveryPartnerType_withCoordinatesAndCapacities() {
    assertThat(count("SELECT COUNT(*) FROM organisation WHERE type NOT IN ('HOSPITAL', 'NETWORK')")).isGreaterThanOrEqualTo(40);
    List<String> types = jdbc.sql("SELECT DISTINCT type FROM organisation ORDER BY type").query(String.class).list();
    assertThat(types).containsExactly("DAC", "EHPAD", "HAD", "HOME_CARE", "HOSPITAL", "NETWORK", "PALLIATIVE", "SMR",
        "SSIAD", "USLD");
    assertThat(count("SELECT COUNT(*) FROM organisation WHERE latitude IS NULL OR longitude IS NULL")).isZero();
    assertThat(count("""
        SELECT COUNT(*) FROM organisation o WHERE o.type NOT IN ('HOSPITAL', 'NETWORK')
        AND NOT EXISTS (SELECT 1 FROM organisation_capability c WHERE c.organisation_id = o.id)""")).isZero();
    assertThat(jdbc.sql("SELECT DISTINCT partnership_status FROM organisation ORDER BY 1").query(String.class).list())
        .containsExactly("ACTIVE", "PROSPECT", "UNDER_SOLICITED");
  }

  @Test
  void twelveMonthsOfStays_withCurrentInpatientsReadmissionsAndMedicallyReadyDelays() {
    assertThat(count("SELECT COUNT(*) FROM stay WHERE status = 'DISCHARGED'")).isGreaterThan(20_000);
    assertThat(count("SELECT COUNT(*) FROM stay WHERE admitted_at < CURRENT_TIMESTAMP - INTERVAL '360' DAY")).isPositive();
    // (the browser tests share the PostgreSQL demo database and may leave a cancelled admission: a voided stay)
    long inHospital = count("SELECT COUNT(*) FROM stay WHERE status = 'IN_HOSPITAL' AND voided = FALSE");
    long beds = count("SELECT COUNT(*) FROM bed");
    assertThat(inHospital).isBetween(beds * 6 / 10, beds * 95 / 100);
    assertThat(count("SELECT COUNT(*) FROM bed WHERE status = 'OCCUPIED'")).isEqualTo(inHospital);
    assertThat(count("SELECT COUNT(*) FROM (SELECT patient_id FROM stay GROUP BY patient_id HAVING COUNT(*) > 1) x"))
        .isGreaterThan(1_000);
    assertThat(count("SELECT COUNT(*) FROM stay WHERE medically_ready_at IS NOT NULL AND status = 'DISCHARGED'"))
        .isGreaterThan(3_000);
    assertThat(count("""
        SELECT COUNT(*) FROM stay a JOIN stay b ON a.patient_id = b.patient_id AND a.id < b.id
        WHERE a.admitted_at < COALESCE(b.discharged_at, CURRENT_TIMESTAMP)
          AND b.admitted_at < COALESCE(a.discharged_at, CURRENT_TIMESTAMP)""")).as("overlapping stays").isZero();
  }

  @Test
  void theCensusIsRebuiltFromTheLoadedStays_ofTheCancerCentre() {
    long inHospital = count("""
        SELECT COUNT(*) FROM stay s JOIN organisation o ON o.id = s.organisation_id
        WHERE o.code = 'COF' AND s.status = 'IN_HOSPITAL'""");
    assertThat(inHospital).isGreaterThan(150);
    // StaysLoaded reaches the quality module's listener after the seeding commits; it rebuilds the census
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(count("""
        SELECT COUNT(*) FROM stay s JOIN organisation o ON o.id = s.organisation_id
        WHERE o.code = 'COF' AND s.status = 'IN_HOSPITAL' AND s.voided = FALSE
          AND NOT EXISTS (SELECT 1 FROM census_placement c
            WHERE c.stay_id = s.id AND c.organisation_id = o.id AND c.to_at IS NULL)""")).isZero());
    assertThat(count("""
        SELECT COUNT(*) FROM census_placement c JOIN organisation o ON o.id = c.organisation_id
        WHERE o.code = 'COF' AND c.to_at IS NOT NULL""")).isGreaterThan(10_000);
  }

  @Test
  void twelveMonthsOfDischargePlans_oneForEveryStay_withEddHistory() {
    // (the browser tests share the PostgreSQL demo database: they admit stays of their own and change some)
    assertThat(count("SELECT COUNT(*) FROM stay s WHERE s.created_by = 'demo' AND NOT EXISTS ("
        + "SELECT 1 FROM discharge_plan p WHERE p.stay_id = s.id)")).isZero();
    assertThat(count("""
        SELECT COUNT(*) FROM discharge_plan p JOIN stay s ON s.id = p.stay_id
        WHERE p.organisation_id <> s.organisation_id OR p.admitted_at <> s.admitted_at""")).isZero();
    assertThat(count("""
        SELECT COUNT(*) FROM discharge_plan p JOIN stay s ON s.id = p.stay_id
        WHERE s.status = 'DISCHARGED' AND s.discharged_at < CURRENT_TIMESTAMP - INTERVAL '1' DAY
          AND ((s.medically_ready_at IS NULL AND p.medically_ready_at IS NOT NULL)
            OR (s.medically_ready_at IS NOT NULL AND p.medically_ready_at <> s.medically_ready_at)
            OR p.discharged_at <> s.discharged_at)""")).isZero();
    assertThat(count("SELECT COUNT(*) FROM discharge_plan_change WHERE field = 'expected_discharge_date'"
        + " AND old_value IS NOT NULL AND reason IS NOT NULL")).isGreaterThan(1_000);
    assertThat(count("SELECT COUNT(*) FROM discharge_plan WHERE needs <> '' AND gir IS NOT NULL"
        + " AND home_postcode IS NOT NULL AND checklist <> ''")).isGreaterThan(1_000);
  }

  @Test
  void referralsInEveryState_everyRefusalReason_andMessages() {
    List<String> states = jdbc.sql("SELECT DISTINCT status FROM referral ORDER BY status").query(String.class).list();
    assertThat(states).contains("SENT", "VIEWED", "ACCEPTED", "REFUSED", "INFO_REQUESTED", "CONFIRMED",
        "TRANSFERRED", "WITHDRAWN", "EXPIRED");
    assertThat(jdbc.sql("SELECT DISTINCT refusal_reason FROM referral WHERE status = 'REFUSED'")
        .query(String.class).list()).containsExactlyInAnyOrder(java.util.Arrays.stream(
            fr.hen.discharge.RefusalReason.values()).map(Enum::name).toArray(String[]::new));
    assertThat(count("SELECT COUNT(*) FROM referral_message")).isGreaterThan(100);
    assertThat(count("SELECT COUNT(*) FROM referral r WHERE NOT EXISTS (SELECT 1 FROM referral_transition t"
        + " WHERE t.referral_id = r.id AND t.to_status = r.status)")).as("referrals without their last step")
        .isZero();
    // a stay discharged to a partner has its transferred referral to that partner, of the partner's type
    assertThat(count("""
        SELECT COUNT(*) FROM stay s JOIN organisation o ON o.id = s.discharge_organisation_id
        WHERE s.status = 'DISCHARGED' AND NOT EXISTS (SELECT 1 FROM referral r WHERE r.stay_id = s.id
          AND r.status = 'TRANSFERRED' AND r.partner_id = o.id AND r.partner_type = o.type)
          AND s.discharged_at > s.admitted_at + INTERVAL '2' HOUR AND s.created_by = 'demo'
          AND s.discharged_at < CURRENT_TIMESTAMP - INTERVAL '1' DAY""")).isZero();
    assertThat(count("SELECT COUNT(*) FROM referral r JOIN organisation o ON o.id = r.partner_id"
        + " WHERE o.code = 'HAD-01' AND r.status IN ('SENT', 'VIEWED', 'INFO_REQUESTED', 'ACCEPTED')"))
        .isPositive();
  }

  @Test
  void onePerRoleDemoUser_withThePasswordDemo() {
    // (the browser tests share the PostgreSQL demo database and may add accounts of their own)
    assertThat(jdbc.sql("""
        SELECT u.username || ' ' || r.role FROM app_user u JOIN app_user_role r ON r.user_id = u.id
        WHERE u.username IN (:demo) ORDER BY u.username""")
        .param("demo", DemoSeeder.USERS.stream().map(DemoSeeder.DemoUser::username).toList())
        .query(String.class).list())
        .containsExactly("admin ADMIN", "bedmanager BED_MANAGER", "coordinator DISCHARGE_COORDINATOR",
            "network NETWORK_COORDINATOR", "partner PARTNER_COORDINATOR", "patientpartner PATIENT_PARTNER",
            "physician PHYSICIAN", "quality QUALITY_MANAGER");
  }

  @Test
  void onePartnerCoordinatorPerPartner_namedAfterItsCode() {
    assertThat(count("""
        SELECT COUNT(*) FROM organisation o WHERE o.type NOT IN ('HOSPITAL', 'NETWORK') AND NOT EXISTS (
          SELECT 1 FROM app_user u JOIN app_user_role r ON r.user_id = u.id
          WHERE u.username = LOWER(o.code) AND u.organisation_id = o.id AND r.role = 'PARTNER_COORDINATOR')"""))
        .isZero();
    assertThat(DemoSeeder.PARTNER_USERS).hasSizeGreaterThanOrEqualTo(40)
        .anySatisfy(u -> assertThat(u.username()).isEqualTo("had-01"));
  }

  @Test
  void partnerAccount_had01_signsInWithDemo_andSeesOnlyItsOwnReferrals() throws Exception {
    // signed in (403: a partner reads no hospital figures), where a wrong password is 401
    mvc.perform(get("/api/v1/discharge/figures").with(httpBasic("had-01", "demo")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/discharge/figures").with(httpBasic("had-01", "wrong-password")))
        .andExpect(status().isUnauthorized());
    MvcResult list = mvc.perform(get("/api/v1/referrals").with(httpBasic("had-01", "demo")))
        .andExpect(status().isOk()).andReturn();
    List<String> codes = JsonPath.read(list.getResponse().getContentAsString(), "$..partner_code");
    assertThat(codes).isNotEmpty().containsOnly("HAD-01");
  }

  @Test
  void theFiguresOfTheCancerCentre_andOfTheNetwork_areFilled() throws Exception {
    String from = LocalDate.now().minusDays(89).toString();
    String to = LocalDate.now().toString();
    mvc.perform(get("/api/v1/discharge/figures").param("from", from).param("to", to)
            .with(httpBasic("coordinator", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.exits.discharges.value").value(greaterThan(1_000)))
        .andExpect(jsonPath("$.exits.avoidable_days.value").value(greaterThan(100)))
        .andExpect(jsonPath("$.exits.waiting_days_p90.value").isNumber())
        .andExpect(jsonPath("$.referrals.sent.value").value(greaterThan(500)))
        .andExpect(jsonPath("$.referrals.acceptance_percent.value").isNumber())
        .andExpect(jsonPath("$.partner_types.length()").value(greaterThan(5)))
        .andExpect(jsonPath("$.refusal_reasons[*].count.value", everyItem(greaterThan(0))))
        .andExpect(jsonPath("$.under_solicited.partners").isNotEmpty());
    mvc.perform(get("/api/v1/discharge/figures").param("from", from).param("to", to)
            .with(httpBasic("network", "demo")))
        .andExpect(status().isOk()).andExpect(jsonPath("$.scope").value("NETWORK"))
        .andExpect(jsonPath("$.exits.avoidable_days_percent.value").isNumber());
  }

  @Test
  void theNetworkIsDeterministic() {
    assertThat(DemoNetwork.organisations(new Random(DemoWriter.SEED)))
        .isEqualTo(DemoNetwork.organisations(new Random(DemoWriter.SEED)));
    assertThat(seeder.requested()).isTrue();
  }
}

package fr.hen.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo network, seeded at start: its shape matches what the README promises (run on H2 and PostgreSQL). */
abstract class DemoNetworkChecks {

  @Autowired JdbcClient jdbc;
  @Autowired DemoSeeder seeder;

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
  void theNetworkIsDeterministic() {
    assertThat(DemoNetwork.organisations(new Random(DemoWriter.SEED)))
        .isEqualTo(DemoNetwork.organisations(new Random(DemoWriter.SEED)));
    assertThat(seeder.requested()).isTrue();
  }
}

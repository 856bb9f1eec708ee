package fr.hen.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.hen.discharge.DischargeBulkLoader;
import fr.hen.network.OrganisationBulkLoader;
import fr.hen.network.OrganisationType;
import fr.hen.network.PartnershipStatus;
import fr.hen.platform.BulkInsert;
import fr.hen.platform.UserAccounts;
import fr.hen.stays.StaysBulkLoader;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On H2 the demo is written without one enclosing transaction: a failure removes what was written, and a seeding
 * interrupted before the accounts (organisations but no user) stops the next start with a clear message.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:hen-demo-recovery;MODE=PostgreSQL;"
    + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@Tag("smoke")
class DemoSeederRecoveryTest {

  private static final List<String> TABLES = List.of("organisation", "organisation_capability",
      "organisation_contact", "unit", "room", "bed", "patient", "stay", "movement", "app_user", "discharge_plan",
      "discharge_plan_change", "referral_file", "referral", "referral_transition", "referral_message");

  @Autowired OrganisationBulkLoader organisations;
  @Autowired StaysBulkLoader stays;
  @Autowired BulkInsert bulk;
  @Autowired DischargeBulkLoader discharge;
  @Autowired JdbcClient jdbc;
  @Autowired JdbcTemplate template;
  @Autowired UserAccounts accounts;
  @Autowired TransactionTemplate transactions;
  @Autowired Environment environment;

  private DemoWriter writer() {
    return new DemoWriter(organisations, stays, bulk, discharge, template);
  }

  private DemoSeeder seeder(DemoWriter writer) {
    return new DemoSeeder(new DefaultApplicationArguments("--demo"), environment, writer, accounts, organisations,
        transactions);
  }

  private long rows(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }

  @AfterEach
  void empty() {
    writer().removeAll();
  }

  @Test
  void removeAll_leavesEveryDemoTableEmpty() {
    DemoWriter writer = writer();
    assertThat(writer.copiesInBulk()).isFalse();
    writer.write();
    assertThat(rows("stay")).isGreaterThan(20_000);
    assertThat(rows("referral")).isGreaterThan(1_000);

    writer.removeAll();

    assertThat(TABLES).allSatisfy(table -> assertThat(rows(table)).as(table).isZero());
  }

  @Test
  void aFailedSeeding_removesWhatItWrote() {
    DemoWriter failing = new DemoWriter(organisations, stays, bulk, discharge, template) {
      @Override
      Counts write() {
        super.write();
        throw new IllegalStateException("disk full");
      }
    };
    DemoSeeder seeder = seeder(failing);
    seeder.afterPropertiesSet();

    assertThatThrownBy(seeder::afterSingletonsInstantiated).hasMessage("disk full");
    assertThat(TABLES).allSatisfy(table -> assertThat(rows(table)).as(table).isZero());
  }

  @Test
  void anInterruptedSeeding_stopsTheNextStartWithAClearMessage() {
    // what a run stopped before the accounts leaves behind: organisations (and more), no user
    organisations.load(List.of(new OrganisationBulkLoader.Entry(1, "COF", OrganisationType.HOSPITAL,
        "Centre Oncologique des Flandres", null, null, null, "Lille", null, null, null, PartnershipStatus.ACTIVE, null,
        null, null, LocalDateTime.now(), List.of(), List.of())));
    DemoSeeder seeder = seeder(writer());
    seeder.afterPropertiesSet();

    assertThatThrownBy(seeder::afterSingletonsInstantiated).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no user account").hasMessageContaining("interrupted");
    assertThat(rows("app_user")).isZero();
  }
}

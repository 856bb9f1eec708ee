package fr.hen.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.hen.PostgresIntegrationTest;
import fr.hen.discharge.DischargeBulkLoader.File;
import fr.hen.discharge.DischargeBulkLoader.Load;
import fr.hen.discharge.DischargeBulkLoader.Message;
import fr.hen.discharge.DischargeBulkLoader.Plan;
import fr.hen.discharge.DischargeBulkLoader.PlanChange;
import fr.hen.discharge.DischargeBulkLoader.Referral;
import fr.hen.discharge.DischargeBulkLoader.Transition;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The discharge module's bulk loader on PostgreSQL (COPY): references checked first, plans only when missing. */
@PostgresIntegrationTest
class DischargeBulkLoaderTest {

  private static final AtomicLong IDS = new AtomicLong(8_000_000 + (System.nanoTime() % 100_000) * 10);
  private static final LocalDateTime T = LocalDateTime.of(2025, 6, 2, 10, 0);

  @Autowired DischargeBulkLoader loader;
  @Autowired JdbcClient jdbc;

  private static Plan plan(long stay, String town) {
    return new Plan(stay, 900_001, stay, T, "IN_HOSPITAL", LocalDate.of(2025, 6, 9), T.plusHours(3), null,
        List.of("PAIN_PUMP", "DIALYSIS"), 3, true, Carer.FAMILY_AND_PROFESSIONAL, Housing.FLAT_WITH_LIFT, "59000",
        town, DestinationType.HAD, EnumSet.of(ChecklistItem.TRANSPORT, ChecklistItem.GP_INFORMED), null, null, null,
        T, "demo");
  }

  private long count(String sql, long id) {
    return jdbc.sql(sql).param("id", id).query(Long.class).single();
  }

  @Test
  void writesEveryTable_withTheCallersIds_thenNewRowsGetLaterIds() {
    long stay = IDS.incrementAndGet();
    long file = IDS.incrementAndGet();
    long referral = IDS.incrementAndGet();
    long transition = IDS.incrementAndGet();
    loader.load(new Load(List.of(plan(stay, "Lille")),
        List.of(new PlanChange(IDS.incrementAndGet(), stay, 900_001, "expected_discharge_date", null, "2025-06-09",
            null, "physician", "PERSON", T.plusHours(3))),
        List.of(new File(file, 900_001, stay, stay, "DUPONT Marie", LocalDate.of(1950, 1, 1), "F", "59000", "Lille",
            3, List.of("PAIN_PUMP"), DestinationType.HAD, null, null, "Résumé", T.plusHours(4), "coordinator")),
        List.of(new Referral(referral, file, 900_001, stay, 900_002, "HAD-99", "HAD", ReferralStatus.INFO_REQUESTED,
            T.plusHours(4), T.plusHours(5), T.plusHours(5), null, null, null, null, null, null, null,
            T.plusHours(28), T.plusHours(4), T.plusHours(5))),
        List.of(new Transition(transition, referral, null, ReferralStatus.SENT, "coordinator", "PERSON", 900_001L,
            T.plusHours(4), null), new Transition(IDS.incrementAndGet(), referral, ReferralStatus.SENT,
            ReferralStatus.INFO_REQUESTED, "had-99", "PERSON", 900_002L, T.plusHours(5), null)),
        List.of(new Message(IDS.incrementAndGet(), referral, "had-99", 900_002, ReferralMessagePosted.Side.PARTNER,
            "Pouvez-vous préciser\tle protocole ?\nMerci", T.plusHours(5)))));

    assertThat(jdbc.sql("SELECT needs || '|' || checklist || '|' || carer FROM discharge_plan WHERE stay_id = :id")
        .param("id", stay).query(String.class).single())
        .isEqualTo("DIALYSIS,PAIN_PUMP|GP_INFORMED,TRANSPORT|FAMILY_AND_PROFESSIONAL");
    assertThat(count("SELECT COUNT(*) FROM referral_transition WHERE referral_id = :id", referral)).isEqualTo(2);
    assertThat(jdbc.sql("SELECT body FROM referral_message WHERE referral_id = :id").param("id", referral)
        .query(String.class).single()).isEqualTo("Pouvez-vous préciser\tle protocole ?\nMerci");
    // the identities restarted past the given ids
    Long next = jdbc.sql("""
        INSERT INTO referral_transition (referral_id, to_status, actor, actor_kind, at)
        VALUES (:id, 'VIEWED', 'x', 'PERSON', CURRENT_TIMESTAMP) RETURNING id""").param("id", referral)
        .query(Long.class).single();
    assertThat(next).isGreaterThan(transition);
  }

  @Test
  void aPlanAlreadyThere_isKept_withItsHistory() {
    long stay = IDS.incrementAndGet();
    loader.load(new Load(List.of(plan(stay, "Lille")), List.of(), List.of(), List.of(), List.of(), List.of()));
    loader.load(new Load(List.of(plan(stay, "Roubaix")), List.of(new PlanChange(IDS.incrementAndGet(), stay,
        900_001, "gir", null, "3", null, "x", "PERSON", T)), List.of(), List.of(), List.of(), List.of()));
    assertThat(jdbc.sql("SELECT home_town FROM discharge_plan WHERE stay_id = :id").param("id", stay)
        .query(String.class).single()).isEqualTo("Lille");
    assertThat(count("SELECT COUNT(*) FROM discharge_plan_change WHERE stay_id = :id", stay)).isZero();
  }

  @Test
  void aBrokenReference_writesNothing() {
    long stay = IDS.incrementAndGet();
    long orphanFile = IDS.incrementAndGet();
    Referral orphan = new Referral(IDS.incrementAndGet(), orphanFile, 900_001, stay, 900_002, "HAD-99", "HAD",
        ReferralStatus.SENT, T, null, null, null, null, null, null, null, null, null, T.plusHours(24), T, T);
    assertThatThrownBy(() -> loader.load(new Load(List.of(plan(stay, "Lille")), List.of(), List.of(),
        List.of(orphan), List.of(), List.of()))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown file");
    assertThat(count("SELECT COUNT(*) FROM discharge_plan WHERE stay_id = :id", stay)).isZero();
    assertThatThrownBy(() -> loader.load(new Load(List.of(), List.of(new PlanChange(IDS.incrementAndGet(),
        IDS.incrementAndGet(), 900_001, "gir", null, "3", null, "x", "PERSON", T)), List.of(), List.of(), List.of(),
        List.of()))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown stay");
    assertThatThrownBy(() -> loader.load(new Load(List.of(plan(stay, "Lille"), plan(stay, "Lens")), List.of(),
        List.of(), List.of(), List.of(), List.of()))).hasMessageContaining("Two rows");
  }
}

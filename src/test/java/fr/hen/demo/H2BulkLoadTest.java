package fr.hen.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's H2 bulk load drops the loaded tables' plain indexes and foreign key checks for the load only: both are
 * back afterwards, exactly as defined, even when the load fails.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:hen-bulk-load;MODE=PostgreSQL;"
    + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@Tag("smoke")
class H2BulkLoadTest {

  @Autowired JdbcTemplate jdbc;

  private List<String> indexes() {
    return jdbc.queryForList("SCRIPT NODATA", String.class).stream().filter(l -> l.startsWith("CREATE INDEX"))
        .sorted().toList();
  }

  private void orphanMovement() {
    jdbc.update("INSERT INTO movement (stay_id, kind, occurred_at, created_at, created_by) "
        + "VALUES (987654321, 'ADMISSION', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'test')");
  }

  @Test
  void duringTheLoad_indexesAreGoneAndReferencesUnchecked_afterItBothAreBack() {
    List<String> before = indexes();
    assertThat(before).anyMatch(l -> l.contains("\"stay_patient_ix\""))
        .anyMatch(l -> l.contains("\"movement_stay_ix\""));
    AtomicReference<List<String>> during = new AtomicReference<>();
    Runnable load = () -> {
      during.set(indexes());
      orphanMovement(); // not checked during the load
      jdbc.update("DELETE FROM movement WHERE stay_id = 987654321");
    };
    H2BulkLoad.withoutReferenceChecks(jdbc, () -> H2BulkLoad.withoutIndexes(jdbc, Set.of("stay", "movement"), load));
    assertThat(during.get()).noneMatch(l -> l.contains("\"stay_patient_ix\""))
        .noneMatch(l -> l.contains("\"movement_stay_ix\"")).anyMatch(l -> l.contains("\"patient_name_ix\""));
    assertThat(indexes()).isEqualTo(before);
    assertThatThrownBy(this::orphanMovement).isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void aFailedLoad_stillRestoresIndexesAndChecks() {
    List<String> before = indexes();
    assertThatThrownBy(() -> H2BulkLoad.withoutReferenceChecks(jdbc, () -> H2BulkLoad.withoutIndexes(jdbc,
        Set.of("stay"), () -> {
          throw new IllegalStateException("disk full");
        }))).hasMessage("disk full");
    assertThat(indexes()).isEqualTo(before);
    assertThatThrownBy(this::orphanMovement).isInstanceOf(DataIntegrityViolationException.class);
  }
}

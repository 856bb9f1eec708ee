package fr.hen.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class BulkInsertTest {

  private static String copy(Object value) {
    StringBuilder text = new StringBuilder();
    BulkInsert.appendCopyValue(text, value);
    return text.toString();
  }

  @Test
  void copyText_escapesNullsBackslashesTabsAndLineBreaks() {
    assertThat(copy(null)).isEqualTo("\\N");
    assertThat(copy("a\\b\tc\nd\re")).isEqualTo("a\\\\b\\tc\\nd\\re");
    assertThat(copy("Hôpital de l'Artois")).isEqualTo("Hôpital de l'Artois");
  }

  @Test
  void copyText_writesTimestampsNumbersAndBooleansAsPostgresReadsThem() {
    assertThat(copy(Timestamp.valueOf(LocalDateTime.of(2026, 3, 14, 10, 30)))).isEqualTo("2026-03-14 10:30:00.0");
    assertThat(copy(42L)).isEqualTo("42");
    assertThat(copy(true)).isEqualTo("true");
  }
}

package fr.hen.network.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SearchTextTest {

  static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

  @Test
  void accentsCaseHyphensAndApostrophes_areIgnored() {
    assertThat(SearchText.normalise("Hôpital Sainte-Thérèse")).isEqualTo("hopital sainte therese");
    assertThat(SearchText.normalise("L’ÉTOILE d'Ascq")).isEqualTo("l etoile d ascq");
    assertThat(SearchText.normalise("Ça Où Ÿ Ñ Ł")).isEqualTo("ca ou y n ł");
  }

  @Test
  void ligaturesAndSharpS_areSpeltOut() {
    assertThat(SearchText.normalise("Marcq-en-Barœul ÆSCHYLE Straße")).isEqualTo("marcq en baroeul aeschyle strasse");
  }

  @Test
  void otherCharacters_areKeptAsTheyAre() {
    assertThat(SearchText.normalise("CH_2 100% Ωmega")).isEqualTo("ch_2 100% Ωmega");
    assertThat(SearchText.normalise(null)).isNull();
  }

  @Test
  void words_areDistinct_inTheirSearchForm_andLimited() {
    assertThat(SearchText.words("  HAD   Hôpital-Lille had ", 8)).containsExactly("had", "hopital", "lille");
    assertThat(SearchText.words("a b c d", 2)).containsExactly("a", "b");
    assertThat(SearchText.words(" - ", 8)).isEmpty();
    assertThat(SearchText.key("  Villeneuve-d’Ascq ")).isEqualTo("villeneuve d ascq");
  }

  @Test
  void mapping_isOneCharacterForOne_andCoversLatin1AndLatinExtendedA() {
    assertThat(SearchText.FROM).hasSameSizeAs(SearchText.TO);
    assertThat(SearchText.FROM.chars().distinct().count()).isEqualTo(SearchText.FROM.length());
    assertThat(SearchText.FROM).contains("É", "é", "Ÿ", "Œ", "Ł", "’");
  }

  /** The generated columns of the migration compute exactly what Java computes for the words searched. */
  @Test
  void migrations_useTheSameExpression_onH2AndPostgreSql() throws Exception {
    for (String vendor : new String[] {"h2", "postgresql"}) {
      String migration = Files.readString(MIGRATIONS.resolve(vendor + "/V20261129_2010__network_search_text.sql"),
          StandardCharsets.UTF_8);
      assertThat(migration).as(vendor).contains(SearchText.sql("code || ' ' || name || ' ' || city"))
          .contains(SearchText.sql("TRIM(city)"));
    }
  }
}

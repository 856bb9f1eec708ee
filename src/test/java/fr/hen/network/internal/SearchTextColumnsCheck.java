package fr.hen.network.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database computes {@code search_text} and {@code city_key} exactly as {@link SearchText#normalise}, for every
 * character the mapping covers; run on PostgreSQL and on H2 by its subclasses. Rows are written in plain SQL, as a
 * bulk loader would.
 */
abstract class SearchTextColumnsCheck {

  @Autowired JdbcClient jdbc;

  @Test
  void generatedColumns_equalTheJavaSearchForm_forEveryMappedCharacter() {
    String code = "ST-" + System.nanoTime() % 1_000_000_000;
    String all = SearchText.FROM + "æœß Ωmega";
    String name = all.substring(0, 150);
    String city = " " + all.substring(150) + " ";
    jdbc.sql("""
            INSERT INTO organisation (code, type, name, city, partnership_status, created_at, updated_at)
            VALUES (:code, 'HAD', :name, :city, 'ACTIVE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
        .param("code", code).param("name", name).param("city", city).update();
    var row = jdbc.sql("SELECT search_text, city_key FROM organisation WHERE code = :code").param("code", code)
        .query().singleRow();
    assertThat(row.get("search_text")).isEqualTo(SearchText.normalise(code + " " + name + " " + city));
    assertThat(row.get("city_key")).isEqualTo(SearchText.normalise(city.trim()));
    jdbc.sql("UPDATE organisation SET name = 'Hôpital Œuvre' WHERE code = :code").param("code", code).update();
    assertThat(jdbc.sql("SELECT search_text FROM organisation WHERE code = :code").param("code", code)
        .query(String.class).single()).startsWith(SearchText.normalise(code) + " hopital oeuvre ");
  }
}

package fr.hen.demo;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The same checks on PostgreSQL, where the seeding writes with COPY: the browser-test database, seeded by whichever
 * of these tests or the browser tests starts first (the same deterministic network either way).
 */
@AutoConfigureMockMvc
@SpringBootTest
@ActiveProfiles("browsertest")
@Tag("postgres")
class DemoSeederPostgresTest extends DemoNetworkChecks {

  @Autowired DataSource dataSource;

  @Test
  void runsOnPostgres() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
  }
}

package fr.hen.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import fr.hen.PostgresIntegrationTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresIntegrationTest
class PostgresBatchTuningTest {

  @Autowired DataSource dataSource;

  @Test
  void onPostgres_batchedInsertsAreRewrittenIntoMultiRowInserts() {
    assertThat(dataSource).isInstanceOf(HikariDataSource.class);
    assertThat(((HikariDataSource) dataSource).getDataSourceProperties().getProperty("reWriteBatchedInserts"))
        .isEqualTo("true");
  }
}

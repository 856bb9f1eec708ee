package fr.hen.stays.live;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** Which database the application runs on: PostgreSQL (shared by instances) or the embedded H2 (one process). */
@Component
class Database {

  private final boolean postgres;

  Database(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
          .contains("postgres");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot tell the database", e);
    }
  }

  boolean postgres() {
    return postgres;
  }
}

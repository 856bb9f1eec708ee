package fr.hen;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any test runs, recreates the PostgreSQL test databases ({@code hen_test} for integration tests,
 * {@code hen_test_browser} for browser tests) so that every run starts from an empty schema. The server is
 * {@code HEN_TEST_PG} (default {@code 127.0.0.1:5432}, user {@code postgres}, trust auth). When no server answers
 * (a smoke run on H2), nothing is done and the PostgreSQL tests fail on their own connection.
 */
public class TestDatabases implements LauncherSessionListener {

  public static final String SERVER = System.getenv().getOrDefault("HEN_TEST_PG", "127.0.0.1:5432");
  public static final String USER = System.getenv().getOrDefault("HEN_TEST_PG_USER", "postgres");
  public static final String PASSWORD = System.getenv().getOrDefault("HEN_TEST_PG_PASSWORD", "");

  /** Database names; override with HEN_TEST_DB to run two checkouts' suites side by side. */
  public static final String MAIN_DB = System.getenv().getOrDefault("HEN_TEST_DB", "hen_test");
  public static final String BROWSER_DB = MAIN_DB + "_browser";

  public static String url(String database) {
    return "jdbc:postgresql://" + SERVER + "/" + database;
  }

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if ("smoke".equals(System.getProperty("hen.test.groups"))) {
      return;
    }
    try (Connection c = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
        Statement s = c.createStatement()) {
      for (String db : new String[] {MAIN_DB, BROWSER_DB}) {
        s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        s.execute("CREATE DATABASE " + db);
      }
    } catch (SQLException e) {
      System.err.println("[hen] PostgreSQL test databases not prepared: " + e.getMessage());
    }
  }
}

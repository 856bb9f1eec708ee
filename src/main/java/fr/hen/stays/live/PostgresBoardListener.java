package fr.hen.stays.live;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, listens to the board channel ({@code LISTEN hen_board}) on a connection of its own, outside the
 * pool, and passes each notification (an organisation id) to {@link BoardStream}: so a change committed by any
 * instance sharing the database reaches the board pages open on this one. When the connection is lost it reconnects
 * every second, then tells every page to refresh (a notification sent meanwhile would otherwise be missed).
 */
@Component
class PostgresBoardListener implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(PostgresBoardListener.class);

  private final DataSource dataSource;
  private final Database database;
  private final BoardStream stream;
  private volatile boolean running;
  private Thread thread;

  PostgresBoardListener(DataSource dataSource, Database database, BoardStream stream) {
    this.dataSource = dataSource;
    this.database = database;
    this.stream = stream;
  }

  @Override
  public void start() {
    if (!database.postgres()) {
      return;
    }
    running = true;
    thread = Thread.ofPlatform().daemon().name("board-listener").start(this::listen);
  }

  private void listen() {
    boolean first = true;
    while (running) {
      try (Connection connection = connect(); Statement statement = connection.createStatement()) {
        statement.execute("LISTEN " + BoardSignals.CHANNEL);
        if (!first) {
          stream.changed(BoardStream.ALL);
        }
        first = false;
        PGConnection pg = connection.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] notifications = pg.getNotifications(500);
          if (notifications == null) {
            continue;
          }
          for (PGNotification notification : notifications) {
            stream.changed(Long.parseLong(notification.getParameter()));
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (running) {
          LOG.warn("Board listener lost its connection; reconnecting in 1 s: {}", e.toString());
          first = false;
          sleep();
        }
      }
    }
  }

  /** A connection of its own, not one of the pool's (it is held for as long as the application runs). */
  private Connection connect() throws SQLException {
    if (dataSource instanceof HikariDataSource hikari) {
      return DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
    }
    return dataSource.getConnection();
  }

  private static void sleep() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void stop() {
    running = false;
    if (thread != null) {
      thread.interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}

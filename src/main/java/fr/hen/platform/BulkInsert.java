package fr.hen.platform;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Bulk inserts for the modules' own loaders (demo seeding, imports): tens of thousands of rows in seconds, never one
 * statement per row. On PostgreSQL, {@code COPY ... FROM STDIN}; elsewhere (H2), multi-row {@code INSERT ... VALUES
 * (...), (...)} statements. Both run in the caller's transaction, if any. Rows may carry their ids: call
 * {@link #restartIdentity} afterwards so that later inserts do not collide.
 */
@Component
public class BulkInsert {

  /** Rows per multi-row insert: many times faster than a JDBC batch of single-row inserts on H2. */
  static final int ROWS_PER_INSERT = 500;

  private final JdbcTemplate jdbc;
  private volatile Boolean copies;

  public BulkInsert(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Whether the database takes {@code COPY} (PostgreSQL), the bulk path that keeps one transaction cheap. */
  public boolean copies() {
    if (copies == null) {
      copies = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) c -> c.isWrapperFor(PGConnection.class)));
    }
    return copies;
  }

  /**
   * Inserts the rows into the table; each row holds one value per column, in order (JDBC types: {@code String},
   * numbers, {@code Boolean}, {@code java.sql.Timestamp}, {@code java.sql.Date}, or null).
   */
  public void insert(String table, List<String> columns, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    if (copies()) {
      copy(table, columns, rows);
      return;
    }
    int width = columns.size();
    String tuple = "(" + "?, ".repeat(width - 1) + "?)";
    for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
      List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
      Object[] args = new Object[chunk.size() * width];
      for (int i = 0; i < chunk.size(); i++) {
        System.arraycopy(checkWidth(chunk.get(i), width), 0, args, i * width, width);
      }
      jdbc.update("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
          + String.join(", ", Collections.nCopies(chunk.size(), tuple)), args);
    }
  }

  /** Restarts the table's identity column {@code id} past its highest value. */
  public void restartIdentity(String table) {
    Long max = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM " + table, Long.class);
    jdbc.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (max + 1));
  }

  /** On PostgreSQL, {@code COPY ... FROM STDIN} (text format): the fastest bulk path, in the same transaction. */
  private void copy(String table, List<String> columns, List<Object[]> rows) {
    StringBuilder text = new StringBuilder(rows.size() * 128);
    for (Object[] row : rows) {
      Object[] fields = checkWidth(row, columns.size());
      for (int i = 0; i < fields.length; i++) {
        if (i > 0) {
          text.append('\t');
        }
        appendCopyValue(text, fields[i]);
      }
      text.append('\n');
    }
    jdbc.execute((ConnectionCallback<Long>) c -> {
      try {
        return c.unwrap(PGConnection.class).getCopyAPI().copyIn(
            "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN", new StringReader(text.toString()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static Object[] checkWidth(Object[] row, int width) {
    if (row.length != width) {
      throw new IllegalArgumentException("A row of " + row.length + " values for " + width + " columns");
    }
    return row;
  }

  /** One value in {@code COPY}'s text format: {@code \N} for null, backslash, tab and line breaks escaped. */
  static void appendCopyValue(StringBuilder text, Object value) {
    if (value == null) {
      text.append("\\N");
      return;
    }
    String s = value.toString();
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(ch);
      }
    }
  }
}

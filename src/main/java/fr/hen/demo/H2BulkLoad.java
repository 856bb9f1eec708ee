package fr.hen.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's bulk load into an empty H2 database, made cheaper: the plain secondary indexes of the tables loaded are
 * dropped first and built again afterwards from their own definitions (H2's {@code SCRIPT NODATA}), one sorted build
 * each instead of one B-tree insert per row, undo-logged and committed again with every statement; and foreign keys
 * are not checked while the loaders write ({@code SET REFERENTIAL_INTEGRITY FALSE}: the loaders check their
 * references before writing anything, {@code StaysLoadCheck} and {@code DischargeBulkLoader}). Unique and key
 * constraints, and the indexes behind foreign keys, stay in place. Only for the seeding of an empty database, before
 * the web server opens: the setting is the database's, not the session's.
 */
final class H2BulkLoad {

  private static final Pattern CREATE_INDEX =
      Pattern.compile("CREATE INDEX (\"[^\"]+\"\\.\"[^\"]+\") ON \"[^\"]+\"\\.\"([^\"]+)\"");

  private H2BulkLoad() {}

  /** Runs the load with foreign keys unchecked, then checks them again for what follows. */
  static void withoutReferenceChecks(JdbcTemplate jdbc, Runnable load) {
    jdbc.execute("SET REFERENTIAL_INTEGRITY FALSE");
    try {
      load.run();
    } finally {
      jdbc.execute("SET REFERENTIAL_INTEGRITY TRUE");
    }
  }

  /** Runs the load with these tables' plain indexes dropped, then builds them again (even when the load fails). */
  static void withoutIndexes(JdbcTemplate jdbc, Set<String> tables, Runnable load) {
    List<String> dropped = new ArrayList<>();
    for (String line : jdbc.queryForList("SCRIPT NODATA", String.class)) {
      Matcher m = CREATE_INDEX.matcher(line);
      if (m.lookingAt() && tables.contains(m.group(2).toLowerCase(Locale.ROOT))) {
        try {
          jdbc.execute("DROP INDEX " + m.group(1));
          dropped.add(line);
        } catch (DataAccessException e) {
          // an index a constraint uses stays
        }
      }
    }
    try {
      load.run();
    } finally {
      dropped.forEach(jdbc::execute);
    }
  }
}

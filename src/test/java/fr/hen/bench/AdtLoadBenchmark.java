package fr.hen.bench;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import fr.hen.HenApplication;
import fr.hen.adt.feed.AdtListener;
import fr.hen.adt.mllp.Mllp;
import fr.hen.adt.mllp.MllpServer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ADT over MLLP into PostgreSQL (see BENCHMARKS.md): starts HEN on a fresh database {@code hen_bench_adt} with a
 * hospital of many free beds, then
 * <ol>
 *   <li>throughput: several connections stream admissions, transfers and discharges (A01, A02, A03 of new visits;
 *   each connection waits for nothing, at most 64 frames in flight) through the whole feed — HAPI reading, the
 *   stays rules, events, audit, the message store — and the time to the last ACK gives messages per second;</li>
 *   <li>in the same run, the bare limit: a listener whose handler only parses with HAPI, builds the ACK and INSERTs
 *   the message in one statement (autocommit), on the same connections and messages;</li>
 *   <li>ACK latency at a paced 200 messages per second (4 connections × 50/s, open loop): p50 / p95 / p99 of the time
 *   from sending a frame to reading its ACK.</li>
 * </ol>
 * Arguments: [messages per throughput run (default 30,000)] [connections (default 8)] [latency seconds (20)]
 * [latency rate, messages per second (200)].
 */
public final class AdtLoadBenchmark {

  private static final String PG = System.getenv().getOrDefault("HEN_TEST_PG", "127.0.0.1:5432");
  private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final Pattern CONTROL = Pattern.compile("MSA\\|(A[AER])\\|([^|\\r]*)");
  private static int visitSequence;

  public static void main(String[] args) throws Exception {
    int messages = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
    int connections = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    int latencySeconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    int latencyRate = args.length > 3 ? Integer.parseInt(args[3]) : 200;
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + PG + "/postgres", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS hen_bench_adt WITH (FORCE)");
      s.execute("CREATE DATABASE hen_bench_adt");
    }
    int visits = (messages * 2 + 20_000) / 3 + 10_000;
    int history = Integer.getInteger("adt.history", 50_000);
    String facility;
    // a first start makes the schema; the hospital, its beds and a year of past stays are written; the second start
    // (the measured one) finds them like a production database, its census and discharge plans back-filled
    try (ConfigurableApplicationContext first = start()) {
      JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
      facility = seed(jdbc, visits * 2, history);
    }
    ConfigurableApplicationContext context = start();
    java.util.concurrent.ScheduledExecutorService analyze = java.util.concurrent.Executors
        .newSingleThreadScheduledExecutor();
    try {
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      jdbc.execute("CREATE TABLE bench_bare_message (id BIGSERIAL PRIMARY KEY, control_id VARCHAR(64), raw TEXT, "
          + "received_at TIMESTAMP)");
      jdbc.execute("ANALYZE");
      jdbc.execute("CHECKPOINT");
      jdbc.execute("SELECT pg_stat_reset()");
      // what autovacuum does in production (it is off on this machine kind): fresh planner statistics while the
      // tables grow, so that plans cached by prepared statements are made again for their size
      analyze.scheduleWithFixedDelay(() -> jdbc.execute("ANALYZE"), 10, 10, java.util.concurrent.TimeUnit.SECONDS);
      AdtListener listener = context.getBean(AdtListener.class);
      MllpServer.Settings settings = new MllpServer.Settings(64, 8 << 20, Duration.ofMinutes(5),
          Duration.ofSeconds(30), Duration.ofSeconds(30), 64);
      System.out.printf("machine: %d cores; connections: %d; messages per run: %d%n",
          Runtime.getRuntime().availableProcessors(), connections, messages);

      try (MllpServer feed = listener.open(0, settings)) {
        run("warm-up (feed)", feed.port(), workload(facility, Math.min(3_000, messages), connections), jdbc);
        double rate = run("feed: A01/A02/A03 through the stays rules into PostgreSQL", feed.port(),
            workload(facility, messages, connections), jdbc);
        System.out.printf("RESULT feed throughput: %.0f messages/s%n", rate);
      }
      try (MllpServer bare = bare(context.getBean(DataSource.class), settings)) {
        run("warm-up (bare)", bare.port(), workload(facility, Math.min(3_000, messages), connections), null);
        double rate = run("bare limit: HAPI parse + ACK + one INSERT per message", bare.port(),
            workload(facility, messages, connections), null);
        System.out.printf("RESULT bare limit: %.0f messages/s%n", rate);
      }
      // the paced run adds a few thousand rows to tables of a hundred thousand: autovacuum would not analyze them
      // meanwhile (its threshold is a tenth of a table), so the stand-in stops after a last ANALYZE
      analyze.shutdownNow();
      jdbc.execute("ANALYZE");
      try (MllpServer feed = listener.open(0, settings)) {
        latency(feed.port(), facility, latencySeconds, latencyRate);
      }
      System.out.printf("messages stored: %d, stays: %d%n",
          jdbc.queryForObject("SELECT COUNT(*) FROM adt_message", Long.class),
          jdbc.queryForObject("SELECT COUNT(*) FROM stay", Long.class));
      printTableScans(jdbc);
    } finally {
      analyze.shutdownNow();
      context.close();
    }
  }

  private static ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(HenApplication.class)
        .run("--spring.datasource.url=jdbc:postgresql://" + PG + "/hen_bench_adt",
            "--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=0",
            "--hen.hl7.port=0", "--logging.level.root=WARN",
            "--hen.hl7.writers=" + System.getProperty("adt.writers", "1"),
            "--hen.hl7.batch-size=" + System.getProperty("adt.batch", "500"),
            "--logging.level.fr.hen.adt.feed.AdtProcessor=" + System.getProperty("adt.log", "WARN"));
  }

  /** Sequential scans of the run's busiest tables: a row look-up that scans is a missing index or a stale plan. */
  private static void printTableScans(JdbcTemplate jdbc) {
    jdbc.query("""
        SELECT relname, seq_scan, seq_tup_read, idx_scan FROM pg_stat_user_tables
        WHERE seq_tup_read > 100000 ORDER BY seq_tup_read DESC LIMIT 8""", rs -> {
      System.out.printf("scans: %s seq %d (%d rows read), index %d%n", rs.getString(1), rs.getLong(2),
          rs.getLong(3), rs.getLong(4));
    });
  }

  /** A hospital of {@code beds} free beds in one unit (rooms of two beds); returns its code (MSH-4). */
  private static String seed(JdbcTemplate jdbc, int beds, int history) {
    String code = "BENCHADT";
    jdbc.update("""
        INSERT INTO organisation (code, type, name, city, partnership_status, created_at, updated_at)
        VALUES (?, 'HOSPITAL', 'Bench ADT', 'Lille', 'ACTIVE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""", code);
    long org = jdbc.queryForObject("SELECT id FROM organisation WHERE code = ?", Long.class, code);
    jdbc.update("INSERT INTO unit (organisation_id, code, name, specialism) VALUES (?, 'MED', 'Medecine', "
        + "'INTERNAL_MEDICINE')", org);
    long unit = jdbc.queryForObject("SELECT id FROM unit WHERE organisation_id = ?", Long.class, org);
    jdbc.update("INSERT INTO room (unit_id, code, capacity, gender_policy) SELECT ?, 'R' || g, 2, 'ANY' "
        + "FROM generate_series(1, ?) g", unit, beds / 2 + 1);
    jdbc.update("INSERT INTO bed (room_id, code, status, status_changed_at) SELECT r.id, c.code, 'FREE', "
        + "CURRENT_TIMESTAMP FROM room r CROSS JOIN (VALUES ('A'), ('B')) c(code) WHERE r.unit_id = ?", unit);
    // a year of past stays (discharged, three movements each), as a hospital's database holds
    jdbc.update("""
        INSERT INTO patient (organisation_id, mrn, family_name, given_name, birth_date, sex, created_at, created_by)
        SELECT ?, 'H' || g, 'Past' || g, 'Anne', DATE '1940-01-01' + (g % 20000), CASE WHEN g % 2 = 0 THEN 'F'
               ELSE 'M' END, CURRENT_TIMESTAMP, 'bench'
        FROM generate_series(1, ?) g""", org, history);
    jdbc.update("""
        INSERT INTO stay (organisation_id, patient_id, status, unit_id, admitted_at, discharged_at,
                          discharge_destination, admission_source, planned, external_id, created_at, created_by)
        SELECT ?, p.id, 'DISCHARGED', ?, CURRENT_TIMESTAMP - (400 - p.id % 365) * INTERVAL '1 day',
               CURRENT_TIMESTAMP - (395 - p.id % 365) * INTERVAL '1 day', 'HOME', 'HOME', FALSE, 'PAST' || p.id,
               CURRENT_TIMESTAMP, 'bench'
        FROM patient p WHERE p.organisation_id = ?""", org, unit, org);
    long firstBed = jdbc.queryForObject("SELECT MIN(b.id) FROM bed b JOIN room r ON r.id = b.room_id "
        + "WHERE r.unit_id = ?", Long.class, unit);
    for (String kind : List.of("ADMISSION", "TRANSFER", "DISCHARGE")) {
      jdbc.update("""
          INSERT INTO movement (stay_id, kind, occurred_at, from_unit_id, from_bed_id, to_unit_id, to_bed_id,
                                created_at, created_by)
          SELECT s.id, ?, s.admitted_at + ? * INTERVAL '2 day', ?, ?, ?, ?, CURRENT_TIMESTAMP, 'bench'
          FROM stay s WHERE s.organisation_id = ?""", kind, kind.equals("ADMISSION") ? 0
          : kind.equals("TRANSFER") ? 1 : 2, kind.equals("ADMISSION") ? null : unit,
          kind.equals("ADMISSION") ? null : firstBed + 2 * (kind.equals("DISCHARGE") ? 1 : 0),
          kind.equals("DISCHARGE") ? null : unit, kind.equals("DISCHARGE") ? null : firstBed + 2, org);
    }
    return code;
  }

  /** Per connection, its messages in order: for each new visit A01 into bed A of a room, A02 to bed B, A03. */
  private static List<List<String>> workload(String facility, int messages, int connections) {
    List<List<String>> streams = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      streams.add(new ArrayList<>());
    }
    LocalDateTime at = LocalDateTime.now().minusHours(3).withNano(0);
    int made = 0;
    while (made < messages) {
      for (int c = 0; c < connections && made < messages; c++) {
        int visit = ++visitSequence;
        String room = "R" + visit;
        List<String> stream = streams.get(c);
        stream.add(message(facility, "A01", visit, at, room + "^A", ""));
        stream.add(message(facility, "A02", visit, at.plusMinutes(30), room + "^B", ""));
        stream.add(message(facility, "A03", visit, at.plusMinutes(60), room + "^B", "HOME"));
        made += 3;
      }
    }
    return streams;
  }

  private static String message(String facility, String event, int visit, LocalDateTime at, String roomBed,
      String disposition) {
    String[] pv1 = new String[46];
    Arrays.fill(pv1, "");
    pv1[0] = "PV1";
    pv1[1] = "1";
    pv1[2] = "I";
    pv1[3] = "MED^" + roomBed;
    pv1[19] = "V" + visit;
    pv1[36] = disposition;
    return "MSH|^~\\&|PAS|" + facility + "|HEN|HEN|" + TS.format(at) + "||ADT^" + event + "^ADT_A01|" + event + "-"
        + visit + "|P|2.5\r" + "EVN|" + event + "|" + TS.format(at) + "|||||" + TS.format(at) + "\r"
        + "PID|1||M" + visit + "^^^^PI||Patient" + visit + "^Jeanne||19500203|F\r" + String.join("|", pv1) + "\r";
  }

  /** Streams every connection's messages at once; returns messages per second to the last ACK. */
  private static double run(String label, int port, List<List<String>> streams, JdbcTemplate events)
      throws Exception {
    int total = streams.stream().mapToInt(List::size).sum();
    Map<String, Integer> codes = new ConcurrentHashMap<>();
    CountDownLatch done = new CountDownLatch(streams.size());
    long start = System.nanoTime();
    for (List<String> stream : streams) {
      Thread.ofVirtual().start(() -> {
        try {
          send(port, stream, null, (code, control, nanos) -> codes.merge(code, 1, Integer::sum));
        } catch (Exception e) {
          System.err.println(label + ": " + e);
        } finally {
          done.countDown();
        }
      });
    }
    done.await();
    double seconds = (System.nanoTime() - start) / 1e9;
    double rate = total / seconds;
    System.out.printf("%s: %d messages in %.2f s = %.0f messages/s; ACKs %s%n", label, total, seconds, rate, codes);
    if (events != null) {
      // sustained means the other modules' listeners (census, discharge plans, referrals, waiting retry) keep up:
      // the run ends when every event publication of the feed is completed
      while (events.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL",
          Long.class) > 0) {
        Thread.sleep(20);
      }
      double all = (System.nanoTime() - start) / 1e9;
      System.out.printf("%s, listeners done: %.2f s = %.0f messages/s%n", label, all, total / all);
      return total / all;
    }
    return rate;
  }

  interface OnAck {
    void ack(String code, String control, long nanos);
  }

  /** Sends the messages (paced every {@code intervalNanos} when not null) and reads their ACKs. */
  private static void send(int port, List<String> messages, Long intervalNanos, OnAck onAck) throws Exception {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(socket.getInputStream(), 65536);
      Map<String, Long> sentAt = new ConcurrentHashMap<>();
      Thread reader = Thread.ofVirtual().start(() -> {
        long[] garbage = new long[1];
        try {
          for (int i = 0; i < messages.size(); i++) {
            Mllp.Frame frame = Mllp.read(in, 1 << 20, new Mllp.Progress() {
              @Override
              public void started() {}

              @Override
              public void read() {}
            }, garbage);
            long now = System.nanoTime();
            Matcher m = CONTROL.matcher(new String(frame.bytes(), StandardCharsets.UTF_8));
            if (m.find()) {
              Long sent = sentAt.remove(m.group(2));
              onAck.ack(m.group(1), m.group(2), sent == null ? 0 : now - sent);
            }
          }
        } catch (IOException e) {
          System.err.println("reader: " + e);
        }
      });
      OutputStream out = socket.getOutputStream();
      long next = System.nanoTime();
      for (String message : messages) {
        if (intervalNanos != null) {
          long wait = next - System.nanoTime();
          if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
          }
          next += intervalNanos;
        }
        String control = message.substring(0, message.indexOf('\r')).split("\\|")[9];
        sentAt.put(control, System.nanoTime());
        Mllp.write(out, message.getBytes(StandardCharsets.UTF_8));
      }
      reader.join();
    }
  }

  /** {@code rate} messages per second on 4 connections (open loop) for {@code seconds}: ACK latency. */
  private static void latency(int port, String facility, int seconds, int rate) throws Exception {
    int perConnection = rate / 4 * seconds;
    List<List<String>> streams = workload(facility, perConnection * 4, 4);
    List<Long> times = java.util.Collections.synchronizedList(new ArrayList<>());
    CountDownLatch done = new CountDownLatch(4);
    for (List<String> stream : streams) {
      Thread.ofVirtual().start(() -> {
        try {
          send(port, stream, 4_000_000_000L / rate, (code, control, nanos) -> times.add(nanos));
        } catch (Exception e) {
          System.err.println("latency: " + e);
        } finally {
          done.countDown();
        }
      });
    }
    done.await();
    long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf("RESULT ACK latency at " + rate + " messages/s (%d messages): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, "
        + "max %.1f ms%n", sorted.length, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
        sorted[sorted.length - 1] / 1e6);
  }

  private static double pct(long[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
  }

  /** The bare limit's listener: HAPI parse, ACK, one INSERT (autocommit) per message, in the connection's thread. */
  private static MllpServer bare(DataSource dataSource, MllpServer.Settings settings) throws Exception {
    HapiContext hapi = new DefaultHapiContext();
    hapi.setModelClassFactory(new CanonicalModelClassFactory("2.5"));
    hapi.setValidationContext(ValidationContextFactory.noValidation());
    PipeParser parser = hapi.getPipeParser();
    return new MllpServer(null, 0, settings, frame -> {
      try (Connection c = dataSource.getConnection();
          PreparedStatement insert = c.prepareStatement(
              "INSERT INTO bench_bare_message (control_id, raw, received_at) VALUES (?, ?, ?)")) {
        String raw = new String(frame.bytes(), StandardCharsets.UTF_8);
        Message message = parser.parse(raw);
        String ack = parser.encode(message.generateACK());
        insert.setString(1, new ca.uhn.hl7v2.util.Terser(message).get("/MSH-10"));
        insert.setString(2, raw);
        insert.setObject(3, LocalDateTime.now());
        insert.executeUpdate();
        return CompletableFuture.completedFuture(ack.getBytes(StandardCharsets.UTF_8));
      } catch (Exception e) {
        return CompletableFuture.failedFuture(e);
      }
    });
  }
}

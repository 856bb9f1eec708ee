package fr.hen.adt.feed;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.TestDatabases;
import fr.hen.adt.mllp.Mllp;
import fr.hen.adt.mllp.MllpClient;
import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * kill -9 while a feed runs: the application runs as a child JVM on the PostgreSQL test database; four connections
 * stream admissions and transfers; the process is killed ({@code destroyForcibly}, SIGKILL) mid-feed and started
 * again; every message is sent again (those acknowledged and those not). Every acknowledged message must be stored
 * before the kill, and in the end every message is applied exactly once.
 */
@Tag("postgres")
class AdtCrashRecoveryTest {

  private static final Pattern MSA = Pattern.compile("MSA\\|(A[AER])\\|([^|\\r]*)");
  private static final int STREAMS = 4;
  private static final int VISITS_PER_STREAM = 120;

  private final JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(
      TestDatabases.url(TestDatabases.MAIN_DB), TestDatabases.USER, TestDatabases.PASSWORD));

  @Test
  void killMinusNineLosesNoAcknowledgedMessageAndAppliesNoneTwice() throws Exception {
    int port = freePort();
    Path log = Path.of("target", "adt-crash-child.log");
    Process child = start(port, log, false);
    Process restarted = null;
    try {
      awaitListener(port, child);
      String facility = "CRASH" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
      seed(facility);
      String run = Long.toString(System.nanoTime() % 1_000_000L, 36);
      List<List<String>> streams = new ArrayList<>();
      for (int s = 0; s < STREAMS; s++) {
        List<String> messages = new ArrayList<>();
        for (int v = 0; v < VISITS_PER_STREAM; v++) {
          int n = s * VISITS_PER_STREAM + v;
          String visit = "K" + run + "-" + n;
          LocalDateTime at = LocalDateTime.now().minusHours(2).withNano(0);
          messages.add(Hl7Messages.adt(facility, "A01", visit + "-1", at, "MK" + run + n, "CR^R" + n + "^A", visit));
          messages.add(Hl7Messages.adt(facility, "A02", visit + "-2", at.plusMinutes(30), "MK" + run + n,
              "CR^R" + n + "^B", visit));
        }
        streams.add(messages);
      }
      int total = STREAMS * VISITS_PER_STREAM * 2;

      // stream everything on four connections; kill the process once a third is acknowledged
      Map<String, String> acked = new ConcurrentHashMap<>();
      List<Thread> senders = new ArrayList<>();
      for (List<String> messages : streams) {
        senders.add(Thread.ofVirtual().start(() -> stream(port, messages, acked)));
      }
      long deadline = System.currentTimeMillis() + 120_000;
      while (acked.size() < total / 3 && System.currentTimeMillis() < deadline && child.isAlive()) {
        Thread.sleep(5);
      }
      assertThat(acked.size()).as("acknowledged before the kill").isGreaterThan(0);
      child.destroyForcibly().waitFor();
      for (Thread t : senders) {
        t.join(30_000);
      }
      Set<String> ackedBeforeKill = Set.copyOf(acked.keySet());
      assertThat(ackedBeforeKill.size()).as("some messages were not acknowledged: the kill was mid-feed")
          .isLessThan(total);

      // no acknowledged message is lost: each is stored, with its effect
      for (String control : ackedBeforeKill) {
        assertThat(jdbc.sql("SELECT status FROM adt_message WHERE sending_facility = :f AND control_id = :c")
            .param("f", facility).param("c", control).query(String.class).optional())
            .as("acknowledged message %s is stored", control).contains("PROCESSED");
      }

      restarted = start(port, log, true);
      awaitListener(port, restarted);
      // everything is sent again, in order, acknowledged or not
      Map<String, String> second = new ConcurrentHashMap<>();
      List<Thread> resenders = new ArrayList<>();
      for (List<String> messages : streams) {
        resenders.add(Thread.ofVirtual().start(() -> stream(port, messages, second)));
      }
      for (Thread t : resenders) {
        t.join(180_000);
      }
      assertThat(second).hasSize(total);
      assertThat(second.values()).containsOnly("AA");

      // exactly once: one row per message, one stay per visit with one admission and one transfer, in bed B
      assertThat(jdbc.sql("SELECT COUNT(*) FROM adt_message WHERE sending_facility = :f AND status = 'PROCESSED'")
          .param("f", facility).query(Long.class).single()).isEqualTo(total);
      long org = organisation(facility);
      assertThat(jdbc.sql("SELECT COUNT(*) FROM stay WHERE organisation_id = :org AND voided = FALSE")
          .param("org", org).query(Long.class).single()).isEqualTo(STREAMS * VISITS_PER_STREAM);
      assertThat(jdbc.sql("""
              SELECT COUNT(*) FROM movement m JOIN stay s ON s.id = m.stay_id
              WHERE s.organisation_id = :org AND m.voided = FALSE""")
          .param("org", org).query(Long.class).single()).isEqualTo(total);
      assertThat(jdbc.sql("""
              SELECT COUNT(*) FROM stay s JOIN bed b ON b.id = s.bed_id
              WHERE s.organisation_id = :org AND b.code = 'B' AND s.status = 'IN_HOSPITAL'""")
          .param("org", org).query(Long.class).single()).isEqualTo(STREAMS * VISITS_PER_STREAM);
    } finally {
      child.destroyForcibly();
      if (restarted != null) {
        restarted.destroy();
        restarted.waitFor();
      }
    }
  }

  /** Sends the messages one after the other without waiting (a reader collects ACKs by MSH-10). */
  private static void stream(int port, List<String> messages, Map<String, String> acks) {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(60_000);
      InputStream in = new BufferedInputStream(socket.getInputStream());
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
            if (frame == null) {
              return;
            }
            Matcher m = MSA.matcher(new String(frame.bytes(), StandardCharsets.UTF_8));
            if (m.find()) {
              acks.put(m.group(2), m.group(1));
            }
          }
        } catch (IOException ended) {
          // killed
        }
      });
      OutputStream out = socket.getOutputStream();
      for (String message : messages) {
        Mllp.write(out, message.getBytes(StandardCharsets.UTF_8));
      }
      reader.join(120_000);
    } catch (IOException | InterruptedException ended) {
      // the process was killed
    }
  }

  private Process start(int port, Path log, boolean append) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        "fr.hen.HenApplication", "--server.port=0", "--hen.hl7.port=" + port,
        "--spring.datasource.url=" + TestDatabases.url(TestDatabases.MAIN_DB),
        "--spring.datasource.username=" + TestDatabases.USER,
        "--spring.datasource.password=" + TestDatabases.PASSWORD,
        "--spring.datasource.hikari.maximum-pool-size=4");
    builder.redirectErrorStream(true);
    File file = log.toFile();
    builder.redirectOutput(append ? ProcessBuilder.Redirect.appendTo(file) : ProcessBuilder.Redirect.to(file));
    return builder.start();
  }

  private static void awaitListener(int port, Process process) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 180_000;
    while (System.currentTimeMillis() < deadline) {
      assertThat(process.isAlive()).as("the application started (see target/adt-crash-child.log)").isTrue();
      try (MllpClient probe = new MllpClient("localhost", port, Duration.ofSeconds(1))) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(250);
      }
    }
    throw new AssertionError("the HL7 listener did not open on port " + port);
  }

  private void seed(String facility) {
    jdbc.sql("""
        INSERT INTO organisation (code, type, name, city, partnership_status, created_at, updated_at)
        VALUES (:code, 'HOSPITAL', :code, 'Lille', 'ACTIVE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
        .param("code", facility).update();
    long org = organisation(facility);
    jdbc.sql("INSERT INTO unit (organisation_id, code, name, specialism) VALUES (:org, 'CR', 'Crash', "
        + "'INTERNAL_MEDICINE')").param("org", org).update();
    long unit = jdbc.sql("SELECT id FROM unit WHERE organisation_id = :org").param("org", org).query(Long.class)
        .single();
    for (int n = 0; n < STREAMS * VISITS_PER_STREAM; n++) {
      jdbc.sql("INSERT INTO room (unit_id, code, capacity, gender_policy) VALUES (:unit, :code, 2, 'ANY')")
          .param("unit", unit).param("code", "R" + n).update();
    }
    jdbc.sql("""
        INSERT INTO bed (room_id, code, status, status_changed_at)
        SELECT r.id, c.code, 'FREE', CURRENT_TIMESTAMP FROM room r CROSS JOIN (SELECT 'A' AS code UNION ALL
            SELECT 'B') c WHERE r.unit_id = :unit""").param("unit", unit).update();
  }

  private long organisation(String code) {
    return jdbc.sql("SELECT id FROM organisation WHERE code = :c").param("c", code).query(Long.class).single();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}

package fr.hen.adt.feed;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.PostgresIntegrationTest;
import fr.hen.adt.AdtCommandAccess;
import fr.hen.adt.mllp.MllpServer;
import fr.hen.stays.StaysFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code adt send} against a real listener: the ACKs printed, the exit code, {@code --today}. */
@PostgresIntegrationTest
class AdtCommandTest {

  @Autowired AdtListener listener;
  @Autowired JdbcClient jdbc;
  @TempDir Path dir;

  @Test
  void sendsAFileAndPrintsEachAck() throws Exception {
    StaysFixture fixture = new StaysFixture(jdbc);
    long org = fixture.organisation("HOSPITAL");
    String facility = jdbc.sql("SELECT code FROM organisation WHERE id = :id").param("id", org)
        .query(String.class).single();
    long unit = fixture.unit(org, "MED");
    long room = fixture.room(unit, "101", "ANY");
    fixture.bed(room, "A", "FREE", null);
    // a day recorded three days ago, LF-separated: with --today it plays as the day ending now
    LocalDateTime then = LocalDateTime.now().minusDays(3).minusHours(2).withNano(0);
    String a01 = Hl7Messages.adt(facility, "A01", Hl7Messages.nextControlId(), then, "CLI1", "MED^101^A", "VC1");
    String a03 = Hl7Messages.adt(facility, "A03", Hl7Messages.nextControlId(), then.plusHours(1), "CLI1",
        "MED^101^A", "VC1");
    String unknownBed = Hl7Messages.adt(facility, "A01", Hl7Messages.nextControlId(), then.plusHours(1), "CLI2",
        "MED^999^Z", "VC2");
    Path good = dir.resolve("good.hl7");
    Files.writeString(good, (a01 + a03).replace('\r', '\n'));
    Path bad = dir.resolve("bad.hl7");
    Files.writeString(bad, unknownBed.replace("\r", "\r\n"));
    try (MllpServer server = listener.open(0, new MllpServer.Settings(4, 1 << 20, Duration.ofSeconds(30),
        Duration.ofSeconds(10), Duration.ofSeconds(10), 4))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int code = AdtCommandAccess.run(new String[] {"send", good.toString(), "--host", "localhost", "--port",
          String.valueOf(server.port()), "--today"}, new PrintStream(out, true, StandardCharsets.UTF_8));
      String printed = out.toString(StandardCharsets.UTF_8);
      assertThat(code).as(printed).isZero();
      assertThat(printed.lines().filter(l -> l.startsWith("MSA|AA|"))).hasSize(2);
      assertThat(jdbc.sql("SELECT status FROM stay WHERE organisation_id = :org AND external_id = 'VC1'")
          .param("org", org).query(String.class).single()).isEqualTo("DISCHARGED");
      // without --today the stays rules would have refused nothing here either; the day moved onto today:
      assertThat(jdbc.sql("SELECT admitted_at FROM stay WHERE organisation_id = :org AND external_id = 'VC1'")
          .param("org", org).query(LocalDateTime.class).single()).isAfter(LocalDateTime.now().minusHours(2));

      out.reset();
      code = AdtCommandAccess.run(new String[] {"send", bad.toString(), "--port", String.valueOf(server.port())},
          new PrintStream(out, true, StandardCharsets.UTF_8));
      assertThat(code).isEqualTo(1);
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("MSA|AE|").contains("invalid:PV1-3");
    }
    assertThat(AdtCommandAccess.run(new String[] {"send"}, new PrintStream(new ByteArrayOutputStream())))
        .isEqualTo(2);
    assertThat(AdtCommandAccess.run(new String[] {"send", dir.resolve("none").toString(), "--port", "1"},
        new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
  }
}

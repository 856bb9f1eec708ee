package fr.hen.adt.feed;

import static fr.hen.adt.feed.Hl7Messages.adt;
import static fr.hen.adt.feed.Hl7Messages.nextControlId;
import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.PostgresIntegrationTest;
import fr.hen.adt.mllp.Mllp;
import fr.hen.adt.mllp.MllpClient;
import fr.hen.adt.mllp.MllpServer;
import fr.hen.stays.StaysFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each bad input of issue 11 over a real MLLP connection: the answer (AE / AR with ERR), the message kept, and the
 * connection and listener still serving the next message; idle, slow and non-reading clients; the connection cap.
 */
@PostgresIntegrationTest
class AdtBadInputTest {

  @Autowired AdtListener listener;
  @Autowired JdbcClient jdbc;
  @Autowired AdtPipeline pipeline;

  MllpServer server;
  String facility;
  long org;
  int visits;

  @BeforeEach
  void setUp() {
    server = open(new MllpServer.Settings(8, 8 << 20, Duration.ofSeconds(30), Duration.ofSeconds(10),
        Duration.ofSeconds(10), 16));
    StaysFixture fixture = new StaysFixture(jdbc);
    org = fixture.organisation("HOSPITAL");
    facility = jdbc.sql("SELECT code FROM organisation WHERE id = :id").param("id", org).query(String.class)
        .single();
    long med = fixture.unit(org, "MED");
    for (String room : new String[] {"101", "102", "103"}) {
      long r = fixture.room(med, room, "ANY");
      fixture.bed(r, "A", "FREE", null);
      fixture.bed(r, "B", "FREE", null);
    }
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  MllpServer open(MllpServer.Settings settings) {
    return listener.open(0, settings);
  }

  MllpClient client(MllpServer s) throws IOException {
    return new MllpClient("localhost", s.port(), Duration.ofSeconds(10));
  }

  static LocalDateTime ago(int minutes) {
    return LocalDateTime.now().minusMinutes(minutes).withNano(0);
  }

  static String msa(String ack) {
    return java.util.Arrays.stream(ack.split("\r")).filter(l -> l.startsWith("MSA")).findFirst().orElseThrow();
  }

  static String err(String ack) {
    return java.util.Arrays.stream(ack.split("\r")).filter(l -> l.startsWith("ERR")).findFirst().orElse("");
  }

  Map<String, Object> stored(String controlId) {
    return jdbc.sql("SELECT status, ack_code, error_code, raw, raw_bytes FROM adt_message WHERE control_id = :c")
        .param("c", controlId).query().singleRow();
  }

  /** The connection still works: a good admission gets AA. */
  void stillServes(MllpClient c) throws IOException {
    String control = nextControlId();
    String ack = c.send(adt(facility, "A01", control, ago(30), "OK" + control, "MED^10" + (1 + visits / 2) + "^"
        + (visits % 2 == 0 ? "A" : "B"), "OK" + control));
    visits++;
    assertThat(msa(ack)).startsWith("MSA|AA|" + control);
  }

  @Test
  void noMsh() throws IOException {
    try (MllpClient c = client(server)) {
      String ack = c.send("PID|1||X^^^^PI||Dupont^Jean||19600101|M\rPV1|1|I|MED^101^A\r");
      assertThat(msa(ack)).startsWith("MSA|AR|");
      assertThat(err(ack)).isEqualTo("ERR||MSH^1|100^Segment sequence error^HL70357|E|no-msh|||"
          + "the message does not start with an MSH segment");
      assertThat(jdbc.sql("SELECT COUNT(*) FROM adt_message WHERE error_code = 'no-msh' AND raw LIKE 'PID|1||X%'")
          .query(Long.class).single()).isPositive();
      stillServes(c);
    }
  }

  @Test
  void badDelimiters() throws IOException {
    try (MllpClient c = client(server)) {
      String ack = c.send("MSH|^^^^|PAS|" + facility + "|HEN|HEN|20261129||ADT^A01|X1|P|2.5\r");
      assertThat(msa(ack)).startsWith("MSA|AR|");
      assertThat(err(ack)).contains("|102^Data type error^HL70357|E|delimiters|");
      stillServes(c);
    }
  }

  @Test
  void unknownEvent() throws IOException {
    String control = nextControlId();
    try (MllpClient c = client(server)) {
      String ack = c.send(adt(facility, "A99", control, ago(30), "M1", "MED^101^A", "V1"));
      assertThat(msa(ack)).startsWith("MSA|AR|" + control);
      assertThat(err(ack)).contains("MSH^1^9^2|201^Unsupported event code^HL70357|E|event|");
      assertThat(stored(control)).containsEntry("status", "REJECTED").containsEntry("ack_code", "AR");
      stillServes(c);
    }
  }

  @Test
  void missingPv1() throws IOException {
    String control = nextControlId();
    try (MllpClient c = client(server)) {
      String message = Hl7Messages.msh(facility, "A01", control) + Hl7Messages.evn("A01", ago(30))
          + Hl7Messages.pid("M2", "Dupont", "Jean", "19600101", "M");
      String ack = c.send(message);
      assertThat(msa(ack)).startsWith("MSA|AE|" + control);
      assertThat(err(ack)).contains("|PV1|100^Segment sequence error^HL70357|E|");
      assertThat(stored(control)).containsEntry("status", "ERROR");
      stillServes(c);
    }
  }

  @Test
  void badDates() throws IOException {
    try (MllpClient c = client(server)) {
      String control = nextControlId();
      String message = adt(facility, "A01", control, ago(30), "M3", "MED^101^A", "V3")
          .replaceFirst("EVN\\|A01\\|\\d+\\|\\|\\|\\|\\|\\d+", "EVN|A01|20261345||||20261345");
      String ack = c.send(message);
      assertThat(msa(ack)).startsWith("MSA|AE|" + control);
      assertThat(err(ack)).contains("|EVN^1^6|102^Data type error^HL70357|E|bad-value|");
      String birth = nextControlId();
      ack = c.send(adt(facility, "A01", birth, ago(30), "M4", "MED^101^A", "V4").replace("19500203", "19501302"));
      assertThat(msa(ack)).startsWith("MSA|AE|" + birth);
      assertThat(err(ack)).contains("|PID^1^7|102^");
      assertThat(stored(birth)).containsEntry("status", "ERROR");
      String future = nextControlId();
      ack = c.send(adt(facility, "A01", future, LocalDateTime.now().plusDays(2), "M5", "MED^101^A", "V5"));
      assertThat(msa(ack)).startsWith("MSA|AE|" + future);
      assertThat(err(ack)).contains("invalid:admitted_at");
      stillServes(c);
    }
  }

  @Test
  void unknownBedOrUnit() throws IOException {
    try (MllpClient c = client(server)) {
      String control = nextControlId();
      String ack = c.send(adt(facility, "A01", control, ago(30), "M6", "MED^101^Z", "V6"));
      assertThat(msa(ack)).startsWith("MSA|AE|" + control);
      assertThat(err(ack)).contains("|PV1^1^3|103^Table value not found^HL70357|E|invalid:PV1-3|");
      String unit = nextControlId();
      ack = c.send(adt(facility, "A01", unit, ago(30), "M7", "NOPE^101^A", "V7"));
      assertThat(msa(ack)).startsWith("MSA|AE|" + unit);
      assertThat(stored(unit)).containsEntry("status", "ERROR").containsEntry("error_code", "invalid:PV1-3");
      stillServes(c);
    }
  }

  @Test
  void unknownSendingFacility() throws IOException {
    String control = nextControlId();
    try (MllpClient c = client(server)) {
      String ack = c.send(adt("NOBODY-" + control, "A01", control, ago(30), "M8", "MED^101^A", "V8"));
      assertThat(msa(ack)).startsWith("MSA|AR|" + control);
      assertThat(err(ack)).contains("|MSH^1^4|204^Unknown key identifier^HL70357|E|unknown-facility|");
      assertThat(stored(control)).containsEntry("status", "REJECTED");
      stillServes(c);
    }
  }

  @Test
  void aFiveMegabyteMessageIsRefusedAndKept() throws IOException {
    String control = nextControlId();
    StringBuilder big = new StringBuilder(adt(facility, "A01", control, ago(30), "M9", "MED^101^A", "V9"));
    while (big.length() < 5 * 1024 * 1024) {
      big.append("NTE|1||").append("x".repeat(1000)).append('\r');
    }
    try (MllpClient c = client(server)) {
      String ack = c.send(big.toString());
      assertThat(msa(ack)).startsWith("MSA|AR|" + control);
      assertThat(err(ack)).contains("too-large");
      Map<String, Object> row = stored(control);
      assertThat(row).containsEntry("status", "REJECTED");
      assertThat(((Number) row.get("raw_bytes")).longValue()).isEqualTo(big.length());
      assertThat(((String) row.get("raw")).length()).isEqualTo(big.length());
      stillServes(c);
    }
  }

  @Test
  void wrongEncodingIsRefusedAndLatin1WhenDeclaredIsRead() throws IOException {
    try (MllpClient c = client(server); Socket s = c.socket()) {
      String control = nextControlId();
      String message = adt(facility, "A01", control, ago(30), "M10", "MED^101^A", "V10")
          .replace("Dupont", "Dupr\u00e9").replace("UNICODE UTF-8", "");
      c.writeRaw(frame(message.getBytes(StandardCharsets.ISO_8859_1)));
      String ack = c.readAck();
      assertThat(msa(ack)).startsWith("MSA|AR|" + control);
      assertThat(err(ack)).contains("MSH^1^18|102^Data type error^HL70357|E|encoding|");
      assertThat(stored(control)).containsEntry("status", "REJECTED");

      String latin = nextControlId();
      String declared = adt(facility, "A01", latin, ago(30), "M11", "MED^101^A", "V11")
          .replace("Dupont", "Dupr\u00e9").replace("UNICODE UTF-8", "8859/1");
      c.writeRaw(frame(declared.getBytes(StandardCharsets.ISO_8859_1)));
      assertThat(msa(c.readAck())).startsWith("MSA|AA|" + latin);
      assertThat(jdbc.sql("SELECT family_name FROM patient WHERE organisation_id = :org AND mrn = 'M11'")
          .param("org", org).query(String.class).single()).isEqualTo("Dupr\u00e9");
      visits = 1;
      stillServes(c);
    }
  }

  @Test
  void garbageBetweenFramesIsSkippedAndKept() throws IOException {
    try (MllpClient c = client(server)) {
      String control = nextControlId();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(("garbage-" + control + " between frames").getBytes(StandardCharsets.UTF_8));
      out.writeBytes(frame(adt(facility, "A01", control, ago(30), "M12", "MED^101^A", "V12")
          .getBytes(StandardCharsets.UTF_8)));
      out.writeBytes(new byte[] {0, 1, 2, 'z', Mllp.FS, Mllp.CR});
      c.writeRaw(out.toByteArray());
      assertThat(msa(c.readAck())).startsWith("MSA|AA|" + control);
      visits = 1;
      stillServes(c);
    }
    // kept as a rejected row of the hospital of the frame that follows it, so that its monitor shows it
    assertThat(jdbc.sql("""
            SELECT COUNT(*) FROM adt_message WHERE error_code = 'garbage' AND raw LIKE :g AND organisation_id = :org
              AND status = 'REJECTED'""")
        .param("g", "garbage-%").param("org", org).query(Long.class).single()).isEqualTo(1);
    // a replay of it (still garbage) keeps it with its hospital
    long garbageRow = jdbc.sql("""
            SELECT id FROM adt_message WHERE error_code = 'garbage' AND organisation_id = :org AND raw LIKE :g""")
        .param("org", org).param("g", "garbage-%").query(Long.class).single();
    assertThat(pipeline.replay(garbageRow, "tester").join()).isTrue();
    assertThat(jdbc.sql("SELECT organisation_id || ' ' || status || ' ' || attempts FROM adt_message WHERE id = :id")
        .param("id", garbageRow).query(String.class).single())
        .isEqualTo(org + " REJECTED 2"); // two attempts: received, replayed
    assertThat(server.garbageBytes()).isPositive();
  }

  @Test
  void idleAndSlowConnectionsTimeOut() throws Exception {
    try (MllpServer strict = open(new MllpServer.Settings(8, 1 << 20, Duration.ofMillis(500),
        Duration.ofMillis(500), Duration.ofSeconds(5), 4))) {
      try (MllpClient idle = client(strict)) {
        Thread.sleep(1500);
        assertThat(idle.readAck()).isNull(); // closed by the listener
      }
      try (MllpClient slow = client(strict)) {
        byte[] message = frame(adt(facility, "A01", nextControlId(), ago(30), "M13", "MED^101^A", "V13")
            .getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 6; i++) { // a byte every 300 ms: each read is within the idle time, the frame is not
          slow.writeRaw(new byte[] {message[i]});
          Thread.sleep(300);
        }
        assertThat(slow.readAck()).isNull();
      } catch (java.net.SocketException closed) {
        // the write itself may see the reset: closed either way
      }
      try (MllpClient good = client(strict)) {
        stillServes(good); // the listener serves on after closing the idle and the slow ones
      }
    }
  }

  @Test
  void aClientThatNeverReadsItsAcksIsCutOffAndOthersAreServed() throws Exception {
    try (MllpServer strict = open(new MllpServer.Settings(8, 1 << 20, Duration.ofSeconds(30),
        Duration.ofSeconds(5), Duration.ofMillis(800), 4))) {
      // a rejected message with a huge sending facility: each ACK repeats it (about 200 kB)
      String control = nextControlId();
      String message = Hl7Messages.msh("F" + "X".repeat(200_000), "A01", control);
      Socket deaf = new Socket();
      deaf.setReceiveBufferSize(4096);
      deaf.connect(new InetSocketAddress("localhost", strict.port()));
      Thread writer = Thread.ofVirtual().start(() -> {
        try {
          for (int i = 0; i < 200; i++) {
            deaf.getOutputStream().write(frame(message.getBytes(StandardCharsets.UTF_8)));
          }
        } catch (IOException expected) {
          // cut off by the listener
        }
      });
      long deadline = System.currentTimeMillis() + 20_000;
      while (System.currentTimeMillis() < deadline && writer.isAlive()) {
        Thread.sleep(100);
      }
      assertThat(writer.isAlive()).as("the deaf client was cut off").isFalse();
      try (MllpClient good = client(strict)) {
        stillServes(good);
      }
      deaf.close();
    }
  }

  @Test
  void connectionsBeyondTheCapAreClosedAtOnce() throws Exception {
    try (MllpServer capped = open(new MllpServer.Settings(2, 1 << 20, Duration.ofSeconds(30),
        Duration.ofSeconds(5), Duration.ofSeconds(5), 4))) {
      try (MllpClient a = client(capped); MllpClient b = client(capped)) {
        stillServes(a);
        stillServes(b);
        try (MllpClient third = client(capped)) {
          third.write("MSH|^~\\&|X|Y|Z|W|20261129||ADT^A01|1|P|2.5\r");
          assertThat(third.readAck()).isNull();
        } catch (java.net.SocketException reset) {
          // closed at once
        }
        assertThat(capped.refusedConnections()).isEqualTo(1);
        stillServes(a);
      }
    }
  }

  static byte[] frame(byte[] message) {
    byte[] framed = new byte[message.length + 3];
    framed[0] = Mllp.VT;
    System.arraycopy(message, 0, framed, 1, message.length);
    framed[framed.length - 2] = Mllp.FS;
    framed[framed.length - 1] = Mllp.CR;
    return framed;
  }
}

package fr.hen.adt.feed;

import static fr.hen.adt.feed.Hl7Messages.adt;
import static fr.hen.adt.feed.Hl7Messages.msh;
import static fr.hen.adt.feed.Hl7Messages.nextControlId;
import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.PostgresIntegrationTest;
import fr.hen.adt.mllp.MllpClient;
import fr.hen.adt.mllp.MllpServer;
import fr.hen.stays.StaysFixture;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The feed end to end over real MLLP connections into PostgreSQL: movements, duplicates, order, hospitals. */
@PostgresIntegrationTest
class AdtFeedIntegrationTest {

  @Autowired AdtListener listener;
  @Autowired JdbcClient jdbc;

  MllpServer server;
  StaysFixture fixture;
  String facility;
  long org;

  @BeforeEach
  void setUp() {
    server = listener.open(0, new MllpServer.Settings(16, 8 << 20, Duration.ofSeconds(30), Duration.ofSeconds(10),
        Duration.ofSeconds(10), 16));
    fixture = new StaysFixture(jdbc);
    org = fixture.organisation("HOSPITAL");
    facility = code(org);
    long med = fixture.unit(org, "MED");
    long r101 = fixture.room(med, "101", "ANY");
    fixture.bed(r101, "A", "FREE", null);
    fixture.bed(r101, "B", "FREE", null);
    long r102 = fixture.room(med, "102", "ANY");
    fixture.bed(r102, "A", "FREE", null);
    fixture.bed(r102, "B", "FREE", null);
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  String code(long organisation) {
    return jdbc.sql("SELECT code FROM organisation WHERE id = :id").param("id", organisation)
        .query(String.class).single();
  }

  MllpClient client() throws IOException {
    return new MllpClient("localhost", server.port(), Duration.ofSeconds(10));
  }

  static LocalDateTime ago(int minutes) {
    return LocalDateTime.now().minusMinutes(minutes).withNano(0);
  }

  String bedStatus(String room, String bed) {
    return jdbc.sql("""
            SELECT b.status FROM bed b JOIN room r ON r.id = b.room_id JOIN unit u ON u.id = r.unit_id
            WHERE u.organisation_id = :org AND r.code = :room AND b.code = :bed""")
        .param("org", org).param("room", room).param("bed", bed).query(String.class).single();
  }

  String planned(String visit) {
    return jdbc.sql("SELECT status FROM planned_admission WHERE organisation_id = :org AND external_ref = :v")
        .param("org", org).param("v", visit).query(String.class).single();
  }

  String isolation(String room, String bed) {
    return jdbc.sql("""
            SELECT b.isolation FROM bed b JOIN room r ON r.id = b.room_id JOIN unit u ON u.id = r.unit_id
            WHERE u.organisation_id = :org AND r.code = :room AND b.code = :bed""")
        .param("org", org).param("room", room).param("bed", bed).query(String.class).single();
  }

  Map<String, Object> stay(String visit) {
    return jdbc.sql("""
            SELECT s.status, r.code AS room, b.code AS bed, s.created_by, s.discharge_destination
            FROM stay s LEFT JOIN bed b ON b.id = s.bed_id LEFT JOIN room r ON r.id = b.room_id
            WHERE s.organisation_id = :org AND s.external_id = :visit AND s.voided = FALSE""")
        .param("org", org).param("visit", visit).query().singleRow();
  }

  long stays(String visit) {
    return jdbc.sql("SELECT COUNT(*) FROM stay WHERE organisation_id = :org AND external_id = :visit")
        .param("org", org).param("visit", visit).query(Long.class).single();
  }

  Map<String, Object> message(String controlId) {
    return jdbc.sql("""
            SELECT status, ack_code, error_code, error_text, organisation_id FROM adt_message
            WHERE sending_facility = :f AND control_id = :c""")
        .param("f", facility).param("c", controlId).query().singleRow();
  }

  static String msa(String ack) {
    return ack.lines().flatMap(l -> java.util.Arrays.stream(l.split("\r"))).filter(l -> l.startsWith("MSA"))
        .findFirst().orElseThrow();
  }

  @Test
  void admissionTransferDischargeOverMllp() throws Exception {
    try (MllpClient c = client()) {
      String admit = nextControlId();
      String ack = c.send(adt(facility, "A01", admit, ago(60), "MRN1", "MED^101^A", "V1"));
      assertThat(msa(ack)).startsWith("MSA|AA|" + admit);
      assertThat(stay("V1")).containsEntry("status", "IN_HOSPITAL").containsEntry("room", "101")
          .containsEntry("bed", "A").containsEntry("created_by", "system:adt-" + facility.toLowerCase());
      assertThat(bedStatus("101", "A")).isEqualTo("OCCUPIED");
      assertThat(message(admit)).containsEntry("status", "PROCESSED").containsEntry("ack_code", "AA");

      assertThat(msa(c.send(adt(facility, "A02", nextControlId(), ago(50), "MRN1", "MED^102^B", "V1"))))
          .startsWith("MSA|AA");
      assertThat(stay("V1")).containsEntry("room", "102").containsEntry("bed", "B");
      assertThat(bedStatus("101", "A")).isEqualTo("CLEANING");

      assertThat(msa(c.send(adt(facility, "A03", nextControlId(), ago(40), "MRN1", "MED^102^B", "V1", "36",
          "EHPAD")))).startsWith("MSA|AA");
      assertThat(stay("V1")).containsEntry("status", "DISCHARGED").containsEntry("discharge_destination", "EHPAD");
      assertThat(bedStatus("102", "B")).isEqualTo("CLEANING");
      assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE username = :a")
          .param("a", "system:adt-" + facility.toLowerCase()).query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void cancelsUndoTheirMovement() throws Exception {
    try (MllpClient c = client()) {
      assertThat(msa(c.send(adt(facility, "A01", nextControlId(), ago(60), "MRN2", "MED^101^A", "V2"))))
          .startsWith("MSA|AA");
      assertThat(msa(c.send(adt(facility, "A02", nextControlId(), ago(50), "MRN2", "MED^102^A", "V2"))))
          .startsWith("MSA|AA");
      // A12: back to the bed it left, the bed of the cancelled transfer free
      assertThat(msa(c.send(adt(facility, "A12", nextControlId(), ago(45), "MRN2", "MED^101^A", "V2"))))
          .startsWith("MSA|AA");
      assertThat(stay("V2")).containsEntry("room", "101").containsEntry("bed", "A");
      assertThat(bedStatus("102", "A")).isEqualTo("FREE");
      assertThat(bedStatus("101", "A")).isEqualTo("OCCUPIED");
      // A03 then A13: in hospital again in the same bed
      assertThat(msa(c.send(adt(facility, "A03", nextControlId(), ago(40), "MRN2", "MED^101^A", "V2"))))
          .startsWith("MSA|AA");
      assertThat(msa(c.send(adt(facility, "A13", nextControlId(), ago(39), "MRN2", "MED^101^A", "V2"))))
          .startsWith("MSA|AA");
      assertThat(stay("V2")).containsEntry("status", "IN_HOSPITAL").containsEntry("bed", "A");
      // A11: the admission is cancelled, the bed free, the visit can be admitted again
      assertThat(msa(c.send(adt(facility, "A11", nextControlId(), ago(38), "MRN2", "MED^101^A", "V2"))))
          .startsWith("MSA|AA");
      assertThat(bedStatus("101", "A")).isEqualTo("FREE");
      assertThat(msa(c.send(adt(facility, "A01", nextControlId(), ago(30), "MRN2", "MED^101^B", "V2"))))
          .startsWith("MSA|AA");
      assertThat(stay("V2")).containsEntry("bed", "B");
      assertThat(stays("V2")).isEqualTo(1);
    }
  }

  @Test
  void aRepeatGetsTheSameAckAndChangesNothing() throws Exception {
    String control = nextControlId();
    String message = adt(facility, "A01", control, ago(60), "MRN3", "MED^101^A", "V3");
    try (MllpClient c = client()) {
      String first = c.send(message);
      String second = c.send(message);
      assertThat(second).isEqualTo(first);
    }
    assertThat(stays("V3")).isEqualTo(1);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM adt_message WHERE control_id = :c").param("c", control)
        .query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void theSameMessageOnTwoConnectionsAtOnceIsAppliedOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 5; round++) {
        String control = nextControlId();
        String visit = "VC" + round;
        String message = adt(facility, "A01", control, ago(60), "MRNC" + round, "MED^10" + (1 + round % 2) + "^"
            + (round < 2 ? "A" : "B"), visit);
        List<Callable<String>> sends = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          sends.add(() -> {
            try (MllpClient c = client()) {
              return c.send(message);
            }
          });
        }
        List<String> acks = new ArrayList<>();
        for (Future<String> f : pool.invokeAll(sends)) {
          acks.add(f.get());
        }
        assertThat(acks).allSatisfy(a -> assertThat(a).isEqualTo(acks.getFirst()));
        assertThat(msa(acks.getFirst())).startsWith("MSA|AA");
        assertThat(stays(visit)).isEqualTo(1);
        if (round == 3) {
          break; // four beds
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aMessageAboutAStayNotYetKnownWaitsAndIsAppliedWhenTheStayAppears() throws Exception {
    try (MllpClient c = client()) {
      String transfer = nextControlId();
      assertThat(msa(c.send(adt(facility, "A02", transfer, ago(50), "MRN4", "MED^102^A", "V4"))))
          .startsWith("MSA|AA|" + transfer);
      assertThat(message(transfer)).containsEntry("status", "WAITING");
      assertThat(msa(c.send(adt(facility, "A01", nextControlId(), ago(60), "MRN4", "MED^101^A", "V4"))))
          .startsWith("MSA|AA");
    }
    long deadline = System.currentTimeMillis() + 15_000;
    while (!"102".equals(stay("V4").get("room")) && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    assertThat(stay("V4")).containsEntry("room", "102").containsEntry("bed", "A");
  }

  @Test
  void aTransferIntoAnOccupiedBedIsRefusedKeptAndReplayedOnceTheBedIsFree() throws Exception {
    String transfer = nextControlId();
    try (MllpClient c = client()) {
      c.send(adt(facility, "A01", nextControlId(), ago(60), "MRN5", "MED^101^A", "V5"));
      c.send(adt(facility, "A01", nextControlId(), ago(60), "MRN6", "MED^102^A", "V6"));
      String ack = c.send(adt(facility, "A02", transfer, ago(50), "MRN5", "MED^102^A", "V5"));
      assertThat(msa(ack)).startsWith("MSA|AE|" + transfer);
      assertThat(ack).contains("ERR||").contains("^HL70357|E|bed-unavailable");
      assertThat(message(transfer)).containsEntry("status", "ERROR").containsEntry("error_code", "bed-unavailable");
      assertThat(stay("V5")).containsEntry("room", "101");
      // the bed is freed (V6 leaves), the message is replayed
      c.send(adt(facility, "A03", nextControlId(), ago(45), "MRN6", "MED^102^A", "V6"));
    }
    jdbc.sql("UPDATE bed SET status = 'FREE' WHERE id = (SELECT b.id FROM bed b JOIN room r ON r.id = b.room_id"
        + " JOIN unit u ON u.id = r.unit_id WHERE u.organisation_id = :org AND r.code = '102' AND b.code = 'A')")
        .param("org", org).update();
    long id = jdbc.sql("SELECT id FROM adt_message WHERE control_id = :c").param("c", transfer)
        .query(Long.class).single();
    assertThat(listenerPipeline().replay(id, "tester").join()).isTrue();
    assertThat(message(transfer)).containsEntry("status", "PROCESSED");
    assertThat(stay("V5")).containsEntry("room", "102");
  }

  @Autowired AdtPipeline pipeline;

  AdtPipeline listenerPipeline() {
    return pipeline;
  }

  @Test
  void aHospitalCannotTouchAnotherHospitalsStay() throws Exception {
    long other = fixture.organisation("HOSPITAL");
    String otherFacility = code(other);
    try (MllpClient c = client()) {
      assertThat(msa(c.send(adt(facility, "A01", nextControlId(), ago(60), "MRN7", "MED^101^A", "V7"))))
          .startsWith("MSA|AA");
      // the other hospital names the same visit: not a stay of its own, so it waits there; ours is untouched
      String discharge = nextControlId();
      assertThat(msa(c.send(adt(otherFacility, "A03", discharge, ago(30), "MRN7", "MED^101^A", "V7"))))
          .startsWith("MSA|AA");
      assertThat(jdbc.sql("SELECT status FROM adt_message WHERE control_id = :c").param("c", discharge)
          .query(String.class).single()).isEqualTo("WAITING");
      // and it has no such bed
      String admit = nextControlId();
      String ack = c.send(adt(otherFacility, "A01", admit, ago(30), "MRN8", "MED^101^B", "V8"));
      assertThat(msa(ack)).startsWith("MSA|AE|" + admit);
      assertThat(ack).contains("PV1^1^3|103^Table value not found^HL70357|E");
    }
    assertThat(stay("V7")).containsEntry("status", "IN_HOSPITAL");
    assertThat(bedStatus("101", "B")).isEqualTo("FREE");
  }

  @Test
  void swapBedStatusPendingMovementsAndLeave() throws Exception {
    try (MllpClient c = client()) {
      c.send(adt(facility, "A01", nextControlId(), ago(60), "MRN9", "MED^101^A", "V9"));
      c.send(adt(facility, "A01", nextControlId(), ago(60), "MRN10", "MED^102^A", "V10"));
      String swap = msh(facility, "A17", nextControlId()) + Hl7Messages.evn("A17", ago(30))
          + Hl7Messages.pid("MRN9", "Dupont", "Jeanne", "19500203", "F") + Hl7Messages.pv1("MED^101^A", "V9")
          + Hl7Messages.pid("MRN10", "Durand", "Marie", "19520203", "F") + Hl7Messages.pv1("MED^102^A", "V10");
      assertThat(msa(c.send(swap))).startsWith("MSA|AA");
      assertThat(stay("V9")).containsEntry("room", "102");
      assertThat(stay("V10")).containsEntry("room", "101");

      // a swap with a visit not admitted yet waits, and is applied when that visit's admission arrives
      c.send(adt(facility, "A01", nextControlId(), ago(60), "MRN31", "MED^101^B", "V31"));
      String early = nextControlId();
      String waitingSwap = msh(facility, "A17", early) + Hl7Messages.evn("A17", ago(25))
          + Hl7Messages.pid("MRN31", "Dupont", "Jeanne", "19500203", "F") + Hl7Messages.pv1("MED^101^B", "V31")
          + Hl7Messages.pid("MRN32", "Durand", "Marie", "19520203", "F") + Hl7Messages.pv1("MED^102^B", "V32");
      assertThat(msa(c.send(waitingSwap))).startsWith("MSA|AA");
      assertThat(message(early)).containsEntry("status", "WAITING");
      assertThat(msa(c.send(adt(facility, "A01", nextControlId(), ago(40), "MRN32", "MED^102^B", "V32"))))
          .startsWith("MSA|AA");
      long deadline = System.nanoTime() + 20_000_000_000L;
      while (!"PROCESSED".equals(message(early).get("status")) && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(message(early)).containsEntry("status", "PROCESSED");
      assertThat(stay("V31")).containsEntry("room", "102").containsEntry("bed", "B");
      assertThat(stay("V32")).containsEntry("room", "101").containsEntry("bed", "B");
      c.send(adt(facility, "A03", nextControlId(), ago(10), "MRN31", "MED^102^B", "V31"));
      c.send(adt(facility, "A03", nextControlId(), ago(10), "MRN32", "MED^101^B", "V32"));
      jdbc.sql("UPDATE bed SET status = 'FREE' WHERE status = 'CLEANING' AND room_id IN (SELECT r.id FROM room r "
          + "JOIN unit u ON u.id = r.unit_id WHERE u.organisation_id = :org)").param("org", org).update();

      String closed = msh(facility, "A20", nextControlId()) + Hl7Messages.evn("A20", ago(20))
          + "NPU|MED^101^B|C\r";
      assertThat(msa(c.send(closed))).startsWith("MSA|AA");
      assertThat(bedStatus("101", "B")).isEqualTo("BLOCKED");
      String occupiedBed = msh(facility, "A20", nextControlId()) + Hl7Messages.evn("A20", ago(20))
          + "NPU|MED^101^A|H\r";
      assertThat(msa(c.send(occupiedBed))).startsWith("MSA|AE");

      String preadmit = nextControlId();
      assertThat(msa(c.send(adt(facility, "A05", preadmit, ago(20), "MRN11", "MED^102^B", "V11"))))
          .startsWith("MSA|AA");
      assertThat(planned("V11")).isEqualTo("PLANNED");
      assertThat(msa(c.send(adt(facility, "A27", nextControlId(), ago(19), "MRN11", "MED^102^B", "V11"))))
          .startsWith("MSA|AA");
      assertThat(planned("V11")).isEqualTo("CANCELLED");
      assertThat(msa(c.send(adt(facility, "A27", nextControlId(), ago(19), "MRN11", "MED^102^B", "V11"))))
          .startsWith("MSA|AE");

      // A14 then A01: the admission consumes its planned admission
      assertThat(msa(c.send(adt(facility, "A14", nextControlId(), ago(18), "MRN12", "MED^102^B", "V12"))))
          .startsWith("MSA|AA");
      assertThat(planned("V12")).isEqualTo("PLANNED");
      assertThat(msa(c.send(adt(facility, "A01", nextControlId(), ago(17), "MRN12", "MED^102^B", "V12"))))
          .startsWith("MSA|AA");
      assertThat(planned("V12")).isEqualTo("ADMITTED");
      // A20 I: the bed's isolation; U lifts it
      assertThat(msa(c.send(msh(facility, "A20", nextControlId()) + Hl7Messages.evn("A20", ago(16))
          + "NPU|MED^101^A|I\r"))).startsWith("MSA|AA");
      assertThat(isolation("101", "A")).isEqualTo("ISOLATED");

      assertThat(msa(c.send(adt(facility, "A21", nextControlId(), ago(15), "MRN9", "MED^102^A", "V9"))))
          .startsWith("MSA|AA");
      assertThat(msa(c.send(adt(facility, "A22", nextControlId(), ago(10), "MRN9", "MED^102^A", "V9"))))
          .startsWith("MSA|AA");
      assertThat(stay("V9")).containsEntry("status", "IN_HOSPITAL").containsEntry("room", "102");
    }
  }
}

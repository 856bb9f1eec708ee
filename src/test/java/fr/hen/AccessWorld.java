package fr.hen;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The world of the access matrix: hospitals A and B, each with a unit, a room of two beds (one taken by an
 * in-hospital stay, one blocked with a reason) and a spare room for fresh beds, and a partner structure. Records that
 * a call changes are made fresh for each call ({@link Site#freshFreeBed()}, {@link Site#freshStay()},
 * {@link #freshOrganisation()}), so the cases run in any order.
 */
final class AccessWorld {

  /** A text that a response may show only to some roles of hospital A or of the partner (none: to nobody). */
  record Secret(String text, String what, Set<Role> readers) {}

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  /** Tells this run's organisation codes from those of earlier runs on the same database. */
  private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();

  private final MockMvc mvc;
  private final JdbcClient jdbc;
  private final StaysFixture fixture;
  final Site hospitalA;
  final Site hospitalB;
  final Site partner;
  /** Referrals (referral part): the partner hospital B's referrals go to, so that partner P reaches none of them. */
  final Site otherPartner;

  AccessWorld(MockMvc mvc, JdbcClient jdbc) throws Exception {
    this.mvc = mvc;
    this.jdbc = jdbc;
    this.fixture = new StaysFixture(jdbc);
    hospitalA = hospital("Hôpital A");
    hospitalB = hospital("Hôpital B");
    partner = onboard("HAD", "Partenaire P");
    otherPartner = onboard("SMR", "Partenaire Q");
    // Referrals (referral part): hospital A's stay is referred to P (so P's own referral is A's), B's to Q; each
    // file holds a PDF.
    hospitalA.referralId = referral(hospitalA, hospitalA.stayId, partner, "SENT");
    hospitalB.referralId = referral(hospitalB, hospitalB.stayId, otherPartner, "SENT");
    partner.referralId = hospitalA.referralId;
    hospitalA.attachmentId = attachment(hospitalA.referralId);
    hospitalB.attachmentId = attachment(hospitalB.referralId);
    partner.attachmentId = hospitalA.attachmentId;
    // A physician of each hospital reads its stay, so that each audit log names its patient.
    for (Site hospital : List.of(hospitalA, hospitalB)) {
      mvc.perform(get("/api/v1/stays/{id}", hospital.stayId)
          .with(user(StaysFixture.user(hospital.id, Role.PHYSICIAN)))).andExpect(status().isOk());
    }
  }

  /** What no caller of the matrix (all of hospital A or of the partner) may read, and what only some may. */
  List<Secret> secrets() {
    return List.of(
        new Secret(hospitalB.mrn, "hospital B's patient MRN", Set.of()),
        new Secret(hospitalB.blockedReason, "hospital B's blocked bed reason", Set.of()),
        new Secret(hospitalB.unitName, "hospital B's unit name", Set.of()),
        new Secret(hospitalA.mrn, "hospital A's patient MRN", AccessMatrix.PATIENT_IDENTITY_READERS),
        new Secret(hospitalA.blockedReason, "hospital A's blocked bed reason", AccessMatrix.BED_NOTE_READERS));
  }

  /** The organisation a user of this role belongs to in the matrix. */
  Site home(Role role) {
    return AccessMatrix.PARTNER_ROLES.contains(role) ? partner : hospitalA;
  }

  HenUser caller(Role role) {
    return StaysFixture.user(home(role).id, role);
  }

  /** A new partner structure, onboarded through the API; returns its code. */
  String freshOrganisation() throws Exception {
    return onboard("SSIAD", "Partenaire " + SEQUENCE.incrementAndGet()).code;
  }

  /** A new partner structure still a prospect (onboarding: partnership activation); returns its code. */
  String freshProspect() throws Exception {
    String code = newCode();
    mvc.perform(post("/api/v1/organizations").with(user(StaysFixture.user(0, Role.NETWORK_COORDINATOR)))
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"code":"%s","type":"HAD","name":"Prospect %s","city":"Lille","partnership_status":"PROSPECT"}"""
                .formatted(code, code)))
        .andExpect(status().isCreated());
    return code;
  }

  /** An organisation code not used yet. */
  String newCode() {
    return "MX" + RUN + "-" + SEQUENCE.incrementAndGet();
  }

  private Site hospital(String name) throws Exception {
    Site site = onboard("HOSPITAL", name);
    site.unitCode = StaysFixture.unique("U");
    site.unitId = fixture.unit(site.id, site.unitCode);
    site.unitName = StaysFixture.unique("Unit ");
    jdbc.sql("UPDATE unit SET name = ? WHERE id = ?").params(site.unitName, site.unitId).update();
    site.roomCode = "101";
    long room = fixture.room(site.unitId, site.roomCode, "ANY");
    long bed = fixture.bed(room, "A", "OCCUPIED", null);
    site.blockedReason = "Isolement " + StaysFixture.unique("R");
    fixture.bed(room, "B", "BLOCKED", site.blockedReason);
    site.spareRoomId = fixture.room(site.unitId, "900", "ANY");
    site.stayId = fixture.admittedStay(site.id, site.unitId, bed, now().minusDays(2));
    site.freshPlan(); // the queue of each hospital's unit is not empty
    site.mrn = jdbc.sql("SELECT p.mrn FROM patient p JOIN stay s ON s.patient_id = p.id WHERE s.id = ?")
        .param(site.stayId).query(String.class).single();
    return site;
  }

  /**
   * Onboards an organisation through the API, as a network coordinator (of no organisation: onboarding needs none),
   * with a code unique to this run.
   */
  private Site onboard(String type, String name) throws Exception {
    String code = newCode();
    String body = mvc.perform(post("/api/v1/organizations")
            .with(user(StaysFixture.user(0, Role.NETWORK_COORDINATOR))).contentType(MediaType.APPLICATION_JSON)
            .content(AccessMatrix.organisationJson(code, type, name)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return new Site(JsonMapper.shared().readTree(body).path("id").asLong(), code, type, name);
  }

  /** A PDF as referral attachments hold them. */
  static final byte[] PDF = "%PDF-1.4\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /**
   * A new referral in this state, reachable by the users of {@code org}: a fresh stay of the hospital referred to its
   * partner (P for hospital A, Q for hospital B); for partner P, a fresh stay of hospital A referred to P.
   */
  long freshReferral(Site org, String status) {
    Site hospital = org == partner ? hospitalA : org;
    return referral(hospital, hospital.freshStay(), hospital == hospitalA ? partner : otherPartner, status);
  }

  /** A referral written straight into the tables (its file from the stay's patient), expiring in two days. */
  private long referral(Site hospital, long stayId, Site to, String status) {
    long patient = jdbc.sql("SELECT patient_id FROM stay WHERE id = ?").param(stayId).query(Long.class).single();
    org.springframework.jdbc.support.GeneratedKeyHolder file = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO referral_file (organisation_id, stay_id, patient_id, patient_name, birth_date, sex, summary,
                created_at, created_by)
            VALUES (?, ?, ?, 'MARTIN Jeanne', DATE '1950-02-03', 'F', 'Résumé', CURRENT_TIMESTAMP, 'fixture')""")
        .params(hospital.id, stayId, patient).update(file, "id");
    org.springframework.jdbc.support.GeneratedKeyHolder referral =
        new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO referral (file_id, organisation_id, stay_id, partner_id, partner_code, partner_type, status,
                sent_at, expires_at, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP + INTERVAL '2' DAY, CURRENT_TIMESTAMP,
                CURRENT_TIMESTAMP)""")
        .params(file.getKey().longValue(), hospital.id, stayId, to.id, to.code, to.type, status)
        .update(referral, "id");
    return referral.getKey().longValue();
  }

  private long attachment(long referralId) {
    org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO referral_attachment (file_id, filename, content_type, size_bytes, sha256, content, created_at,
                created_by)
            SELECT file_id, 'compte-rendu.pdf', 'application/pdf', ?, 'sha', ?, CURRENT_TIMESTAMP, 'fixture'
            FROM referral WHERE id = ?""")
        .params(PDF.length, PDF, referralId).update(key, "id");
    return key.getKey().longValue();
  }

  /** A planned admission in three days, in this unit (null: none wished). */
  static String planJson(String unitCode) {
    return """
        {"planned_date":"%s","nights":3,"specialism":"MEDICAL_ONCOLOGY","sex":"F","age":64,
         "required_equipment":[],"preferred_equipment":["OXYGEN"]%s}"""
        .formatted(java.time.LocalDate.now().plusDays(3), unitCode == null ? "" : ",\"unit\":\"" + unitCode + "\"");
  }

  static LocalDateTime now() {
    return LocalDateTime.now().minusMinutes(1).truncatedTo(ChronoUnit.SECONDS);
  }

  /** An organisation of the matrix, with (for a hospital) its unit, room, blocked bed and in-hospital stay. */
  final class Site {
    final long id;
    final String code;
    final String type;
    final String name;
    String unitCode;
    long unitId;
    String unitName;
    String roomCode;
    long spareRoomId;
    long stayId;
    String mrn;
    String blockedReason;
    /** Referral part: a referral of this site's (for the partner: one addressed to it) and an attachment of it. */
    long referralId;
    long attachmentId;

    Site(long id, String code, String type, String name) {
      this.id = id;
      this.code = code;
      this.type = type;
      this.name = name;
    }

    /** A new free bed in the spare room of the unit. */
    long freshFreeBed() {
      return fixture.bed(spareRoomId, "F" + SEQUENCE.incrementAndGet(), "FREE", null);
    }

    /**
     * A new stay admitted three hours ago in a new bed of the spare room and discharged an hour ago, the discharge
     * recorded now (within the window of its cancellation); the bed is being cleaned.
     */
    long freshDischargedStay() {
      long bed = fixture.bed(spareRoomId, "D" + SEQUENCE.incrementAndGet(), "CLEANING", null);
      long stay = fixture.admittedStay(id, unitId, bed, now().minusHours(3));
      LocalDateTime at = now().minusHours(1);
      jdbc.sql("""
              UPDATE stay SET status = 'DISCHARGED', bed_id = NULL, discharged_at = ?, discharge_destination = 'HOME'
              WHERE id = ?""").params(at, stay).update();
      jdbc.sql("""
              INSERT INTO movement (stay_id, kind, occurred_at, from_unit_id, from_bed_id, created_at, created_by)
              VALUES (?, 'DISCHARGE', ?, ?, ?, CURRENT_TIMESTAMP, 'fixture')""").params(stay, at, unitId, bed).update();
      return stay;
    }

    /** A new planned admission of this hospital's unit, in three days, without patient. */
    long freshPlan() {
      org.springframework.jdbc.support.GeneratedKeyHolder key =
          new org.springframework.jdbc.support.GeneratedKeyHolder();
      jdbc.sql("""
              INSERT INTO planned_admission (organisation_id, status, planned_date, nights, specialism, sex, age,
                  unit_id, created_at, created_by)
              VALUES (?, 'PLANNED', ?, 2, 'MEDICAL_ONCOLOGY', 'F', 60, ?, CURRENT_TIMESTAMP, 'fixture')""")
          .params(id, java.time.LocalDate.now().plusDays(3), unitId).update(key, "id");
      return key.getKey().longValue();
    }

    /** A new in-hospital stay (admitted two hours ago) in a new bed of the spare room. */
    long freshStay() {
      long bed = fixture.bed(spareRoomId, "S" + SEQUENCE.incrementAndGet(), "OCCUPIED", null);
      return fixture.admittedStay(id, unitId, bed, now().minusHours(2));
    }
  }
}

package fr.hen.adt.feed;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import fr.hen.stays.HospitalFeed.FeedPatient;
import fr.hen.stays.HospitalFeed.FeedPlace;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads a message before any effect: decodes its bytes (UTF-8, or ISO-8859-1 when MSH-18 says 8859/1), finds its
 * keys and hospital, parses it with HAPI (v2.5 structures, any 2.x version read into them, no validation beyond the
 * feed's own) and takes the fields the feed uses. A message that cannot be read gets its {@link Problem}.
 */
@Component
public class Hl7Reader {

  /** The events the feed handles (issue 11). */
  static final Set<String> EVENTS = Set.of("A01", "A02", "A03", "A04", "A05", "A08", "A11", "A12", "A13", "A14",
      "A15", "A16", "A17", "A20", "A21", "A22", "A25", "A26", "A27");

  private static final Pattern DTM = Pattern.compile(
      "(\\d{4})(\\d{2})(\\d{2})(?:(\\d{2})(\\d{2})?(?:(\\d{2})(?:\\.\\d{1,4})?)?)?([+-]\\d{4})?");

  private final PipeParser parser;
  private final Facilities facilities;
  private final Clock clock;
  private final int maxMessageBytes;

  Hl7Reader(Facilities facilities, Clock clock,
      @Value("${hen.hl7.max-message-bytes:1048576}") int maxMessageBytes) {
    HapiContext context = new DefaultHapiContext();
    context.setModelClassFactory(new CanonicalModelClassFactory("2.5"));
    context.setValidationContext(ValidationContextFactory.noValidation());
    this.parser = context.getPipeParser();
    this.facilities = facilities;
    this.clock = clock;
    this.maxMessageBytes = maxMessageBytes;
  }

  /** Reads a frame's bytes ({@code length} is the frame's full size, larger when it was cut). */
  public Prepared read(byte[] bytes, long length, LocalDateTime receivedAt) {
    String raw;
    Problem encoding = null;
    boolean latin1 = declaresLatin1(bytes);
    if (latin1) {
      raw = new String(bytes, StandardCharsets.ISO_8859_1);
    } else {
      try {
        raw = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        raw = new String(bytes, StandardCharsets.ISO_8859_1);
        encoding = Problem.reject(Problem.DATA_TYPE, "MSH^1^18", "encoding",
            "the message is not valid UTF-8 and MSH-18 does not name another character set");
      }
    }
    raw = storable(raw.replace("\r\n", "\r").replace('\n', '\r'));
    Prepared p = new Prepared(raw, length, receivedAt, null, "", "none-" + placeholder(), null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null);
    if (!raw.startsWith("MSH") || raw.length() < 8) {
      return p.withProblem(Problem.reject(Problem.SEGMENT_SEQUENCE, "MSH^1", "no-msh",
          "the message does not start with an MSH segment"));
    }
    char field = raw.charAt(3);
    String[] msh = raw.substring(0, indexOrEnd(raw, '\r')).split(Pattern.quote(String.valueOf(field)), -1);
    if (Character.isLetterOrDigit(field) || msh.length < 12 || msh[1].length() < 4
        || msh[1].chars().distinct().count() < msh[1].length() || msh[1].indexOf(field) >= 0) {
      return p.withProblem(Problem.reject(Problem.DATA_TYPE, "MSH^1^2", "delimiters",
          "MSH-1 and MSH-2 do not give five distinct delimiters"));
    }
    char component = msh[1].charAt(0);
    String application = first(msh[2], component);
    String[] facility = msh[3].split(Pattern.quote(String.valueOf(component)), -1);
    String facilityId = clip(facility[0].trim(), 60);
    String controlId = clip(msh[9].trim(), 64);
    String[] type = msh[8].split(Pattern.quote(String.valueOf(component)), -1);
    String messageType = type[0].trim();
    String event = type.length > 1 ? type[1].trim().toUpperCase(Locale.ROOT) : "";
    p = new Prepared(raw, length, receivedAt, application, facilityId,
        controlId.isEmpty() ? p.controlId() : controlId, null, clip(msh[8], 20), clip(event, 3), null, null, null,
        null, null, null, null, null, null, null, null, null, null);
    if (length > maxMessageBytes) {
      return p.withHospital(facilities.find(facilityId, facility.length > 1 ? facility[1] : null).orElse(null))
          .withProblem(Problem.reject(Problem.INTERNAL, "", "too-large", "the message has " + length
          + " bytes, more than the " + maxMessageBytes + " accepted"));
    }
    if (encoding != null) {
      return p.withProblem(encoding);
    }
    if (controlId.isEmpty()) {
      return p.withProblem(Problem.reject(Problem.REQUIRED_MISSING, "MSH^1^10", "no-control-id",
          "MSH-10 (message control id) is required"));
    }
    if (!msh[11].trim().startsWith("2.")) {
      return p.withProblem(Problem.reject(Problem.UNSUPPORTED_VERSION, "MSH^1^12", "version",
          "version " + msh[11] + " is not HL7 v2"));
    }
    var hospital = facilities.find(facilityId, facility.length > 1 ? facility[1] : null);
    if (hospital.isEmpty()) {
      return p.withProblem(Problem.reject(Problem.UNKNOWN_KEY, "MSH^1^4", "unknown-facility",
          "no hospital is known as sending facility '" + msh[3] + "'"));
    }
    p = p.withHospital(hospital.get());
    if (!"ADT".equals(messageType)) {
      return p.withProblem(Problem.reject(Problem.UNSUPPORTED_TYPE, "MSH^1^9", "message-type",
          "message type " + messageType + " is not handled (ADT only)"));
    }
    if (!EVENTS.contains(event)) {
      return p.withProblem(Problem.reject(Problem.UNSUPPORTED_EVENT, "MSH^1^9^2", "event",
          "event " + event + " is not handled"));
    }
    Message message;
    try {
      message = parser.parse(raw);
    } catch (HL7Exception | RuntimeException e) {
      return p.withProblem(Problem.reject(Problem.DATA_TYPE, "", "unparsable",
          "the message cannot be parsed: " + clip(String.valueOf(e.getMessage()), 300)));
    }
    try {
      return fields(p, new Fields(message), event);
    } catch (Problem.Refused r) {
      return p.withProblem(r.problem);
    } catch (HL7Exception | RuntimeException e) {
      return p.withProblem(Problem.error(Problem.DATA_TYPE, "", "unreadable",
          "a field cannot be read: " + clip(String.valueOf(e.getMessage()), 300)));
    }
  }

  /** A unique id standing for a missing MSH-10 (no secure randomness needed: it only has to differ). */
  private static UUID placeholder() {
    java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
    return new UUID(random.nextLong(), random.nextLong());
  }

  /** The patient's MRN (PID-3) of a stored message's text, when it can be read. */
  public Optional<String> mrnOf(String raw) {
    Prepared p = read(raw.getBytes(StandardCharsets.UTF_8), raw.length(), LocalDateTime.now(clock));
    return Optional.ofNullable(p.patient()).map(fr.hen.stays.HospitalFeed.FeedPatient::mrn);
  }

  /** Garbage skipped between frames, kept as a rejected message (its first bytes, its length). */
  Prepared garbage(byte[] firstBytes, long length, LocalDateTime receivedAt) {
    String text = storable(new String(firstBytes, StandardCharsets.ISO_8859_1));
    return new Prepared(text, length, receivedAt, null, "", "garbage-" + UUID.randomUUID(), null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null,
        Problem.reject(Problem.SEGMENT_SEQUENCE, "", "garbage", length
            + " bytes outside MLLP frames were skipped (no ACK: they are no message)"));
  }

  private Prepared fields(Prepared p, Fields t, String event) throws HL7Exception {
    boolean bed = "A20".equals(event);
    if (bed) {
      if (isEmpty(t.get("NPU", 1, 0, 1, 1))) {
        throw refuse(Problem.REQUIRED_MISSING, "NPU^1^1", "the bed (NPU-1) is required");
      }
      FeedPlace place = new FeedPlace(t.get("NPU", 1, 0, 1, 1), t.get("NPU", 1, 0, 2, 1),
          t.get("NPU", 1, 0, 3, 1));
      String status = t.get("NPU", 2, 0, 1, 1);
      if (status == null || status.isBlank()) {
        throw refuse(Problem.REQUIRED_MISSING, "NPU^1^2", "the bed status (NPU-2) is required");
      }
      return new Prepared(p.raw(), p.rawBytes(), p.receivedAt(), p.sendingApplication(), p.facility(),
          p.controlId(), p.hospital(), p.messageType(), p.event(), null, null, place, null, eventTime(t), null,
          null, null, null, null, status.trim(), null, null);
    }
    if (!segmentPresent(p.raw(), "PID")) {
      throw refuse(Problem.SEGMENT_SEQUENCE, "PID", "the PID segment is required");
    }
    boolean patientOnly = "A04".equals(event) || "A08".equals(event);
    if (!patientOnly && !segmentPresent(p.raw(), "PV1")) {
      throw refuse(Problem.SEGMENT_SEQUENCE, "PV1", "the PV1 segment is required for " + event);
    }
    String mrn = mrn(t);
    LocalDate birth = date(t.get("PID", 7, 0, 1, 1), "PID^1^7", true);
    FeedPatient patient = new FeedPatient(mrn, t.get("PID", 5, 0, 1, 1), t.get("PID", 5, 0, 2, 1), birth,
        t.get("PID", 8, 0, 1, 1));
    String visit = t.get("PV1", 19, 0, 1, 1);
    if (!patientOnly && (visit == null || visit.isBlank())) {
      throw refuse(Problem.REQUIRED_MISSING, "PV1^1^19", "the visit number (PV1-19) is required");
    }
    FeedPlace place = isEmpty(t.get("PV1", 3, 0, 1, 1)) ? null
        : new FeedPlace(t.get("PV1", 3, 0, 1, 1), t.get("PV1", 3, 0, 2, 1), t.get("PV1", 3, 0, 3, 1));
    FeedPlace pending = isEmpty(t.get("PV1", 42, 0, 1, 1)) ? null
        : new FeedPlace(t.get("PV1", 42, 0, 1, 1), t.get("PV1", 42, 0, 2, 1), t.get("PV1", 42, 0, 3, 1));
    LocalDateTime expected = dateTime(t.get("EVN", 3, 0, 1, 1), "EVN^1^3");
    if ("A03".equals(event) || "A16".equals(event)) {
      LocalDateTime dischargeAt = dateTime(t.get("PV1", 45, 0, 1, 1), "PV1^1^45");
      if ("A16".equals(event) && dischargeAt != null) {
        expected = dischargeAt;
      }
    }
    Prepared.Planning planning = null;
    if ("A05".equals(event) || "A14".equals(event)) {
      planning = new Prepared.Planning(t.get("PV1", 10, 0, 1, 1), dateTime(t.get("PV2", 8, 0, 1, 1), "PV2^1^8"),
          t.get("PV2", 10, 0, 1, 1));
    }
    String other = null;
    if ("A17".equals(event)) {
      other = t.get("/PV12-19-1");
      if (other == null || other.isBlank()) {
        throw refuse(Problem.REQUIRED_MISSING, "PV1^2^19", "A17 needs the second patient's visit (PV1-19)");
      }
    }
    return new Prepared(p.raw(), p.rawBytes(), p.receivedAt(), p.sendingApplication(), p.facility(),
        p.controlId(), p.hospital(), p.messageType(), p.event(), visit == null ? null : visit.trim(), patient, place,
        pending, eventTime(t), expected, t.get("PV1", 36, 0, 1, 1), t.get("PV1", 4, 0, 1, 1),
        t.get("PV1", 14, 0, 1, 1), other, null,
        planning, null);
  }

  /**
   * The patient's MRN from PID-3: the repetition of type {@code PI} (patient internal identifier), else the first;
   * its assigning authority (CX-4), when given, must name the sending hospital (code, FINESS or alias).
   */
  private String mrn(Fields t) throws HL7Exception {
    String chosen = null;
    String authority = null;
    for (int i = 0; i < 10; i++) {
      String id = t.get("PID", 3, i, 1, 1);
      if (id == null) {
        break;
      }
      String type = t.get("PID", 3, i, 5, 1);
      if (chosen == null || "PI".equalsIgnoreCase(type)) {
        chosen = id;
        authority = t.get("PID", 3, i, 4, 1);
        if ("PI".equalsIgnoreCase(type)) {
          break;
        }
      }
    }
    if (chosen == null || chosen.isBlank()) {
      throw refuse(Problem.REQUIRED_MISSING, "PID^1^3", "the patient identifier (PID-3) is required");
    }
    if (authority != null && !authority.isBlank() && facilities.find(authority, null).isEmpty()) {
      throw refuse(Problem.TABLE_VALUE, "PID^1^3^4", "assigning authority '" + authority + "' is not known");
    }
    return chosen.trim();
  }

  /** EVN-6 (when the event occurred), else EVN-2 (when it was recorded), else MSH-7. */
  private LocalDateTime eventTime(Fields t) throws HL7Exception {
    LocalDateTime occurred = dateTime(t.get("EVN", 6, 0, 1, 1), "EVN^1^6");
    if (occurred != null) {
      return occurred;
    }
    LocalDateTime recorded = dateTime(t.get("EVN", 2, 0, 1, 1), "EVN^1^2");
    if (recorded != null) {
      return recorded;
    }
    LocalDateTime sent = dateTime(t.get("/MSH-7-1"), "MSH^1^7");
    return sent != null ? sent : LocalDateTime.now(clock);
  }

  private LocalDateTime dateTime(String value, String location) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Matcher m = DTM.matcher(value.trim());
    if (!m.matches() || m.group(4) == null) {
      throw refuse(Problem.DATA_TYPE, location, "'" + value + "' is not a date and time (YYYYMMDDHHMM[SS][+ZZZZ])");
    }
    try {
      LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
          m.group(5) == null ? 0 : Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      if (m.group(7) != null) {
        ZoneOffset offset = ZoneOffset.of(m.group(7).substring(0, 3) + ":" + m.group(7).substring(3));
        return local.atOffset(offset).atZoneSameInstant(clock.getZone()).toLocalDateTime();
      }
      return local;
    } catch (java.time.DateTimeException e) {
      throw refuse(Problem.DATA_TYPE, location, "'" + value + "' is not a valid date: " + e.getMessage());
    }
  }

  private static LocalDate date(String value, String location, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        throw refuse(Problem.REQUIRED_MISSING, location, "the date " + location + " is required");
      }
      return null;
    }
    Matcher m = DTM.matcher(value.trim());
    if (!m.matches()) {
      throw refuse(Problem.DATA_TYPE, location, "'" + value + "' is not a date (YYYYMMDD)");
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (java.time.DateTimeException e) {
      throw refuse(Problem.DATA_TYPE, location, "'" + value + "' is not a valid date: " + e.getMessage());
    }
  }

  private static boolean isEmpty(String v) {
    return v == null || v.isBlank();
  }

  /**
   * Reads fields straight from their segment, found once per message (a Terser path search walks the message's whole
   * structure each time); other paths through the Terser.
   */
  private static final class Fields {

    private final Message message;
    private final Terser terser;
    private final java.util.Map<String, ca.uhn.hl7v2.model.Segment> segments = new java.util.HashMap<>();

    Fields(Message message) {
      this.message = message;
      this.terser = new Terser(message);
    }

    /** Field {@code field}, repetition {@code rep} (from 0), component and subcomponent (from 1) of the segment. */
    String get(String segmentName, int field, int rep, int component, int subcomponent) throws HL7Exception {
      ca.uhn.hl7v2.model.Segment segment = segments.get(segmentName);
      if (segment == null) {
        // a segment of the message's own level (MSH, EVN, PID, PV1, PV2, NPU of the ADT structures) by name;
        // deeper ones through the Terser's search
        segment = java.util.Arrays.asList(message.getNames()).contains(segmentName)
            && message.get(segmentName) instanceof ca.uhn.hl7v2.model.Segment top ? top
            : terser.getSegment("/." + segmentName);
        segments.put(segmentName, segment);
      }
      return Terser.get(segment, field, rep, component, subcomponent);
    }

    String get(String path) throws HL7Exception {
      return terser.get(path);
    }
  }

  private static boolean segmentPresent(String raw, String name) {
    return raw.contains("\r" + name + raw.charAt(3)) || raw.endsWith("\r" + name);
  }

  private static Problem.Refused refuse(int code, String location, String text) {
    return new Problem.Refused(Problem.error(code, location, code == Problem.DATA_TYPE ? "bad-value"
        : code == Problem.TABLE_VALUE ? "unknown-value" : "missing", text));
  }

  private static boolean declaresLatin1(byte[] bytes) {
    int end = 0;
    while (end < bytes.length && end < 2048 && bytes[end] != '\r' && bytes[end] != '\n') {
      end++;
    }
    String msh = new String(bytes, 0, end, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
    return msh.contains("8859/1") || msh.contains("8859-1");
  }

  /** NUL cannot be stored in a PostgreSQL text: shown as the symbol for null (U+2400). */
  private static String storable(String text) {
    return text.indexOf('\u0000') < 0 ? text : text.replace('\u0000', '\u2400');
  }

  private static int indexOrEnd(String s, char c) {
    int i = s.indexOf(c);
    return i < 0 ? s.length() : i;
  }

  private static String first(String field, char component) {
    int i = field.indexOf(component);
    return i < 0 ? field : field.substring(0, i);
  }

  static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}

package fr.hen.adt.feed;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds the acknowledgments (HL7 2.5 original mode): MSH, MSA (MSA-1 {@code AA}/{@code AE}/{@code AR}, MSA-2 the
 * MSH-10 acknowledged) and, for an error, ERR (ERR-2 location, ERR-3 code of table 0357, ERR-4 severity {@code E},
 * ERR-5 HEN's code, ERR-8 the text).
 */
final class Acks {

  private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() * 1000);
  private static final String[][] ERROR_NAMES = {
      {"100", "Segment sequence error"}, {"101", "Required field missing"}, {"102", "Data type error"},
      {"103", "Table value not found"}, {"200", "Unsupported message type"}, {"201", "Unsupported event code"},
      {"203", "Unsupported version id"}, {"204", "Unknown key identifier"}, {"205", "Duplicate key identifier"},
      {"206", "Application record locked"}, {"207", "Application internal error"}};

  private Acks() {}

  static String accept(Prepared p, LocalDateTime now, String note) {
    return header(p, now) + "MSA|AA|" + escape(p.controlId()) + (note == null ? "" : "|" + escape(note)) + "\r";
  }

  static String problem(Prepared p, LocalDateTime now, Problem problem) {
    String control = p.controlId() == null || p.controlId().startsWith("none-") ? "" : p.controlId();
    return header(p, now) + "MSA|" + problem.ackCode() + "|" + escape(control) + "|" + escape(problem.text()) + "\r"
        + "ERR||" + problem.location() + "|" + problem.hl7Code() + "^" + name(problem.hl7Code()) + "^HL70357|E|"
        + escape(problem.code()) + "|||" + escape(problem.text()) + "\r";
  }

  private static String header(Prepared p, LocalDateTime now) {
    String trigger = p.event() == null ? "" : p.event();
    return "MSH|^~\\&|HEN|" + escape(p.hospital() == null ? "HEN" : p.hospital().code()) + "|"
        + escape(nullToEmpty(p.sendingApplication())) + "|" + escape(nullToEmpty(p.facility())) + "|"
        + TS.format(now) + "||ACK^" + escape(trigger) + "^ACK|" + SEQUENCE.incrementAndGet() + "|P|2.5\r";
  }

  private static String name(int code) {
    for (String[] n : ERROR_NAMES) {
      if (n[0].equals(String.valueOf(code))) {
        return n[1];
      }
    }
    return "";
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /** HL7 escapes of the delimiters; line breaks become spaces. */
  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\\' -> b.append("\\E\\");
        case '|' -> b.append("\\F\\");
        case '^' -> b.append("\\S\\");
        case '~' -> b.append("\\R\\");
        case '&' -> b.append("\\T\\");
        case '\r', '\n' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}

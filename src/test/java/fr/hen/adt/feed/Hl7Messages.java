package fr.hen.adt.feed;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/** Builds ADT messages for tests. */
final class Hl7Messages {

  static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  private Hl7Messages() {}

  static String nextControlId() {
    return "C" + IDS.incrementAndGet();
  }

  static String ts(LocalDateTime at) {
    return TS.format(at);
  }

  static String msh(String facility, String event, String controlId) {
    return msh(facility, event, controlId, LocalDateTime.now());
  }

  static String msh(String facility, String event, String controlId, LocalDateTime sent) {
    return "MSH|^~\\&|PAS|" + facility + "|HEN|HEN|" + ts(sent) + "||ADT^" + event + "^ADT_A01|"
        + controlId + "|P|2.5|||AL|NE||UNICODE UTF-8\r";
  }

  static String evn(String event, LocalDateTime at) {
    return "EVN|" + event + "|" + ts(at) + "|||||" + ts(at) + "\r";
  }

  static String pid(String mrn, String family, String given, String birth, String sex) {
    return "PID|1||" + mrn + "^^^^PI||" + family + "^" + given + "||" + birth + "|" + sex + "\r";
  }

  /** PV1 with the location (unit^room^bed), the visit number (PV1-19) and optional fields by position. */
  static String pv1(String location, String visit, String... positionAndValue) {
    String[] f = new String[46];
    Arrays.fill(f, "");
    f[0] = "PV1";
    f[1] = "1";
    f[2] = "I";
    f[3] = location == null ? "" : location;
    f[19] = visit == null ? "" : visit;
    for (int i = 0; i + 1 < positionAndValue.length; i += 2) {
      f[Integer.parseInt(positionAndValue[i])] = positionAndValue[i + 1];
    }
    return String.join("|", f) + "\r";
  }

  /** A message of a patient event: MSH, EVN, PID, PV1. */
  static String adt(String facility, String event, String controlId, LocalDateTime at, String mrn, String location,
      String visit, String... pv1Fields) {
    return msh(facility, event, controlId, at) + evn(event, at) + pid(mrn, "Dupont", "Jeanne", "19500203", "F")
        + pv1(location, visit, pv1Fields);
  }
}

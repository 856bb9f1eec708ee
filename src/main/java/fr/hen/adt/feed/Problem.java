package fr.hen.adt.feed;

/**
 * Why a message was not applied: the acknowledgment code ({@code AE} error, {@code AR} reject), the HL7 error code of
 * table 0357 (ERR-3), where (ERR-2, e.g. {@code PV1^1^3}), HEN's own code (ERR-5) and the text for people (ERR-8).
 */
record Problem(String ackCode, int hl7Code, String location, String code, String text) {

  static final int SEGMENT_SEQUENCE = 100;
  static final int REQUIRED_MISSING = 101;
  static final int DATA_TYPE = 102;
  static final int TABLE_VALUE = 103;
  static final int UNSUPPORTED_TYPE = 200;
  static final int UNSUPPORTED_EVENT = 201;
  static final int UNSUPPORTED_VERSION = 203;
  static final int UNKNOWN_KEY = 204;
  static final int INTERNAL = 207;

  static Problem reject(int hl7Code, String location, String code, String text) {
    return new Problem("AR", hl7Code, location, code, text);
  }

  static Problem error(int hl7Code, String location, String code, String text) {
    return new Problem("AE", hl7Code, location, code, text);
  }

  /** Thrown while reading a message's fields. */
  static final class Refused extends RuntimeException {
    final transient Problem problem;

    Refused(Problem problem) {
      super(problem.text(), null, false, false);
      this.problem = problem;
    }
  }
}

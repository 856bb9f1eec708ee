package fr.hen.adt.feed;

import fr.hen.stays.HospitalFeed.FeedPatient;
import fr.hen.stays.HospitalFeed.FeedPlace;
import java.time.LocalDateTime;

/**
 * A message read before any effect (in the connection's thread): its text, its keys (sending facility, MSH-10),
 * the hospital it names, its event and the fields the feed uses; or the problem that refuses it.
 */
record Prepared(
    String raw,
    long rawBytes,
    LocalDateTime receivedAt,
    String sendingApplication,
    String facility,
    String controlId,
    Facilities.Hospital hospital,
    String messageType,
    String event,
    String visit,
    FeedPatient patient,
    FeedPlace place,
    FeedPlace pendingPlace,
    LocalDateTime eventTime,
    LocalDateTime expectedTime,
    String disposition,
    String admissionType,
    String admitSource,
    String otherVisit,
    String bedStatus,
    Planning planning,
    Problem problem) {

  /** What a pre-admission (A05, A14) says of the stay to come: PV1-10 service, PV2-8 expected date, PV2-10 nights. */
  record Planning(String service, LocalDateTime expectedAdmit, String nights) {}

  boolean refused() {
    return problem != null;
  }

  Prepared withProblem(Problem p) {
    return new Prepared(raw, rawBytes, receivedAt, sendingApplication, facility, controlId, hospital, messageType,
        event, visit, patient, place, pendingPlace, eventTime, expectedTime, disposition, admissionType, admitSource,
        otherVisit, bedStatus, planning, p);
  }

  Prepared withHospital(Facilities.Hospital h) {
    return new Prepared(raw, rawBytes, receivedAt, sendingApplication, facility, controlId, h, messageType,
        event, visit, patient, place, pendingPlace, eventTime, expectedTime, disposition, admissionType, admitSource,
        otherVisit, bedStatus, planning, problem);
  }
}

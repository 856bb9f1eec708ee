package fr.hen.stays.stay;

import fr.hen.stays.AdmissionSource;
import java.time.LocalDateTime;

/**
 * An admission to place: patient, unit (by code), bed, time, source and whether it was planned; optionally the
 * visit number of the sending system ({@code externalId}, kept on the stay and matched to a planned admission's
 * external reference) and the bed manager's override of a bed reserved for another planned admission.
 */
record AdmitCommand(PatientIdentity patient, String unitCode, long bedId, LocalDateTime admittedAt,
    AdmissionSource source, boolean planned, String externalId, boolean overrideReservation) {

  AdmitCommand(PatientIdentity patient, String unitCode, long bedId, LocalDateTime admittedAt,
      AdmissionSource source, boolean planned) {
    this(patient, unitCode, bedId, admittedAt, source, planned, null, false);
  }

  /** The same admission, marked planned (it consumed a planned admission). */
  AdmitCommand asPlanned() {
    return new AdmitCommand(patient, unitCode, bedId, admittedAt, source, true, externalId, overrideReservation);
  }
}

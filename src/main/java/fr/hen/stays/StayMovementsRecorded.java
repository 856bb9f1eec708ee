package fr.hen.stays;

import java.util.List;

/**
 * The admissions, transfers and discharges an interface feed recorded together in one transaction (a batch of HL7
 * messages, see {@link HospitalFeed#together}), for one organisation, in the order they happened. Published instead of
 * one {@link PatientAdmitted}, {@link PatientTransferred} or {@link PatientDischarged} each, so that a listener handles
 * a batch in one transaction: a listener of those events listens to this one as well.
 */
public record StayMovementsRecorded(long organisationId, List<PatientAdmitted> admitted,
    List<PatientTransferred> transferred, List<PatientDischarged> discharged) {

  public StayMovementsRecorded {
    admitted = List.copyOf(admitted);
    transferred = List.copyOf(transferred);
    discharged = List.copyOf(discharged);
  }

  /** The stays the batch moved, each once, in the order they first appear (admitted, transferred, discharged). */
  public List<Long> stayIds() {
    java.util.LinkedHashSet<Long> ids = new java.util.LinkedHashSet<>();
    admitted.forEach(e -> ids.add(e.stayId()));
    transferred.forEach(e -> ids.add(e.stayId()));
    discharged.forEach(e -> ids.add(e.stayId()));
    return List.copyOf(ids);
  }
}

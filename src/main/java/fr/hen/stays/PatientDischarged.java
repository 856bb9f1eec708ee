package fr.hen.stays;

import java.time.LocalDateTime;

/**
 * A patient left the hospital: the stay is discharged at {@code dischargedAt} to the given destination, and to the
 * partner organisation {@code destinationOrganisationId} when one was named (null otherwise).
 */
public record PatientDischarged(long stayId, long organisationId, DischargeDestination destination,
    LocalDateTime dischargedAt, Long destinationOrganisationId) {

  /** A discharge with no partner organisation named. */
  public PatientDischarged(long stayId, long organisationId, DischargeDestination destination,
      LocalDateTime dischargedAt) {
    this(stayId, organisationId, destination, dischargedAt, null);
  }
}

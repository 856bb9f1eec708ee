package fr.hen.stays;

/** A patient left the hospital: the stay is discharged to the given destination. */
public record PatientDischarged(long stayId, long organisationId, DischargeDestination destination) {}

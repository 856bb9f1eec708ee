package fr.hen.stays;

/** An in-hospital patient moved to another bed (possibly of another unit). */
public record PatientTransferred(long stayId, long organisationId, long fromBedId, long toBedId) {}

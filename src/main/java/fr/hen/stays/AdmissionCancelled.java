package fr.hen.stays;

/**
 * An admission recorded by mistake was cancelled: the stay is voided (it is no longer in {@link StayFacts}) and its
 * bed is free again.
 */
public record AdmissionCancelled(long stayId, long organisationId) {}

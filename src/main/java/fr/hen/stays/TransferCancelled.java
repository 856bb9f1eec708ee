package fr.hen.stays;

/**
 * A transfer recorded by mistake was cancelled (an HL7 A12): the stay is back in the bed it left
 * ({@code fromBedId}), the bed of the cancelled transfer ({@code toBedId}) is free. Published in the transaction.
 */
public record TransferCancelled(long stayId, long organisationId, long fromBedId, long toBedId) {}

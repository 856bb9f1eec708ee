package fr.hen.stays;

/**
 * A discharge recorded by mistake was cancelled: the stay is in hospital again, in the bed it had left; the
 * discharge movement is kept, voided, and no longer counts in the stay's placements.
 */
public record DischargeCancelled(long stayId, long organisationId) {}

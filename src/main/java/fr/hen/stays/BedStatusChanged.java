package fr.hen.stays;

/**
 * A bed's status changed: by hand (block, clean, reserve…) or with a movement (occupied at an admission or a
 * transfer, to cleaning when the patient leaves).
 */
public record BedStatusChanged(long bedId, long organisationId, BedStatus from, BedStatus to) {}

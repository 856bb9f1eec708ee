package fr.hen.stays;

/** The expected discharge date or the medically ready time of an in-hospital stay changed. */
public record DischargePlanChanged(long stayId, long organisationId) {}

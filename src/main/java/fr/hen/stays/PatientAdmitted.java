package fr.hen.stays;

/** A patient was admitted: a new in-hospital stay exists. Published in the admitting transaction. */
public record PatientAdmitted(long stayId, long organisationId) {}

package fr.hen.stays.stay;

import fr.hen.stays.AdmissionSource;
import java.time.LocalDateTime;

/** An admission to place: patient, unit (by code), bed, time, source and whether it was planned. */
record AdmitCommand(PatientIdentity patient, String unitCode, long bedId, LocalDateTime admittedAt,
    AdmissionSource source, boolean planned) {}

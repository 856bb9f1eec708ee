package fr.hen.discharge.referral;

import fr.hen.discharge.DestinationType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a referral file holds: only what a partner needs to decide (identity, home town, autonomy, care needs,
 * destination, dates, the hospital's summary), copied from the discharge plan and the stay when sent.
 */
record FileSnapshot(long stayId, long patientId, String patientName, LocalDate birthDate, String sex,
    String homePostcode, String homeTown, Integer gir, List<String> needs, DestinationType destinationType,
    LocalDate expectedDischargeDate, LocalDateTime medicallyReadyAt, String summary) {}

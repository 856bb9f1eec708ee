package fr.hen.discharge.referral;

import fr.hen.discharge.ReferralStatus;
import java.time.LocalDateTime;

/** What the rules need of one referral: its parties, its state and the patient of its file. */
record ReferralRow(long id, long fileId, long hospitalId, long stayId, long partnerId, String partnerCode,
    ReferralStatus status, LocalDateTime expiresAt, LocalDateTime closedAt, long patientId) {}

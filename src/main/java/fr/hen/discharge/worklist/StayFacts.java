package fr.hen.discharge.worklist;

import fr.hen.stays.StayRoster.RosterLine;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What the worklist knows of one in-hospital stay: the roster line (patient, place), the plan's expected discharge
 * date, medically ready time, needs and destination (the plan row's values, else the stay's), and its referrals.
 */
record StayFacts(RosterLine stay, LocalDate expectedDischargeDate, LocalDateTime medicallyReadyAt,
    List<String> needs, String destinationType, Referrals referrals) {

  /**
   * The stay's referrals: awaiting an answer (sent or viewed) and the oldest of them, partners that refused,
   * acceptances waiting for the coordinator's confirmation, requests for information, whether one is confirmed or
   * transferred, and whether a request to a DAC is open.
   */
  record Referrals(int awaitingAnswer, LocalDateTime oldestAwaitingSentAt, int refusals, int accepted,
      int infoRequested, boolean confirmed, boolean dacOpen) {

    static final Referrals NONE = new Referrals(0, null, 0, 0, 0, false, false);

    int total() {
      return awaitingAnswer + refusals + accepted + infoRequested + (confirmed ? 1 : 0) + (dacOpen ? 1 : 0);
    }
  }

  /** Whole days since the patient was medically ready (today − ready date, at least 0); null when not ready. */
  Integer waitingDays(LocalDate today) {
    return medicallyReadyAt == null ? null
        : (int) Math.max(0, ChronoUnit.DAYS.between(medicallyReadyAt.toLocalDate(), today));
  }

  /** Days since the expected discharge date when it is today or passed (0 today); null when later or unset. */
  Integer eddOverdueDays(LocalDate today) {
    return expectedDischargeDate == null || expectedDischargeDate.isAfter(today) ? null
        : (int) ChronoUnit.DAYS.between(expectedDischargeDate, today);
  }
}

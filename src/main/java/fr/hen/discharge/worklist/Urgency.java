package fr.hen.discharge.worklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How urgent a patient's exit is (README "Discharge worklist"): a score summing named criteria, each kept as a
 * reason with its points, and {@link #ORDER}, the worklist's order.
 *
 * @param waitingDays days since medically ready (null when not ready)
 */
record Urgency(int score, Integer waitingDays, List<Reason> reasons) {

  /** One criterion that counted: its code (message key {@code worklist.reason.<code>}), points and value. */
  record Reason(String code, int points, Integer value) {}

  static final int READY = 100;
  static final int PER_WAITING_DAY = 10;
  static final int EDD_DUE = 30;
  static final int PER_EDD_DAY = 5;
  static final int MAX_EDD_DAYS = 30;
  static final int NO_REQUEST = 20;
  static final int PER_AWAITING = 5;
  static final int PER_REFUSAL = 10;
  static final int INFO_REQUESTED = 15;
  static final int ACCEPTED = 20;
  static final int DAC = 50;
  static final int CONFIRMED = -50;

  /** Most urgent first: score, then longest wait, then earliest expected date, then oldest admission, then id. */
  static final Comparator<WorklistEntry> ORDER = Comparator
      .comparingInt((WorklistEntry e) -> e.urgency().score()).reversed()
      .thenComparing(e -> e.urgency().waitingDays(), Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparing(e -> e.facts().expectedDischargeDate(), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(e -> e.facts().stay().admittedAt())
      .thenComparingLong(e -> e.facts().stay().stayId());

  static Urgency of(StayFacts facts, LocalDate today, DacEscalation dac) {
    List<Reason> reasons = new ArrayList<>();
    Integer waiting = facts.waitingDays(today);
    if (waiting != null) {
      reasons.add(new Reason("READY", READY + PER_WAITING_DAY * waiting, waiting));
    }
    Integer overdue = facts.eddOverdueDays(today);
    if (overdue != null) {
      reasons.add(overdue == 0 ? new Reason("EDD_TODAY", EDD_DUE, 0)
          : new Reason("EDD_PASSED", EDD_DUE + PER_EDD_DAY * Math.min(MAX_EDD_DAYS, overdue), overdue));
    }
    StayFacts.Referrals referrals = facts.referrals();
    if (waiting != null && referrals.total() == 0) {
      reasons.add(new Reason("NO_REQUEST", NO_REQUEST, null));
    }
    if (referrals.awaitingAnswer() > 0) {
      reasons.add(new Reason("AWAITING", PER_AWAITING * referrals.awaitingAnswer(), referrals.awaitingAnswer()));
    }
    if (referrals.refusals() > 0) {
      reasons.add(new Reason("REFUSED", PER_REFUSAL * referrals.refusals(), referrals.refusals()));
    }
    if (referrals.infoRequested() > 0) {
      reasons.add(new Reason("INFO_REQUESTED", INFO_REQUESTED, referrals.infoRequested()));
    }
    if (referrals.accepted() > 0) {
      reasons.add(new Reason("ACCEPTED", ACCEPTED, referrals.accepted()));
    }
    if (referrals.confirmed()) {
      reasons.add(new Reason("CONFIRMED", CONFIRMED, null));
    }
    if (referrals.dacOpen()) {
      reasons.add(new Reason("DAC_OPEN", 0, null));
    }
    if (dac.proposed()) {
      reasons.add(new Reason("DAC_PROPOSED", DAC, null));
    }
    return new Urgency(reasons.stream().mapToInt(Reason::points).sum(), waiting, List.copyOf(reasons));
  }
}

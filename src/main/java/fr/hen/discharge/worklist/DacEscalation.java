package fr.hen.discharge.worklist;

import java.util.ArrayList;
import java.util.List;

/**
 * DAC escalation (README "Discharge worklist"): a patient refused by {@value #REFUSALS} partners, or medically ready
 * for more than {@code hen.discharge.dac-after-days} days, is proposed for referral to the territory's DAC
 * (dispositif d'appui à la coordination) — unless a destination is confirmed or a request to a DAC is already open.
 */
record DacEscalation(List<String> reasons) {

  /** Refusals (by distinct partners) that call for the DAC. */
  static final int REFUSALS = 3;

  static final DacEscalation NONE = new DacEscalation(List.of());

  boolean proposed() {
    return !reasons.isEmpty();
  }

  static DacEscalation of(StayFacts.Referrals referrals, Integer waitingDays, int dacAfterDays) {
    if (referrals.confirmed() || referrals.dacOpen()) {
      return NONE;
    }
    List<String> reasons = new ArrayList<>();
    if (refusedByThreePartners(referrals.refusals())) {
      reasons.add("REFUSED_BY_THREE");
    }
    if (waitingBeyond(waitingDays, dacAfterDays)) {
      reasons.add("WAITING_TOO_LONG");
    }
    return reasons.isEmpty() ? NONE : new DacEscalation(List.copyOf(reasons));
  }

  /** Three partners or more refused the patient. */
  static boolean refusedByThreePartners(int refusals) {
    return refusals >= REFUSALS;
  }

  /** Medically ready for more than {@code days} whole days (exactly {@code days} is not beyond). */
  static boolean waitingBeyond(Integer waitingDays, int days) {
    return waitingDays != null && waitingDays > days;
  }
}

package fr.hen.discharge.worklist;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The worklist's filters, each optional: a unit (its code), a state, and words of the patient's name or MRN
 * (accents and case ignored).
 */
record WorklistFilter(String unit, State state, String q) {

  /** The states the worklist filters on. */
  enum State {
    /** Medically ready (and still in hospital). */
    READY,
    /** Expected discharge date today or passed. */
    EDD_DUE,
    /** At least one request without answer (sent or viewed). */
    AWAITING_ANSWER,
    /** Refused by at least one partner. */
    REFUSED,
    /** An acceptance waits for the coordinator's confirmation. */
    ACCEPTED,
    /** Proposed for referral to the territory's DAC. */
    DAC
  }

  WorklistFilter {
    unit = unit == null || unit.isBlank() ? null : unit.trim();
    q = q == null || q.isBlank() ? null : fold(q.trim());
  }

  boolean matches(WorklistEntry entry, LocalDate today) {
    StayFacts facts = entry.facts();
    if (unit != null && !unit.equalsIgnoreCase(facts.stay().unitCode())) {
      return false;
    }
    if (q != null) {
      String text = fold(facts.stay().familyName() + " " + facts.stay().givenName() + " " + facts.stay().mrn());
      for (String word : q.split("\\s+")) {
        if (!text.contains(word)) {
          return false;
        }
      }
    }
    return state == null || switch (state) {
      case READY -> facts.medicallyReadyAt() != null;
      case EDD_DUE -> facts.eddOverdueDays(today) != null;
      case AWAITING_ANSWER -> facts.referrals().awaitingAnswer() > 0;
      case REFUSED -> facts.referrals().refusals() > 0;
      case ACCEPTED -> facts.referrals().accepted() > 0;
      case DAC -> entry.dac().proposed();
    };
  }

  static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }
}

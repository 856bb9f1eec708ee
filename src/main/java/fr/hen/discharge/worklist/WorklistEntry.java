package fr.hen.discharge.worklist;

/** One patient of the worklist: the facts, the DAC escalation and the urgency computed from them. */
record WorklistEntry(StayFacts facts, DacEscalation dac, Urgency urgency) {

  static WorklistEntry of(StayFacts facts, java.time.LocalDate today, int dacAfterDays) {
    DacEscalation dac = DacEscalation.of(facts.referrals(), facts.waitingDays(today), dacAfterDays);
    return new WorklistEntry(facts, dac, Urgency.of(facts, today, dac));
  }
}

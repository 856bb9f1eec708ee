package fr.hen.discharge.plan;

/** Where the stay of a plan stands: in hospital (the plan is open), discharged or voided (read-only). */
public enum PlanStatus {
  IN_HOSPITAL, DISCHARGED, VOIDED
}

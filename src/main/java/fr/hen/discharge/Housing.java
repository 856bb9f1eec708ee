package fr.hen.discharge;

/** The patient's housing, as far as it matters for going home. */
public enum Housing {
  HOUSE, FLAT_WITH_LIFT, FLAT_WITHOUT_LIFT, INSTITUTION, NO_FIXED_HOME
}

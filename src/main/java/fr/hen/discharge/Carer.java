package fr.hen.discharge;

/** Who helps the patient at home. */
public enum Carer {
  NONE, FAMILY, PROFESSIONAL, FAMILY_AND_PROFESSIONAL
}

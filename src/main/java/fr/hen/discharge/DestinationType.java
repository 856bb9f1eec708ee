package fr.hen.discharge;

/** Where the discharge plan aims the patient: home, or a type of partner structure (PRODUCT.md §2). */
public enum DestinationType {
  HOME, HAD, SMR, EHPAD, SSIAD, HOME_CARE, USLD, PALLIATIVE
}

package fr.hen.discharge;

/** The exit checklist of a discharge plan (PRODUCT.md §3). */
public enum ChecklistItem {
  TRANSPORT, PRESCRIPTIONS, EQUIPMENT, FOLLOW_UP_APPOINTMENT, DISCHARGE_LETTER, FAMILY_INFORMED, GP_INFORMED
}

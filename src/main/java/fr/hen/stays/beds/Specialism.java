package fr.hen.stays.beds;

/**
 * The medical specialism of a unit, a coded list (labels in the {@code specialism.*} messages). Bed assignment
 * matches a patient's specialism to the unit's; the codes follow the usual French hospital services.
 */
public enum Specialism {
  INTERNAL_MEDICINE,
  MEDICAL_ONCOLOGY,
  HAEMATOLOGY,
  RADIOTHERAPY,
  SUPPORTIVE_CARE,
  PALLIATIVE_CARE,
  CARDIOLOGY,
  PNEUMOLOGY,
  NEUROLOGY,
  GERIATRICS,
  CRITICAL_CARE,
  GENERAL_SURGERY,
  DIGESTIVE_SURGERY,
  THORACIC_SURGERY,
  GYNAECOLOGICAL_SURGERY,
  ENT_SURGERY,
  ORTHOPAEDICS
}

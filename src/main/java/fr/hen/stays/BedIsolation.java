package fr.hen.stays;

/**
 * Why a bed is isolated, whatever its status (an occupied bed may be isolated): HL7 v2 table 0116 (bed status) codes
 * {@code I} isolated and {@code K} contaminated, as A20 messages carry them. No isolation is {@code null}.
 */
public enum BedIsolation {
  /** The patient in it (or the next one) is nursed in isolation (HL7 0116 {@code I}). */
  ISOLATED,
  /** The bed is contaminated and must be decontaminated before use (HL7 0116 {@code K}). */
  CONTAMINATED
}

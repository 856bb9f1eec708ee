package fr.hen.stays;

/**
 * A planned admission changed: planned, updated, a bed reserved for it or released, cancelled, or consumed by the
 * admission of its patient ({@code stayId} then names the stay). {@code bedId} names the bed reserved or released.
 */
public record PlannedAdmissionChanged(long plannedAdmissionId, long organisationId, Change change, Long bedId,
    Long stayId) {

  /** What happened to the planned admission. */
  public enum Change { PLANNED, UPDATED, RESERVED, RELEASED, CANCELLED, ADMITTED }
}

package fr.hen.network;

/**
 * ROR capacity status of one capability of an organisation: available, occupied (full: "complet" on the pages),
 * reserved, closed, surge ("tension").
 */
public enum CapacityStatus {
  AVAILABLE,
  OCCUPIED,
  RESERVED,
  CLOSED,
  SURGE;

  /** Whether the status says that no place is free (closed or full), so that free places above 0 contradict it. */
  public boolean meansNoFreePlace() {
    return this == CLOSED || this == OCCUPIED;
  }
}

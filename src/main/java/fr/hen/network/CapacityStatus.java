package fr.hen.network;

/** ROR capacity status of one capability of an organisation. */
public enum CapacityStatus {
  AVAILABLE,
  OCCUPIED,
  RESERVED,
  CLOSED,
  SURGE
}

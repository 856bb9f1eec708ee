package fr.hen.network;

/** Where a partner stands with the network. */
public enum PartnershipStatus {
  ACTIVE,
  UNDER_SOLICITED,
  PROSPECT
}

package fr.hen.network;

/** Kind of organisation in the network: member hospitals, partner structures and the network itself. */
public enum OrganisationType {
  HOSPITAL,
  HAD,
  SMR,
  DAC,
  EHPAD,
  SSIAD,
  HOME_CARE,
  USLD,
  PALLIATIVE,
  NETWORK
}

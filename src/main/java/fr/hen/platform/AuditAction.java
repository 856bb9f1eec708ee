package fr.hen.platform;

/** What was done to the audited resource. */
public enum AuditAction {
  READ,
  CREATE,
  UPDATE,
  ADMIT,
  TRANSFER,
  DISCHARGE,
  VOID,
  EXPORT
}

package fr.hen.platform;

import java.util.Collection;
import java.util.List;

/**
 * The append-only audit log of patient data. Call it inside the transaction that reads or writes the data, so
 * that an access is never made without its trace. Each entry names its actor and whether a person or a system
 * actor acted. A system actor's read of ids and dates for a computation is no view of a patient and is not
 * recorded here; an export of patient data is ({@link AuditAction#EXPORT}).
 */
public interface AuditLog {

  /**
   * The resource type of the entries about user accounts, filed under administration. Modules declare their own
   * types with an {@link AuditTypeContributor}.
   */
  String ACCOUNT = "User";

  /** Records one access to one patient's data (or to a resource holding no patient, with a null patient). */
  void record(Actor actor, AuditAction action, String resourceType, String resourceId, Long patientId,
      String detail);

  /** Records one view of a list: one entry naming every patient shown. */
  void recordRead(Actor actor, String resourceType, Collection<Long> patientIds, String detail);

  /** Records one export of patient data (a file leaving the application): one entry naming every patient in it. */
  void recordExport(Actor actor, String resourceType, Collection<Long> patientIds, String detail);

  /** One entry of {@link #recordAll}: what {@link #record} takes besides the actor. */
  record Entry(AuditAction action, String resourceType, String resourceId, Long patientId, String detail) {}

  /** Records entries of one actor at once (a feed's batch of movements): the same rows as one {@link #record} each. */
  void recordAll(Actor actor, List<Entry> entries);
}

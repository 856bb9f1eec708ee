package fr.hen.platform;

/**
 * Who acts on the platform: a signed-in person ({@link HenUser}) or a named system actor ({@link SystemActor}: an
 * interface feed, an import, a scheduled job). Services take an actor to scope their queries to its organisation,
 * to record who made a change, and to write the audit log under the actor's own identity.
 */
public sealed interface Actor permits HenUser, SystemActor {

  /** Whether a person or a system acts. */
  enum Kind { PERSON, SYSTEM }

  /** The name written in "created by" columns and the audit log: a username, or {@code system:<name>}. */
  String name();

  Kind kind();

  /** The organisation the actor acts in, or null for a network-wide system actor. */
  Long organisation();

  /** The organisation the actor acts in; a network-wide system actor cannot call a service scoped to one. */
  default long organisationId() {
    Long organisation = organisation();
    if (organisation == null) {
      throw new IllegalStateException(name() + " acts for no organisation");
    }
    return organisation;
  }

  boolean has(Role role);
}

package fr.hen.platform;

import java.time.LocalDateTime;

/**
 * Invitations of a partner structure's coordinator: a single-use link mailed to the invitee, valid
 * {@code hen.invitations.valid-for} (72 hours by default), with which they choose a username and a password and get
 * an enabled {@link Role#PARTNER_COORDINATOR} account in that organisation. Only the SHA-256 of the token is stored.
 * Network coordinators and administrators invite; the caller checks that the organisation may receive one.
 */
public interface Invitations {

  /** A sent invitation (never its token). */
  record Invitation(long id, long organisationId, String email, String fullName, String invitedBy,
      LocalDateTime createdAt, LocalDateTime expiresAt) {}

  /**
   * Records the invitation, queues its mail (sent after the commit) and audits it ({@code CREATE} on
   * {@code Invitation}, naming the organisation and the address). A malformed {@code email} or a blank
   * {@code full_name} is an {@link InvalidFieldException}; an unknown organisation a {@link NotFoundException}.
   */
  Invitation invite(Actor actor, long organisationId, String email, String fullName);

  /** An invitation by its id (a repeated request answers the first one), or a {@link NotFoundException}. */
  Invitation get(long id);
}

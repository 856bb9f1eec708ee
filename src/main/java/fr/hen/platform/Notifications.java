package fr.hen.platform;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * In-app notifications, with an e-mail to each recipient who has an address. A notification is a message key of the
 * bundles with its arguments (never patient data: a referral number, an organisation's name at most) and a link, an
 * application path ({@code /referrals/12}). Call it inside the transaction of the change it tells about (one is
 * started when none runs): the rows and the queued mails commit with it, the live push (server-sent events) and the
 * sending of the mails happen after the commit and never delay the caller.
 */
public interface Notifications {

  /** Notifies these users (unknown ids are ignored); returns the number of notifications written. */
  int notifyUsers(Collection<Long> userIds, String messageKey, List<String> arguments, String link);

  /**
   * Notifies every enabled user of this organisation holding at least one of these roles; returns the number of
   * notifications written (0 when nobody holds them).
   */
  int notifyRoles(long organisationId, Set<Role> roles, String messageKey, List<String> arguments, String link);

  /** The number of unread notifications of a user. */
  long unreadCount(long userId);
}

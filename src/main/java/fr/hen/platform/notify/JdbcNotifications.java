package fr.hen.platform.notify;

import fr.hen.platform.Notifications;
import fr.hen.platform.PageSlice;
import fr.hen.platform.Role;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notifications (one row per recipient), queues one mail per recipient with an address (French, the text of
 * the notification and the absolute link, nothing else) and, after the commit, pushes them to the recipients' open
 * pages.
 */
@Service
class JdbcNotifications implements Notifications {

  /** Separates the arguments in the {@code arguments} column (a control character no argument may hold). */
  static final String SEPARATOR = "\u001f";
  static final Locale MAIL_LOCALE = Locale.FRENCH;
  private static final Pattern PATH = Pattern.compile("/(?!/)[\\x21-\\x7e]{0,299}");

  record Recipient(long id, String email) {}

  /** One notification as the page shows it. */
  record Item(long id, String text, String link, LocalDateTime createdAt, LocalDateTime readAt) {
    public boolean read() {
      return readAt != null;
    }
  }

  private record Row(long id, String messageKey, String arguments, String link, LocalDateTime createdAt,
      LocalDateTime readAt) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  private final MessageSource messages;
  private final MailOutbox outbox;
  private final NotificationStream stream;
  private final AfterCommit afterCommit;

  JdbcNotifications(JdbcClient jdbc, Clock clock, MessageSource messages, MailOutbox outbox,
      NotificationStream stream, AfterCommit afterCommit) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.messages = messages;
    this.outbox = outbox;
    this.stream = stream;
    this.afterCommit = afterCommit;
  }

  @Override
  @Transactional
  public int notifyUsers(Collection<Long> userIds, String messageKey, List<String> arguments, String link) {
    if (userIds.isEmpty()) {
      return 0;
    }
    List<Recipient> recipients = jdbc.sql("SELECT id, email FROM app_user WHERE id IN (:ids) ORDER BY id")
        .param("ids", List.copyOf(userIds)).query(Recipient.class).list();
    return write(recipients, messageKey, arguments, link);
  }

  @Override
  @Transactional
  public int notifyRoles(long organisationId, Set<Role> roles, String messageKey, List<String> arguments,
      String link) {
    if (roles.isEmpty()) {
      return 0;
    }
    List<Recipient> recipients = jdbc.sql("""
            SELECT u.id, u.email FROM app_user u
            WHERE u.organisation_id = :org AND u.enabled = TRUE
              AND EXISTS (SELECT 1 FROM app_user_role r WHERE r.user_id = u.id AND r.role IN (:roles))
            ORDER BY u.id""")
        .param("org", organisationId).param("roles", roles.stream().map(Role::name).toList())
        .query(Recipient.class).list();
    return write(recipients, messageKey, arguments, link);
  }

  @Override
  @Transactional(readOnly = true)
  public long unreadCount(long userId) {
    return jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = :user AND read_at IS NULL")
        .param("user", userId).query(Long.class).single();
  }

  private int write(List<Recipient> recipients, String messageKey, List<String> arguments, String link) {
    if (messageKey == null || messageKey.isBlank()) {
      throw new IllegalArgumentException("A notification needs a message key");
    }
    if (link != null && !PATH.matcher(link).matches()) {
      throw new IllegalArgumentException("A notification's link is an application path: " + link);
    }
    List<String> args = arguments == null ? List.of() : arguments.stream().map(a -> a == null ? "" : a).toList();
    if (args.stream().anyMatch(a -> a.contains(SEPARATOR))) {
      throw new IllegalArgumentException("A notification argument holds a control character");
    }
    LocalDateTime now = LocalDateTime.now(clock);
    String text = text(messageKey, args, MAIL_LOCALE);
    List<Long> notified = new ArrayList<>();
    for (Recipient recipient : recipients) {
      GeneratedKeyHolder keys = new GeneratedKeyHolder();
      jdbc.sql("""
              INSERT INTO notification (user_id, message_key, arguments, link, created_at)
              VALUES (:user, :key, :args, :link, :now)""")
          .param("user", recipient.id()).param("key", messageKey).param("args", String.join(SEPARATOR, args))
          .param("link", link).param("now", now).update(keys, "id");
      long id = keys.getKey().longValue();
      notified.add(recipient.id());
      if (recipient.email() != null && !recipient.email().isBlank()) {
        String url = link == null ? outbox.settings().baseUrl() + "/notifications"
            : outbox.settings().baseUrl() + link;
        outbox.queue(recipient.email(), messages.getMessage("notify.mail.subject", new Object[] {text},
            MAIL_LOCALE), messages.getMessage("notify.mail.body", new Object[] {text, url}, MAIL_LOCALE), id);
      }
    }
    if (!notified.isEmpty()) {
      afterCommit.run(() -> notified.forEach(user -> {
        long unread = unreadCount(user);
        stream.push(user, new NotificationStream.Event() {
          @Override
          public long unread() {
            return unread;
          }

          @Override
          public String text(Locale locale) {
            return JdbcNotifications.this.text(messageKey, args, locale);
          }

          @Override
          public String link() {
            return link;
          }
        });
      }));
    }
    return notified.size();
  }

  String text(String messageKey, List<String> args, Locale locale) {
    return messages.getMessage(messageKey, args.toArray(), messageKey, locale);
  }

  /** One page of a user's notifications, newest first, with their texts in this language. */
  @Transactional(readOnly = true)
  PageSlice<Item> page(long userId, int page, int size, Locale locale) {
    long total = jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = :user").param("user", userId)
        .query(Long.class).single();
    List<Item> items = jdbc.sql("""
            SELECT id, message_key, arguments, link, created_at, read_at FROM notification WHERE user_id = :user
            ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset""")
        .param("user", userId).param("limit", size).param("offset", (long) page * size).query(Row.class).list()
        .stream().map(r -> new Item(r.id(), text(r.messageKey(), arguments(r.arguments()), locale), r.link(),
            r.createdAt(), r.readAt())).toList();
    return new PageSlice<>(items, page, size, total);
  }

  /** Marks one of the user's notifications read; false when the user has no such notification. */
  @Transactional
  boolean markRead(long userId, long id) {
    boolean mine = jdbc.sql("SELECT COUNT(*) FROM notification WHERE id = :id AND user_id = :user")
        .param("id", id).param("user", userId).query(Long.class).single() > 0;
    if (mine) {
      jdbc.sql("UPDATE notification SET read_at = :now WHERE id = :id AND user_id = :user AND read_at IS NULL")
          .param("now", LocalDateTime.now(clock)).param("id", id).param("user", userId).update();
      afterCommit.run(() -> stream.pushCount(userId, unreadCount(userId)));
    }
    return mine;
  }

  /** The link of one of the user's notifications (null when it has none), if it is theirs. */
  @Transactional(readOnly = true)
  java.util.Optional<String> linkOf(long userId, long id) {
    return jdbc.sql("SELECT COALESCE(link, '') FROM notification WHERE id = :id AND user_id = :user")
        .param("id", id).param("user", userId).query(String.class).optional();
  }

  /** Marks every notification of the user read; returns how many were unread. */
  @Transactional
  int markAllRead(long userId) {
    int n = jdbc.sql("UPDATE notification SET read_at = :now WHERE user_id = :user AND read_at IS NULL")
        .param("now", LocalDateTime.now(clock)).param("user", userId).update();
    afterCommit.run(() -> stream.pushCount(userId, 0));
    return n;
  }

  private static List<String> arguments(String column) {
    return column == null || column.isEmpty() ? List.of() : List.of(column.split(SEPARATOR, -1));
  }
}

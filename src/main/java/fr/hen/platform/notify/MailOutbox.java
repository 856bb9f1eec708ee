package fr.hen.platform.notify;

import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox of e-mails: {@link #queue} writes a row in the caller's transaction; after the commit a background
 * thread tries to send it ({@link AfterCommit}), and the job {@link #sendDue()} tries again every
 * {@code hen.mail.retry-interval} those whose {@code next_attempt_at} has come, waiting longer after each failure
 * ({@link MailSettings#backoff}) until {@code hen.mail.max-attempts}, then FAILED. A sender claims a row by moving
 * its {@code next_attempt_at} five minutes on (a lease), so two senders never send one mail twice at once. With
 * {@code hen.mail.enabled=false} nothing is sent and mails stay QUEUED.
 */
@Component
@EnableConfigurationProperties(MailSettings.class)
class MailOutbox {

  private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);
  static final Duration LEASE = Duration.ofMinutes(5);
  private static final int BATCH = 50;

  record Mail(long id, String recipient, String subject, String body, int attempts) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  private final MailSettings settings;
  private final ObjectProvider<JavaMailSender> sender;
  private final AfterCommit afterCommit;

  MailOutbox(JdbcClient jdbc, Clock clock, MailSettings settings, ObjectProvider<JavaMailSender> sender,
      AfterCommit afterCommit) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.settings = settings;
    this.sender = sender;
    this.afterCommit = afterCommit;
  }

  MailSettings settings() {
    return settings;
  }

  /** Queues a mail in the caller's transaction; it is sent after the commit (when mail is enabled). */
  @Transactional(propagation = Propagation.MANDATORY)
  long queue(String recipient, String subject, String body, Long notificationId) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    LocalDateTime now = LocalDateTime.now(clock);
    jdbc.sql("""
            INSERT INTO mail_outbox (notification_id, recipient, subject, body, status, attempts, next_attempt_at,
                                     created_at)
            VALUES (:notification, :recipient, :subject, :body, 'QUEUED', 0, :now, :now)""")
        .param("notification", notificationId).param("recipient", recipient)
        .param("subject", clip(subject, 300)).param("body", clip(body, 4000)).param("now", now)
        .update(keys, "id");
    long id = keys.getKey().longValue();
    if (settings.enabled()) {
      afterCommit.run(() -> send(id));
    }
    return id;
  }

  /** Every mail due for an attempt, oldest first, 50 at a time; returns how many were sent. */
  @Scheduled(fixedDelayString = "${hen.mail.retry-interval:1m}", initialDelayString = "${hen.mail.retry-interval:1m}")
  public int sendDue() {
    if (!settings.enabled()) {
      return 0;
    }
    List<Long> due = jdbc.sql("""
            SELECT id FROM mail_outbox WHERE status = 'QUEUED' AND next_attempt_at <= :now
            ORDER BY next_attempt_at, id LIMIT :limit""")
        .param("now", LocalDateTime.now(clock)).param("limit", BATCH).query(Long.class).list();
    int sent = 0;
    for (long id : due) {
      if (send(id)) {
        sent++;
      }
    }
    return sent;
  }

  /** One attempt at one mail, if no other sender holds it and it is due; true when it was sent now. */
  boolean send(long id) {
    if (!settings.enabled()) {
      return false;
    }
    LocalDateTime now = LocalDateTime.now(clock);
    int claimed = jdbc.sql("""
            UPDATE mail_outbox SET next_attempt_at = :lease
            WHERE id = :id AND status = 'QUEUED' AND next_attempt_at <= :now""")
        .param("lease", now.plus(LEASE)).param("id", id).param("now", now).update();
    if (claimed == 0) {
      return false;
    }
    Mail mail = jdbc.sql("SELECT id, recipient, subject, body, attempts FROM mail_outbox WHERE id = :id")
        .param("id", id).query(Mail.class).single();
    try {
      JavaMailSender smtp = sender.getIfAvailable();
      if (smtp == null) {
        throw new IllegalStateException("No SMTP server configured (spring.mail.host)");
      }
      SimpleMailMessage message = new SimpleMailMessage();
      message.setFrom(settings.from());
      message.setTo(new InternetAddress(mail.recipient(), true).getAddress());
      message.setSubject(mail.subject());
      message.setText(mail.body());
      smtp.send(message);
      jdbc.sql("""
              UPDATE mail_outbox SET status = 'SENT', attempts = attempts + 1, sent_at = :now, last_error = NULL
              WHERE id = :id""").param("now", LocalDateTime.now(clock)).param("id", id).update();
      return true;
    } catch (Exception e) {
      int attempts = mail.attempts() + 1;
      boolean giveUp = attempts >= settings.maxAttempts();
      LOG.warn("Mail {} not sent (attempt {}): {}", id, attempts, e.toString());
      jdbc.sql("""
              UPDATE mail_outbox SET attempts = :attempts, status = :status, next_attempt_at = :next,
                                     last_error = :error
              WHERE id = :id""")
          .param("attempts", attempts).param("status", giveUp ? "FAILED" : "QUEUED")
          .param("next", LocalDateTime.now(clock).plus(settings.backoff(attempts)))
          .param("error", clip(String.valueOf(e.getMessage() == null ? e.getClass().getName() : e.getMessage()),
              500))
          .param("id", id).update();
      return false;
    }
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}

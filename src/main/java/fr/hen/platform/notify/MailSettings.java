package fr.hen.platform.notify;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hen.mail.*}: whether queued mails are sent at all (off in {@code run}: they stay queued), the sender, the
 * base of the absolute links, and the retries. The SMTP server itself is {@code spring.mail.host}, {@code port},
 * {@code username}, {@code password}, STARTTLS with {@code spring.mail.properties.mail.smtp.starttls.enable}.
 *
 * @param enabled send queued mails (false: they stay QUEUED, nothing is sent)
 * @param from the sender address
 * @param baseUrl put before a notification's path to make the link of the mail, e.g. {@code https://hen.example.org}
 * @param maxAttempts attempts before a mail is marked FAILED
 * @param retryDelay the wait after the first failed attempt, doubled at each further failure (at most a day)
 * @param retryInterval how often the job looks for mails due for another attempt
 */
@ConfigurationProperties("hen.mail")
record MailSettings(boolean enabled, String from, String baseUrl, int maxAttempts, Duration retryDelay,
    Duration retryInterval) {

  MailSettings {
    from = from == null || from.isBlank() ? "hen@localhost" : from;
    baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
    maxAttempts = maxAttempts <= 0 ? 8 : maxAttempts;
    retryDelay = retryDelay == null ? Duration.ofMinutes(1) : retryDelay;
    retryInterval = retryInterval == null ? Duration.ofMinutes(1) : retryInterval;
  }

  /** The wait before the next attempt after {@code attempts} failed ones: retryDelay × 2^(attempts-1), ≤ 1 day. */
  Duration backoff(int attempts) {
    Duration delay = retryDelay.multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
    return delay.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : delay;
  }
}

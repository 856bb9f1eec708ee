package fr.hen.platform.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.platform.HenUser;
import fr.hen.platform.Notifications;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The outbox against a real SMTP server: the mail arrives with its absolute link; with the server down it stays
 * queued, is tried again after the backoff and arrives once the server is back; it gives up after the maximum
 * number of attempts; and the request that queued it does not wait for the server.
 */
class MailOutboxIntegrationTest extends MailTestSupport {

  @Autowired Notifications notifications;
  @Autowired MailOutbox outbox;

  @Test
  void theMailArrivesWithTheAbsoluteLinkAndIsMarkedSent() throws Exception {
    HenUser coordinator = account(new StaysFixture(jdbc).organisation("HOSPITAL"), true, Role.DISCHARGE_COORDINATOR);
    notifications.notifyUsers(List.of(coordinator.id()), "discharge.notify.hospital.ACCEPTED",
        List.of("4521", "HAD Flandre"), "/referrals/4521");

    await().atMost(Duration.ofSeconds(10)).until(() -> messagesTo(emailOf(coordinator)).size() == 1);
    MimeMessage mail = messagesTo(emailOf(coordinator)).get(0);
    assertThat(mail.getSubject()).isEqualTo("[HEN] HAD Flandre accepte la demande n° 4521.");
    assertThat(mail.getFrom()[0].toString()).isEqualTo("hen@test.example");
    assertThat(body(mail)).contains("https://hen.test.example/referrals/4521")
        .contains("HAD Flandre accepte la demande n° 4521.");
    await().atMost(Duration.ofSeconds(5)).until(() -> "SENT".equals(row(coordinator).get("status")));
    assertThat(row(coordinator).get("attempts")).isEqualTo(1);
  }

  @Test
  void withTheServerDownTheMailStaysQueuedAndIsRetriedAfterTheBackoff() {
    HenUser coordinator = account(new StaysFixture(jdbc).organisation("HAD"), true, Role.PARTNER_COORDINATOR);
    stopSmtp();
    notifications.notifyUsers(List.of(coordinator.id()), "discharge.notify.partner.SENT", List.of("9", "CHU"),
        "/partner/referrals/9");
    await().atMost(Duration.ofSeconds(15)).until(() -> ((Number) row(coordinator).get("attempts")).intValue() == 1);
    assertThat(row(coordinator)).containsEntry("status", "QUEUED");
    assertThat((String) row(coordinator).get("last_error")).isNotBlank();

    startSmtp();
    outbox.sendDue(); // not due yet: the first retry waits retry-delay (1 min)
    assertThat(messagesTo(emailOf(coordinator))).isEmpty();
    CLOCK.advance(Duration.ofSeconds(61));
    outbox.sendDue();
    assertThat(messagesTo(emailOf(coordinator))).hasSize(1);
    assertThat(row(coordinator)).containsEntry("status", "SENT");
    assertThat(((Number) row(coordinator).get("attempts")).intValue()).isEqualTo(2);
    outbox.sendDue(); // sent once only
    assertThat(messagesTo(emailOf(coordinator))).hasSize(1);
  }

  @Test
  void itGivesUpAfterTheMaximumNumberOfAttempts() {
    HenUser coordinator = account(new StaysFixture(jdbc).organisation("HAD"), true, Role.PARTNER_COORDINATOR);
    stopSmtp();
    notifications.notifyUsers(List.of(coordinator.id()), "discharge.notify.partner.SENT", List.of("10", "CHU"),
        "/partner/referrals/10");
    await().atMost(Duration.ofSeconds(15)).until(() -> ((Number) row(coordinator).get("attempts")).intValue() == 1);
    CLOCK.advance(Duration.ofSeconds(61));
    outbox.sendDue();
    assertThat(row(coordinator)).containsEntry("status", "QUEUED").containsEntry("attempts", 2);
    CLOCK.advance(Duration.ofSeconds(61)); // the second wait is two minutes: not yet
    outbox.sendDue();
    assertThat(row(coordinator)).containsEntry("attempts", 2);
    CLOCK.advance(Duration.ofSeconds(61));
    outbox.sendDue();
    assertThat(row(coordinator)).containsEntry("status", "FAILED").containsEntry("attempts", 3);
    startSmtp();
    CLOCK.advance(Duration.ofHours(1));
    outbox.sendDue();
    assertThat(messagesTo(emailOf(coordinator))).isEmpty();
  }

  @Test
  void theRequestThatQueuesAMailDoesNotWaitForTheServer() throws Exception {
    String code = onboard("SSIAD");
    stopSmtp();
    // a server that accepts connections and never answers: a synchronous send would wait its 3 s time-out
    try (ServerSocket silent = new ServerSocket(SMTP_PORT, 50, InetAddress.getByName("127.0.0.1"))) {
      long start = System.nanoTime();
      mvc.perform(post("/api/v1/organizations/{code}/invitations", code)
              .with(user(StaysFixture.user(0, Role.NETWORK_COORDINATOR))).contentType(MediaType.APPLICATION_JSON)
              .content("{\"email\":\"slow@partner.example\",\"full_name\":\"Claire Lent\"}"))
          .andExpect(status().isCreated());
      long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
      assertThat(millis).isLessThan(2000);
      Map<String, Object> mail = jdbc.sql("SELECT status, attempts FROM mail_outbox WHERE recipient = ?")
          .param("slow@partner.example").query().singleRow();
      assertThat(mail).containsEntry("status", "QUEUED").containsEntry("attempts", 0);
      await().atMost(Duration.ofSeconds(15)).until(() -> ((Number) jdbc.sql(
          "SELECT attempts FROM mail_outbox WHERE recipient = ?").param("slow@partner.example").query()
          .singleValue()).intValue() == 1);
    }
  }

  private Map<String, Object> row(HenUser user) {
    return jdbc.sql("SELECT status, attempts, last_error FROM mail_outbox WHERE recipient = ?")
        .param(emailOf(user)).query().singleRow();
  }
}

package fr.hen.platform.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.platform.HenUser;
import fr.hen.platform.Notifications;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications: who gets them, the page (newest first, pages, mark read, empty state), the header's count, the live
 * stream (sent after the commit, never for a rolled-back change), and the mail queued with each.
 */
class NotificationsIntegrationTest extends MailTestSupport {

  @Autowired Notifications notifications;
  @Autowired NotificationStream stream;
  @Autowired TransactionTemplate transactions;

  long partner;
  long otherPartner;

  @BeforeEach
  void organisations() {
    StaysFixture fixture = new StaysFixture(jdbc);
    partner = fixture.organisation("HAD");
    otherPartner = fixture.organisation("HAD");
  }

  @Test
  void rolesOfTheOrganisationAreNotifiedOnlyWhenEnabled() {
    HenUser coordinator = account(partner, true, Role.PARTNER_COORDINATOR);
    HenUser disabled = account(partner, true, Role.PARTNER_COORDINATOR);
    accounts.setEnabled(disabled.id(), false);
    HenUser otherRole = account(partner, true, Role.NETWORK_COORDINATOR);
    HenUser elsewhere = account(otherPartner, true, Role.PARTNER_COORDINATOR);

    int n = notifications.notifyRoles(partner, Set.of(Role.PARTNER_COORDINATOR), "notify.title", List.of(),
        "/notifications");

    assertThat(n).isEqualTo(1);
    assertThat(notifications.unreadCount(coordinator.id())).isEqualTo(1);
    assertThat(notifications.unreadCount(disabled.id())).isZero();
    assertThat(notifications.unreadCount(otherRole.id())).isZero();
    assertThat(notifications.unreadCount(elsewhere.id())).isZero();
  }

  @Test
  void aLinkMustBeAnApplicationPath() {
    HenUser coordinator = account(partner, false, Role.PARTNER_COORDINATOR);
    for (String link : List.of("https://evil.example/x", "//evil.example", "javascript:alert(1)")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> notifications.notifyUsers(List.of(coordinator.id()),
          "notify.title", List.of(), link)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(notifications.unreadCount(coordinator.id())).isZero();
  }

  @Test
  void pageListsNewestFirstInPagesAndMarksRead() throws Exception {
    HenUser me = account(partner, false, Role.PARTNER_COORDINATOR);
    mvc.perform(get("/notifications").with(user(me))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Aucune notification")));
    for (int i = 1; i <= 21; i++) {
      notifications.notifyUsers(List.of(me.id()), "discharge.notify.hospital.ACCEPTED", List.of("N" + i, "HAD X"),
          "/referrals/" + i);
      CLOCK.advance(Duration.ofSeconds(1));
    }
    String first = mvc.perform(get("/notifications").with(user(me))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(first).contains("HAD X accepte la demande n° N21").doesNotContain("n° N1.")
        .contains("Page 1 sur 2");
    assertThat(first.indexOf("n° N21")).isLessThan(first.indexOf("n° N20"));
    // the bell: 21 unread
    assertThat(first).containsPattern("class=\"badge[^\"]*\">21<");
    mvc.perform(get("/notifications").param("page", "1").with(user(me))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("n° N1.")));

    long id = jdbc.sql("SELECT MAX(id) FROM notification WHERE user_id = ?").param(me.id()).query(Long.class)
        .single();
    mvc.perform(post("/notifications/{id}/read", id).with(user(me)).with(csrf()))
        .andExpect(redirectedUrl("/notifications"));
    assertThat(notifications.unreadCount(me.id())).isEqualTo(20);
    mvc.perform(post("/notifications/{id}/open", id - 1).with(user(me)).with(csrf()))
        .andExpect(redirectedUrl("/referrals/20"));
    assertThat(notifications.unreadCount(me.id())).isEqualTo(19);
    mvc.perform(post("/notifications/read-all").with(user(me)).with(csrf()))
        .andExpect(redirectedUrl("/notifications"));
    assertThat(notifications.unreadCount(me.id())).isZero();
  }

  @Test
  void anotherUsersNotificationIsNotFound() throws Exception {
    HenUser owner = account(partner, false, Role.PARTNER_COORDINATOR);
    HenUser intruder = account(otherPartner, false, Role.PARTNER_COORDINATOR);
    notifications.notifyUsers(List.of(owner.id()), "notify.title", List.of(), "/referrals/1");
    long id = jdbc.sql("SELECT MAX(id) FROM notification WHERE user_id = ?").param(owner.id()).query(Long.class)
        .single();
    mvc.perform(post("/notifications/{id}/read", id).with(user(intruder)).with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(post("/notifications/{id}/open", id).with(user(intruder)).with(csrf()))
        .andExpect(status().isNotFound());
    assertThat(notifications.unreadCount(owner.id())).isEqualTo(1);
    mvc.perform(get("/notifications").with(user(intruder)))
        .andExpect(content().string(Matchers.containsString("Aucune notification")));
  }

  @Test
  void theStreamGetsTheNotificationAfterTheCommitAndNothingOnRollback() throws Exception {
    HenUser me = account(partner, false, Role.PARTNER_COORDINATOR);
    MvcResult open = mvc.perform(get("/notifications/stream").with(user(me)))
        .andExpect(request().asyncStarted()).andReturn();
    await().atMost(Duration.ofSeconds(5)).until(() -> stream.open(me.id()) == 1);
    assertThat(text(open)).contains("event:unread").contains("\"unread\":0");

    // rolled back: nothing is pushed
    transactions.executeWithoutResult(tx -> {
      notifications.notifyUsers(List.of(me.id()), "discharge.notify.partner.SENT", List.of("77", "Hôpital A"),
          "/partner/referrals/77");
      tx.setRollbackOnly();
    });
    // committed: pushed once the transaction is over, not before
    transactions.executeWithoutResult(tx -> {
      notifications.notifyUsers(List.of(me.id()), "discharge.notify.partner.SENT", List.of("78", "Hôpital A"),
          "/partner/referrals/78");
      sleep(300);
      assertThat(text(open)).doesNotContain("event:notification");
    });
    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(text(open))
        .contains("event:notification").contains("Nouvelle demande de prise en charge n° 78 de Hôpital A")
        .contains("\"unread\":1").contains("/partner/referrals/78"));
    assertThat(text(open)).doesNotContain("n° 77");

    // heartbeat, then a closed channel is dropped
    stream.heartbeat();
    assertThat(text(open)).contains(":heartbeat");
    open.getRequest().getAsyncContext().complete();
    await().atMost(Duration.ofSeconds(5)).until(() -> {
      stream.heartbeat();
      return stream.open(me.id()) == 0;
    });
  }

  @Test
  void theStreamNeedsASignedInUser() throws Exception {
    mvc.perform(get("/notifications/stream")).andExpect(status().is3xxRedirection());
  }

  @Test
  void aMailIsQueuedForUsersWithAnAddressOnly() {
    HenUser withMail = account(partner, true, Role.DISCHARGE_COORDINATOR);
    HenUser withoutMail = account(partner, false, Role.DISCHARGE_COORDINATOR);
    notifications.notifyUsers(List.of(withMail.id(), withoutMail.id()), "discharge.notify.hospital.REFUSED",
        List.of("12", "SSIAD Lens"), "/referrals/12");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?").param(emailOf(withMail))
        .query(Long.class).single()).isEqualTo(1);
    await().atMost(Duration.ofSeconds(10)).until(() -> messagesTo(emailOf(withMail)).size() == 1);
  }

  private static String text(MvcResult result) {
    try {
      // an event stream is UTF-8 (EventSource decodes it so whatever the headers say)
      return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

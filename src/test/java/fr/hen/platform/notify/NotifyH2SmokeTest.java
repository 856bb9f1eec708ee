package fr.hen.platform.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.H2SmokeTest;
import fr.hen.platform.HenUser;
import fr.hen.platform.Notifications;
import fr.hen.platform.Role;
import fr.hen.platform.UserAccounts;
import fr.hen.stays.StaysFixture;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * On H2 (the database of {@code run}), with mail off as in {@code run}: notifications are written and shown, their
 * mail stays queued, and an invitation's account is created (the row lock of its token works on H2 too).
 */
@H2SmokeTest
class NotifyH2SmokeTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Notifications notifications;
  @Autowired UserAccounts accounts;
  @Autowired MailOutbox outbox;

  @Test
  void notificationsAndInvitations_onH2() throws Exception {
    long partner = new StaysFixture(jdbc).organisation("HAD");
    long id = accounts.create(new UserAccounts.NewAccount("h2-notified", "secret-secret", "H2 Notified",
        "h2@partner.example", partner, Set.of(Role.PARTNER_COORDINATOR)));
    HenUser me = new HenUser(id, "h2-notified", null, "H2 Notified", partner, List.of(Role.PARTNER_COORDINATOR),
        true, false);
    notifications.notifyRoles(partner, Set.of(Role.PARTNER_COORDINATOR), "discharge.notify.partner.SENT",
        List.of("1", "CHU"), "/partner/referrals/1");
    mvc.perform(get("/notifications").with(user(me))).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("n° 1 de CHU")));
    assertThat(outbox.sendDue()).isZero();
    assertThat(jdbc.sql("SELECT status FROM mail_outbox WHERE recipient = 'h2@partner.example'")
        .query(String.class).single()).isEqualTo("QUEUED");

    String code = "H2INV-" + id;
    mvc.perform(post("/api/v1/organizations").with(user(StaysFixture.user(0, Role.NETWORK_COORDINATOR)))
        .contentType(MediaType.APPLICATION_JSON).content("""
            {"code":"%s","type":"SSIAD","name":"SSIAD H2","city":"Lille","partnership_status":"PROSPECT"}"""
            .formatted(code))).andExpect(status().isCreated());
    mvc.perform(post("/api/v1/organizations/{code}/invitations", code)
            .with(user(StaysFixture.user(0, Role.NETWORK_COORDINATOR))).contentType(MediaType.APPLICATION_JSON)
            .content("{\"email\":\"invitee@h2.example\",\"full_name\":\"Ina Vitée\"}"))
        .andExpect(status().isCreated());
    String body = jdbc.sql("SELECT body FROM mail_outbox WHERE recipient = 'invitee@h2.example'")
        .query(String.class).single();
    String token = body.replaceAll("(?s).*/invitations/([A-Za-z0-9_-]+).*", "$1");
    mvc.perform(post("/invitations/{t}", token).with(csrf()).param("username", "ina-h2")
            .param("password", "un-mot-de-passe").param("passwordConfirmation", "un-mot-de-passe"))
        .andExpect(redirectedUrl("/login"));
    mvc.perform(get("/invitations/{t}", token)).andExpect(status().isNotFound());
    assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = 'ina-h2'").query(Long.class).single())
        .isEqualTo(1);
  }
}

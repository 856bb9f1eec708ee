package fr.hen.network.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.platform.notify.MailTestSupport;
import fr.hen.stays.StaysFixture;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Inviting a partner's coordinator: the mail with its single-use link, the invitee's page and account, and every
 * way a token stops working (used, expired, unknown), the roles allowed, the organisations that take an invitation,
 * bad input and repeated requests; the audit of both steps.
 */
class InvitationIntegrationTest extends MailTestSupport {

  static final HenUser NETWORK = StaysFixture.user(0, Role.NETWORK_COORDINATOR);
  private static final Pattern LINK = Pattern.compile("https://hen\\.test\\.example/invitations/([A-Za-z0-9_-]+)");

  @Test
  void theInviteeGetsAMailAndCreatesTheirAccountOnce() throws Exception {
    String code = onboard("HAD");
    String email = "claire." + code.toLowerCase() + "@had.example";
    invite(code, email, "Claire Dupont").andExpect(status().isCreated())
        .andExpect(jsonPath("$.organisation_code").value(code)).andExpect(jsonPath("$.email").value(email))
        .andExpect(jsonPath("$.token").doesNotExist());

    String token = tokenMailedTo(email);
    assertThat(jdbc.sql("SELECT token_hash FROM invitation WHERE email = ?").param(email).query(String.class)
        .single()).doesNotContain(token).hasSize(64);
    mvc.perform(get("/invitations/{t}", token)).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Structure " + code)));

    String username = "claire-" + code.toLowerCase();
    mvc.perform(post("/invitations/{t}", token).with(csrf()).param("username", username)
            .param("password", "un-mot-de-passe").param("passwordConfirmation", "un-mot-de-passe"))
        .andExpect(redirectedUrl("/login")).andExpect(flash().attribute("message", "invite.accepted"));
    Map<String, Object> account = jdbc.sql("""
            SELECT u.enabled, u.email, u.full_name, o.code, r.role FROM app_user u
            JOIN organisation o ON o.id = u.organisation_id JOIN app_user_role r ON r.user_id = u.id
            WHERE u.username = ?""").param(username).query().singleRow();
    assertThat(account).containsEntry("enabled", true).containsEntry("email", email)
        .containsEntry("full_name", "Claire Dupont").containsEntry("code", code)
        .containsEntry("role", "PARTNER_COORDINATOR");

    // the account signs in with its password
    mvc.perform(get("/api/v1/organizations/{code}", code).with(
            org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(
                username, "un-mot-de-passe"))).andExpect(status().isOk());

    // a second use: the same "not valid" page, no other account
    mvc.perform(post("/invitations/{t}", token).with(csrf()).param("username", username + "2")
            .param("password", "un-mot-de-passe").param("passwordConfirmation", "un-mot-de-passe"))
        .andExpect(status().isNotFound()).andExpect(content().string(Matchers.containsString("non valable")))
        .andExpect(content().string(Matchers.not(Matchers.containsString(code))));
    mvc.perform(get("/invitations/{t}", token)).andExpect(status().isNotFound());
    assertThat(count("SELECT COUNT(*) FROM app_user WHERE username = ?", username + "2")).isZero();

    // audited: who invited whom, and the account created through the invitation
    assertThat(jdbc.sql("""
            SELECT detail FROM audit_event WHERE resource_type = 'Invitation' AND username = ?
            ORDER BY id DESC LIMIT 1""").param(NETWORK.name()).query(String.class).single())
        .contains("organisation=" + code).contains("email=" + email);
    assertThat(jdbc.sql("""
            SELECT detail FROM audit_event WHERE resource_type = 'User' AND username = ? AND action = 'CREATE'""")
        .param(username).query(String.class).single()).contains("by invitation").contains(NETWORK.name());
  }

  @Test
  void anExpiredTokenOpensNothing() throws Exception {
    String code = onboard("SSIAD");
    String email = "late." + code.toLowerCase() + "@ssiad.example";
    invite(code, email, "Paul Tardif").andExpect(status().isCreated());
    String token = tokenMailedTo(email);
    CLOCK.advance(Duration.ofHours(72).plusSeconds(1));
    mvc.perform(get("/invitations/{t}", token)).andExpect(status().isNotFound())
        .andExpect(content().string(Matchers.not(Matchers.containsString("Paul Tardif"))));
    mvc.perform(post("/invitations/{t}", token).with(csrf()).param("username", "late-" + code.toLowerCase())
            .param("password", "un-mot-de-passe").param("passwordConfirmation", "un-mot-de-passe"))
        .andExpect(status().isNotFound());
    assertThat(count("SELECT COUNT(*) FROM app_user WHERE email = ?", email)).isZero();
  }

  @Test
  void anUnknownTokenOpensNothing() throws Exception {
    mvc.perform(get("/invitations/{t}", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).andExpect(status().isNotFound())
        .andExpect(content().string(Matchers.containsString("non valable")));
    mvc.perform(get("/invitations/{t}", "x")).andExpect(status().isNotFound());
  }

  @Test
  void theAccountFormKeepsTheRulesOfAccounts() throws Exception {
    String code = onboard("HAD");
    String email = "rules." + code.toLowerCase() + "@had.example";
    invite(code, email, "Rita Règles").andExpect(status().isCreated());
    String token = tokenMailedTo(email);
    mvc.perform(post("/invitations/{t}", token).with(csrf()).param("username", "Bad Name")
            .param("password", "court").param("passwordConfirmation", "autre"))
        .andExpect(status().is(422))
        .andExpect(content().string(Matchers.containsString("Lettres minuscules")))
        .andExpect(content().string(Matchers.containsString("au moins 10 caractères")))
        .andExpect(content().string(Matchers.containsString("value=\"Bad Name\"")));
    mvc.perform(post("/invitations/{t}", token).with(csrf()).param("username", "rules-" + code.toLowerCase())
            .param("password", "un-mot-de-passe").param("passwordConfirmation", "un-autre-mot-de-passe"))
        .andExpect(status().is(422)).andExpect(content().string(Matchers.containsString("pas identiques")));
    // a taken username: said on the field, and the token still works
    mvc.perform(post("/invitations/{t}", token).with(csrf()).param("username", "admin-taken-" + code.toLowerCase())
        .param("password", "un-mot-de-passe").param("passwordConfirmation", "un-mot-de-passe"))
        .andExpect(redirectedUrl("/login"));
    invite(code, "second." + email, "Sam Second").andExpect(status().isCreated());
    String second = tokenMailedTo("second." + email);
    mvc.perform(post("/invitations/{t}", second).with(csrf()).param("username", "admin-taken-" + code.toLowerCase())
            .param("password", "un-mot-de-passe").param("passwordConfirmation", "un-mot-de-passe"))
        .andExpect(status().is(422)).andExpect(content().string(Matchers.containsString("déjà utilisé")));
    mvc.perform(get("/invitations/{t}", second)).andExpect(status().isOk());
  }

  @Test
  void onlyTheNetworkInvites() throws Exception {
    String code = onboard("HAD");
    for (Role role : List.of(Role.PARTNER_COORDINATOR, Role.DISCHARGE_COORDINATOR, Role.BED_MANAGER,
        Role.QUALITY_MANAGER)) {
      mvc.perform(post("/api/v1/organizations/{code}/invitations", code).with(user(StaysFixture.user(idOf(code), role)))
              .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"x@y.example\",\"full_name\":\"X Y\"}"))
          .andExpect(status().isForbidden());
    }
    mvc.perform(post("/api/v1/organizations/{code}/invitations", code).with(user(StaysFixture.user(0, Role.ADMIN)))
            .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"a@y.example\",\"full_name\":\"A Y\"}"))
        .andExpect(status().isCreated());
    assertThat(count("SELECT COUNT(*) FROM invitation WHERE email = ?", "x@y.example")).isZero();
  }

  @Test
  void badInputAndOrganisationsThatTakeNoInvitation() throws Exception {
    String code = onboard("HAD");
    invite(code, "not-an-address", "Nom").andExpect(status().is(422))
        .andExpect(jsonPath("$.errors[0].field").value("email"));
    invite(code, "ok@had.example", "\u200b").andExpect(status().is(422))
        .andExpect(jsonPath("$.errors[0].field").value("full_name"));
    invite("NO-SUCH-CODE", "ok@had.example", "Nom").andExpect(status().isNotFound());
    String hospital = onboard("HOSPITAL");
    invite(hospital, "ok@had.example", "Nom").andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("not-a-partner"));
    String gone = onboard("SSIAD");
    mvc.perform(post("/api/v1/organizations/{code}/deactivate", gone).with(user(NETWORK))).andExpect(status().isOk());
    invite(gone, "ok@had.example", "Nom").andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("organisation-inactive"));
    assertThat(count("SELECT COUNT(*) FROM invitation WHERE email = ?", "ok@had.example")).isZero();
  }

  @Test
  void aRepeatedRequestInvitesOnce() throws Exception {
    String code = onboard("HAD");
    String email = "twice." + code.toLowerCase() + "@had.example";
    String body = "{\"email\":\"" + email + "\",\"full_name\":\"Double Clic\"}";
    for (int i = 0; i < 2; i++) {
      mvc.perform(post("/api/v1/organizations/{code}/invitations", code).with(user(NETWORK))
              .header("Idempotency-Key", "invite-" + code).contentType(MediaType.APPLICATION_JSON).content(body))
          .andExpect(status().isCreated());
    }
    // the page form: its hidden key sent twice (a double click) invites once too
    for (int i = 0; i < 2; i++) {
      mvc.perform(post("/organisations/{code}/invitations", code).with(user(NETWORK)).with(csrf())
              .param("email", "form." + email).param("fullName", "Double Clic").param("formKey", "form-" + code))
          .andExpect(redirectedUrl("/organisations/" + code));
    }
    assertThat(count("SELECT COUNT(*) FROM invitation WHERE email = ?", email)).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM invitation WHERE email = ?", "form." + email)).isEqualTo(1);
  }

  @Test
  void thePageFormShowsItsErrorsInline() throws Exception {
    String code = onboard("HAD");
    var flashed = mvc.perform(post("/organisations/{code}/invitations", code).with(user(NETWORK)).with(csrf())
            .param("email", "pas-une-adresse").param("fullName", "Claire").param("formKey", "k-" + code))
        .andExpect(redirectedUrl("/organisations/" + code)).andReturn().getFlashMap();
    mvc.perform(get("/organisations/{code}", code).with(user(NETWORK)).flashAttrs(flashed))
        .andExpect(content().string(Matchers.containsString("adresse électronique valide")))
        .andExpect(content().string(Matchers.containsString("value=\"pas-une-adresse\"")));
    // the forms are the network's only
    mvc.perform(get("/organisations/{code}", code).with(user(StaysFixture.user(idOf(code), Role.PARTNER_COORDINATOR))))
        .andExpect(content().string(Matchers.not(Matchers.containsString("invitationEmail"))));
    mvc.perform(post("/organisations/{code}/invitations", code)
            .with(user(StaysFixture.user(idOf(code), Role.PARTNER_COORDINATOR))).with(csrf())
            .param("email", "x@y.example").param("fullName", "X").param("formKey", "k2-" + code))
        .andExpect(status().isForbidden());
  }

  private ResultActions invite(String code, String email, String fullName) throws Exception {
    return mvc.perform(post("/api/v1/organizations/{code}/invitations", code).with(user(NETWORK))
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"email\":\"%s\",\"full_name\":\"%s\"}".formatted(email, fullName)));
  }

  private String tokenMailedTo(String email) throws Exception {
    await().atMost(Duration.ofSeconds(10)).until(() -> !messagesTo(email).isEmpty());
    MimeMessage mail = messagesTo(email).get(0);
    String body = body(mail);
    Matcher m = LINK.matcher(body);
    assertThat(m.find()).as(body).isTrue();
    return m.group(1);
  }

  private long count(String sql, Object param) {
    return jdbc.sql(sql).param(param).query(Long.class).single();
  }
}

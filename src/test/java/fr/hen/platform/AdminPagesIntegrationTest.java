package fr.hen.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@PostgresIntegrationTest
@Transactional
class AdminPagesIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired AuditLog audit;

  long org;
  String code;
  HenUser admin;

  @BeforeEach
  void setUp() {
    code = "ADM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    jdbc.sql("""
        INSERT INTO organisation (code, type, name, city, partnership_status, created_at, updated_at)
        VALUES (?, 'HOSPITAL', 'Hôpital Admin', 'Douai', 'ACTIVE', NOW(), NOW())""").param(code).update();
    org = jdbc.sql("SELECT id FROM organisation WHERE code = ?").param(code).query(Long.class).single();
    admin = new HenUser(9_000_001L, "admin-test", null, "Admin Test", org, EnumSet.of(Role.ADMIN), true, false);
  }

  private long users(String username) {
    return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(username).query(Long.class).single();
  }

  @Test
  void invalidNewUser_showsEveryErrorInline_andCreatesNothing() throws Exception {
    mvc.perform(post("/admin/users").with(user(admin)).with(csrf())
            .param("username", "Bad Name").param("fullName", "").param("password", "short")
            .param("organisationCode", code))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"username-error\"")))
        .andExpect(content().string(containsString("au moins 10 caractères")))
        .andExpect(content().string(containsString("aria-invalid=\"true\"")))
        .andExpect(content().string(containsString("value=\"Bad Name\"")));
    assertThat(users("Bad Name")).isZero();
  }

  @Test
  void newUser_isCreatedWithAHashedPassword_thenListed() throws Exception {
    mvc.perform(post("/admin/users").with(user(admin)).with(csrf())
            .param("username", "nouvelle.cadre").param("fullName", "Nouvelle Cadre").param("email", "")
            .param("password", "un-long-mot-de-passe").param("organisationCode", code)
            .param("roles", "DISCHARGE_COORDINATOR"))
        .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/users"));
    assertThat(users("nouvelle.cadre")).isOne();
    assertThat(jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'nouvelle.cadre'").query(String.class)
        .single()).startsWith("{bcrypt}");
    mvc.perform(get("/admin/users").param("q", "nouvelle").with(user(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Nouvelle Cadre")))
        .andExpect(content().string(containsString("Coordinateur de sortie")))
        .andExpect(content().string(containsString("Hôpital Admin")));
  }

  @Test
  void takenUsername_isShownOnTheField() throws Exception {
    var create = post("/admin/users").with(user(admin)).with(csrf())
        .param("username", "doublon").param("fullName", "Doublon").param("password", "un-long-mot-de-passe")
        .param("organisationCode", code).param("roles", "PHYSICIAN");
    mvc.perform(create).andExpect(status().isFound()).andExpect(redirectedUrl("/admin/users"));
    mvc.perform(create).andExpect(status().isOk()).andExpect(content().string(containsString("déjà utilisé")));
    assertThat(users("doublon")).isOne();
  }

  @Test
  void auditLog_showsWhoReadWhichPatient_andFiltersByUser() throws Exception {
    audit.record(admin, AuditAction.READ, "Stay", "42", 4242L, "test read");
    HenUser other = new HenUser(9_000_002L, "someone-else", null, "Other", org, EnumSet.of(Role.PHYSICIAN), true,
        false);
    audit.record(other, AuditAction.DISCHARGE, "Stay", "43", 4343L, "other write");
    mvc.perform(get("/admin/audit").param("username", "admin-test").with(user(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("test read")))
        .andExpect(content().string(containsString("4242")))
        .andExpect(content().string(containsString("<td>" + code + "</td>")))
        .andExpect(content().string(not(containsString("other write"))));
  }

  @Test
  void auditLog_filtersPatientDataFromAdministration() throws Exception {
    audit.record(admin, AuditAction.READ, "Stay", "44", 4444L, "a stay read");
    audit.record(admin, AuditAction.CREATE, "Room", "45", null, "a room created");
    long id = account("filtre", Role.PHYSICIAN);
    mvc.perform(post("/admin/users/{id}/enabled", id).with(user(admin)).with(csrf()).param("enabled", "false"))
        .andExpect(status().isFound());
    mvc.perform(get("/admin/audit").param("username", "admin-test").param("kind", "ACCOUNTS").with(user(admin)))
        .andExpect(content().string(containsString("enabled=false")))
        .andExpect(content().string(containsString("a room created")))
        .andExpect(content().string(not(containsString("a stay read"))));
    mvc.perform(get("/admin/audit").param("username", "admin-test").param("kind", "PATIENT_DATA").with(user(admin)))
        .andExpect(content().string(containsString("a stay read")))
        .andExpect(content().string(not(containsString("enabled=false"))))
        .andExpect(content().string(not(containsString("a room created"))));
  }

  @Test
  void auditFilterWithAnInvalidDay_isABadRequestPage_notAnError() throws Exception {
    mvc.perform(get("/admin/audit").param("day", "31/02/2026").with(user(admin)))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/error").accept(MediaType.TEXT_HTML).with(user(admin))
            .requestAttr("jakarta.servlet.error.status_code", 400))
        .andExpect(content().string(containsString("Requête invalide")));
  }

  @Test
  void adminPages_areForbiddenToOtherRoles() throws Exception {
    HenUser physician = new HenUser(9_000_003L, "doc", null, "Doc", org, EnumSet.of(Role.PHYSICIAN), true, false);
    mvc.perform(get("/admin/users").with(user(physician))).andExpect(status().isForbidden());
    mvc.perform(post("/admin/users").with(user(physician)).with(csrf()).param("username", "x"))
        .andExpect(status().isForbidden());
    long someone = account("quelquun", Role.PHYSICIAN);
    mvc.perform(get("/admin/users/{id}", someone).with(user(physician))).andExpect(status().isForbidden());
    mvc.perform(post("/admin/users/{id}", someone).with(user(physician)).with(csrf()).param("fullName", "X"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin/users/organisations").param("organisationCode", "Admin").with(user(physician)))
        .andExpect(status().isForbidden());
  }

  @Autowired UserAccounts accounts;

  private long account(String username, Role... roles) {
    return accounts.create(new UserAccounts.NewAccount(username + "-" + code.toLowerCase(), "un-long-mot-de-passe",
        "Compte " + username, null, org, EnumSet.copyOf(java.util.List.of(roles))));
  }

  private String auditDetails(long userId) {
    return String.join(" | ", jdbc.sql("""
        SELECT action || ' ' || detail FROM audit_event WHERE resource_type = 'User' AND resource_id = ?
        ORDER BY id""").param(String.valueOf(userId)).query(String.class).list());
  }

  /** An administrator who may type another organisation's code (an {@code ADMIN} only sees their own). */
  private HenUser platformAdmin() {
    return new HenUser(9_000_004L, "platform-admin-test", null, "Platform Admin", org,
        EnumSet.of(Role.ADMIN, Role.PLATFORM_ADMIN), true, false);
  }

  @Test
  void unknownOrganisationCode_isAnInlineError() throws Exception {
    mvc.perform(post("/admin/users").with(user(platformAdmin())).with(csrf())
            .param("username", "sans.org").param("fullName", "Sans Org").param("password", "un-long-mot-de-passe")
            .param("organisationCode", "NOPE-" + code).param("roles", "PHYSICIAN"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Aucun établissement actif n&#39;a ce code")))
        .andExpect(content().string(containsString("value=\"NOPE-" + code + "\"")));
    assertThat(users("sans.org")).isZero();
  }

  @Test
  void creation_isAudited() throws Exception {
    mvc.perform(post("/admin/users").with(user(admin)).with(csrf())
            .param("username", "audit.cree").param("fullName", "Audit Créé").param("password", "un-long-mot-de-passe")
            .param("organisationCode", code).param("roles", "PHYSICIAN", "QUALITY_MANAGER"))
        .andExpect(status().isFound());
    long id = jdbc.sql("SELECT id FROM app_user WHERE username = 'audit.cree'").query(Long.class).single();
    assertThat(auditDetails(id)).isEqualTo("CREATE username=audit.cree; organisation=" + code
        + "; roles=PHYSICIAN,QUALITY_MANAGER");
  }

  @Test
  void edit_changesNamesOrganisationRolesStatusAndPassword_andAuditsWhatChanged() throws Exception {
    HenUser admin = platformAdmin(); // moving an account to another organisation is its right
    long id = account("modifie", Role.PHYSICIAN);
    String other = "ADM2-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    jdbc.sql("""
        INSERT INTO organisation (code, type, name, city, partnership_status, created_at, updated_at)
        VALUES (?, 'SMR', 'SMR Voisin', 'Lens', 'ACTIVE', NOW(), NOW())""").param(other).update();
    String hashBefore = jdbc.sql("SELECT password_hash FROM app_user WHERE id = ?").param(id).query(String.class)
        .single();

    mvc.perform(get("/admin/users/{id}", id).with(user(admin))).andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"" + code + "\"")))
        .andExpect(content().string(containsString("Compte modifie")));
    mvc.perform(post("/admin/users/{id}", id).with(user(admin)).with(csrf())
            .param("fullName", "Nom Changé").param("email", "nouveau@example.org")
            .param("organisationCode", other.toLowerCase()).param("roles", "PARTNER_COORDINATOR")
            .param("newPassword", "un-autre-long-mot-de-passe").param("_enabled", "on"))
        .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/users"));

    var account = accounts.find(id).orElseThrow();
    assertThat(account.fullName()).isEqualTo("Nom Changé");
    assertThat(account.email()).isEqualTo("nouveau@example.org");
    assertThat(account.roles()).containsExactly(Role.PARTNER_COORDINATOR);
    assertThat(account.enabled()).isFalse(); // the box unchecked: only the form's "_enabled" marker is sent
    assertThat(jdbc.sql("SELECT o.code FROM organisation o WHERE o.id = ?").param(account.organisationId())
        .query(String.class).single()).isEqualTo(other);
    assertThat(jdbc.sql("SELECT password_hash FROM app_user WHERE id = ?").param(id).query(String.class).single())
        .startsWith("{bcrypt}").isNotEqualTo(hashBefore);
    assertThat(auditDetails(id)).isEqualTo("UPDATE username=modifie-" + code.toLowerCase() + "; full_name; email; "
        + "organisation=" + code + "→" + other + "; roles=PHYSICIAN→PARTNER_COORDINATOR; enabled=false; password reset")
        .doesNotContain("un-autre-long-mot-de-passe");
  }

  @Test
  void edit_withABlankPassword_keepsIt_andInvalidFieldsAreInline() throws Exception {
    long id = account("garde", Role.PHYSICIAN);
    String hashBefore = jdbc.sql("SELECT password_hash FROM app_user WHERE id = ?").param(id).query(String.class)
        .single();
    mvc.perform(post("/admin/users/{id}", id).with(user(admin)).with(csrf())
            .param("fullName", "").param("organisationCode", code).param("newPassword", "court")
            .param("enabled", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"fullName-error\"")))
        .andExpect(content().string(containsString("au moins 10 caractères")))
        .andExpect(content().string(not(containsString("value=\"court\""))));
    mvc.perform(post("/admin/users/{id}", id).with(user(admin)).with(csrf())
            .param("fullName", "Garde Son Mot").param("organisationCode", code).param("newPassword", "")
            .param("roles", "PHYSICIAN").param("enabled", "true"))
        .andExpect(status().isFound());
    assertThat(jdbc.sql("SELECT password_hash FROM app_user WHERE id = ?").param(id).query(String.class).single())
        .isEqualTo(hashBefore);
    assertThat(auditDetails(id)).endsWith("full_name");
  }

  @Test
  void anAdministrator_cannotLockThemselvesOut() throws Exception {
    long id = account("moi", Role.ADMIN);
    HenUser me = new HenUser(id, "moi-" + code.toLowerCase(), null, "Moi", org, EnumSet.of(Role.ADMIN), true,
        false);
    mvc.perform(post("/admin/users/{id}", id).with(user(me)).with(csrf())
            .param("fullName", "Moi").param("organisationCode", code).param("roles", "PHYSICIAN")
            .param("enabled", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("retirer votre propre rôle d&#39;administrateur")));
    mvc.perform(post("/admin/users/{id}", id).with(user(me)).with(csrf())
            .param("fullName", "Moi").param("organisationCode", code).param("roles", "ADMIN").param("_enabled", "on"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("désactiver votre propre compte")));
    mvc.perform(post("/admin/users/{id}/enabled", id).with(user(me)).with(csrf()).param("enabled", "false"))
        .andExpect(status().isFound()).andExpect(flash().attribute("flashError", "user.self.disable"));
    var account = accounts.find(id).orElseThrow();
    assertThat(account.roles()).containsExactly(Role.ADMIN);
    assertThat(account.enabled()).isTrue();
    assertThat(auditDetails(id)).isEmpty();
  }

  @Test
  void disablingAnotherAccount_isAudited() throws Exception {
    long id = account("autre", Role.PHYSICIAN);
    mvc.perform(post("/admin/users/{id}/enabled", id).with(user(admin)).with(csrf()).param("enabled", "false"))
        .andExpect(status().isFound()).andExpect(flash().attribute("message", "user.disabled"));
    assertThat(accounts.find(id).orElseThrow().enabled()).isFalse();
    assertThat(auditDetails(id)).isEqualTo("UPDATE enabled=false");
  }

  @Test
  void disablingAnAccount_orChangingItsRoles_endsItsWebSessions() throws Exception {
    long id = account("session", Role.PHYSICIAN);
    String username = "session-" + code.toLowerCase();
    MockHttpSession session = signedIn(username);
    mvc.perform(get("/").session(session)).andExpect(status().isOk());

    mvc.perform(post("/admin/users/{id}/enabled", id).with(user(admin)).with(csrf()).param("enabled", "false"))
        .andExpect(status().isFound());
    mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?expired"));

    mvc.perform(post("/admin/users/{id}/enabled", id).with(user(admin)).with(csrf()).param("enabled", "true"))
        .andExpect(status().isFound());
    MockHttpSession again = signedIn(username);
    mvc.perform(post("/admin/users/{id}", id).with(user(admin)).with(csrf()).param("fullName", "Compte session")
        .param("organisationCode", code).param("roles", "QUALITY_MANAGER").param("enabled", "true")
        .param("_enabled", "on")).andExpect(status().isFound());
    mvc.perform(get("/").session(again)).andExpect(redirectedUrl("/login?expired"));
  }

  private MockHttpSession signedIn(String username) throws Exception {
    return (MockHttpSession) mvc.perform(formLogin().user(username).password("un-long-mot-de-passe"))
        .andExpect(authenticated()).andReturn().getRequest().getSession(false);
  }

  @Test
  void unknownUser_is404() throws Exception {
    mvc.perform(get("/admin/users/{id}", 987_654_321L).with(user(admin))).andExpect(status().isNotFound());
    mvc.perform(post("/admin/users/{id}", 987_654_321L).with(user(admin)).with(csrf())
        .param("fullName", "X").param("organisationCode", code).param("roles", "ADMIN"))
        .andExpect(status().isNotFound());
  }

  @Test
  void organisationSuggestions_matchNameCodeOrCity_activeOnly_atMostTwenty() throws Exception {
    String token = "Zq" + UUID.randomUUID().toString().substring(0, 6);
    for (int i = 0; i < 25; i++) {
      jdbc.sql("""
          INSERT INTO organisation (code, type, name, city, partnership_status, active, created_at, updated_at)
          VALUES (?, 'EHPAD', ?, 'Arras', 'ACTIVE', ?, NOW(), NOW())""")
          .params("SUG-" + token.toUpperCase() + "-" + i, "Ehpad " + token + " " + i, i != 0).update();
    }
    String options = mvc.perform(get("/admin/users/organisations").param("organisationCode", token.toLowerCase())
            .with(user(admin)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(options.split("<option", -1)).hasSize(21);
    assertThat(options).contains("Ehpad " + token + " 1 — Arras").doesNotContain("value=\"SUG-" + token.toUpperCase()
        + "-0\"");
    assertThat(mvc.perform(get("/admin/users/organisations").param("organisationCode", code.toLowerCase())
        .with(user(admin))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
        .contains("Hôpital Admin — Douai");
    // (an error page has no option either: the status makes the empty answer mean "no suggestion")
    assertThat(mvc.perform(get("/admin/users/organisations").param("organisationCode", "z").with(user(admin)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).doesNotContain("<option");
  }

  @Test
  void usersList_sortsAndLinksToTheEditPage() throws Exception {
    long id = account("trie", Role.PHYSICIAN);
    for (String sort : new String[] {"USERNAME", "NAME", "LAST_LOGIN"}) {
      mvc.perform(get("/admin/users").param("q", "trie").param("sort", sort).with(user(admin)))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("href=\"/admin/users/" + id + "\"")));
    }
    mvc.perform(get("/admin/users").param("sort", "SIDEWAYS").with(user(admin))).andExpect(status().isBadRequest());
  }
}

package fr.hen.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
            .param("organisationId", String.valueOf(org)))
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
            .param("password", "un-long-mot-de-passe").param("organisationId", String.valueOf(org))
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
    for (int i = 0; i < 2; i++) {
      var result = mvc.perform(post("/admin/users").with(user(admin)).with(csrf())
          .param("username", "doublon").param("fullName", "Doublon").param("password", "un-long-mot-de-passe")
          .param("organisationId", String.valueOf(org)).param("roles", "PHYSICIAN"));
      if (i == 1) {
        result.andExpect(status().isOk()).andExpect(content().string(containsString("déjà utilisé")));
      }
    }
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
  }
}

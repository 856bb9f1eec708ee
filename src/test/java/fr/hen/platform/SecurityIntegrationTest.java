package fr.hen.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PostgresIntegrationTest
class SecurityIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts accounts;

  long organisationId;

  @BeforeEach
  void organisation() {
    organisationId = jdbc.sql("SELECT id FROM organisation WHERE code = 'SEC-TEST'").query(Long.class).optional()
        .orElseGet(() -> {
          jdbc.sql("""
              INSERT INTO organisation (code, type, name, city, partnership_status, created_at, updated_at)
              VALUES ('SEC-TEST', 'HOSPITAL', 'Security test hospital', 'Lille', 'ACTIVE', NOW(), NOW())""").update();
          return jdbc.sql("SELECT id FROM organisation WHERE code = 'SEC-TEST'").query(Long.class).single();
        });
  }

  private void account(String username, Role role) {
    if (jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(username).query(Long.class).single() == 0) {
      accounts.create(new UserAccounts.NewAccount(username, "correct-horse", username, null, organisationId,
          Set.of(role)));
    }
  }

  @Test
  void healthIsPublicAndUp() throws Exception {
    mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
  }

  @Test
  void apiWithoutCredentials_isUnauthorizedProblem() throws Exception {
    mvc.perform(get("/api/v1/organizations"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(header().string("WWW-Authenticate", "Basic realm=\"HEN\""))
        .andExpect(jsonPath("$.status").value(401));
  }

  @Test
  void pagesRedirectToSignIn_andSendSecurityHeaders() throws Exception {
    mvc.perform(get("/"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/login"))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().exists("Content-Security-Policy"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"));
  }

  @Test
  void formLoginWithoutCsrfToken_isRejected() throws Exception {
    account("sec-csrf", Role.BED_MANAGER);
    mvc.perform(post("/login").param("username", "sec-csrf").param("password", "correct-horse"))
        .andExpect(status().isForbidden());
  }

  @Test
  void formLogin_signsIn() throws Exception {
    account("sec-form", Role.BED_MANAGER);
    mvc.perform(post("/login").with(csrf()).param("username", "sec-form").param("password", "correct-horse"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/"));
  }

  @Test
  void passwordsAreStoredAsBcryptHashes() {
    account("sec-hash", Role.QUALITY_MANAGER);
    String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'sec-hash'").query(String.class)
        .single();
    assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("correct-horse");
  }

  @Test
  void wrongPasswordsFromAnotherAddress_neverLockTheAccount() throws Exception {
    account("sec-throttle", Role.PHYSICIAN);
    for (int i = 0; i < 10; i++) {
      mvc.perform(get("/api/v1/units").with(httpBasic("sec-throttle", "wrong-" + i)).with(request -> {
        request.setRemoteAddr("192.0.2.66");
        return request;
      }));
    }
    mvc.perform(get("/api/v1/units").with(httpBasic("sec-throttle", "correct-horse"))).andExpect(status().isOk());
  }

  @Test
  void adminPages_areForbiddenToOtherRoles() throws Exception {
    account("sec-bm", Role.BED_MANAGER);
    mvc.perform(get("/admin/audit").with(org.springframework.security.test.web.servlet.request
            .SecurityMockMvcRequestPostProcessors.user(userOf("sec-bm"))))
        .andExpect(status().isForbidden());
  }

  @Test
  void createAll_hashesEachPasswordOnce_andEveryAccountSignsIn() throws Exception {
    accounts.createAll(java.util.List.of(
        new UserAccounts.NewAccount("sec-team-a", "team-password", "A", null, organisationId, Set.of(Role.PHYSICIAN)),
        new UserAccounts.NewAccount("sec-team-b", "team-password", "B", null, organisationId, Set.of(Role.PHYSICIAN))));
    assertThat(jdbc.sql("SELECT COUNT(DISTINCT password_hash) FROM app_user WHERE username LIKE 'sec-team-%'")
        .query(Long.class).single()).isOne();
    for (String username : new String[] {"sec-team-a", "sec-team-b"}) {
      mvc.perform(get("/api/v1/units").with(httpBasic(username, "team-password"))).andExpect(status().isOk());
    }
  }

  @Test
  void createAll_isAllOrNothing() {
    assertThatThrownBy(() -> accounts.createAll(java.util.List.of(
        new UserAccounts.NewAccount("sec-twice", "team-password", "T", null, organisationId, Set.of(Role.PHYSICIAN)),
        new UserAccounts.NewAccount("sec-twice", "team-password", "T", null, organisationId, Set.of(Role.PHYSICIAN)))))
        .isInstanceOf(ConflictException.class);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = 'sec-twice'").query(Long.class).single())
        .isZero();
  }

  @Test
  void auditLog_isAppendOnly() {
    jdbc.sql("""
        INSERT INTO audit_event (occurred_at, username, action, resource_type) VALUES (NOW(), 'x', 'READ', 'Test')""")
        .update();
    assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET username = 'y' WHERE username = 'x'").update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE username = 'x'").update())
        .hasMessageContaining("append-only");
  }

  @Autowired org.springframework.security.core.userdetails.UserDetailsService userDetailsService;

  private org.springframework.security.core.userdetails.UserDetails userOf(String username) {
    return userDetailsService.loadUserByUsername(username);
  }
}

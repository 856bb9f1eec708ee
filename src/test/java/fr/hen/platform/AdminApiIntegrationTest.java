package fr.hen.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The accounts and the audit log through the API: administrators only, filtered and paged like the pages. */
@PostgresIntegrationTest
@Transactional
class AdminApiIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired AuditLog audit;
  @Autowired UserAccounts accounts;

  String tag;
  long org;
  HenUser admin;

  @BeforeEach
  void setUp() {
    tag = UUID.randomUUID().toString().substring(0, 8);
    jdbc.sql("""
        INSERT INTO organisation (code, type, name, city, partnership_status, created_at, updated_at)
        VALUES (?, 'HOSPITAL', 'Hôpital API', 'Arras', 'ACTIVE', NOW(), NOW())""").param("API-" + tag).update();
    org = jdbc.sql("SELECT id FROM organisation WHERE code = ?").param("API-" + tag).query(Long.class).single();
    admin = new HenUser(9_000_002L, "api-admin-" + tag, null, "Admin API", org, EnumSet.of(Role.ADMIN), true, false);
  }

  @Test
  void users_areListedWithTheirOrganisationAndRoles_neverAPassword() throws Exception {
    accounts.create(new UserAccounts.NewAccount("api.cadre." + tag, "un-long-mot-de-passe", "Cadre API", null, org,
        EnumSet.of(Role.BED_MANAGER)));
    mvc.perform(get("/api/v1/users").param("q", "api.cadre." + tag).with(user(admin)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].username").value("api.cadre." + tag))
        .andExpect(jsonPath("$.items[0].organisation_id").value(org))
        .andExpect(jsonPath("$.items[0].roles[0]").value("BED_MANAGER"))
        .andExpect(jsonPath("$.items[0].password").doesNotExist())
        .andExpect(jsonPath("$.items[0].password_hash").doesNotExist());
    mvc.perform(get("/api/v1/users").param("sort", "OLDEST").with(user(admin))).andExpect(status().isBadRequest());
  }

  @Test
  void audit_isFilteredByUserAndKind_andPaged() throws Exception {
    audit.record(admin, AuditAction.READ, "Stay", "1", 77L, "api read");
    audit.record(admin, AuditAction.CREATE, "Unit", "2", null, "api unit");
    mvc.perform(get("/api/v1/audit").param("username", admin.getUsername()).param("kind", "PATIENT_DATA")
            .with(user(admin)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].patient_count").value(1))
        .andExpect(jsonPath("$.items[0].patients[0]").value("#77"))
        .andExpect(jsonPath("$.items[0].detail").value("api read"));
    mvc.perform(get("/api/v1/audit").param("username", admin.getUsername()).param("size", "1").with(user(admin)))
        .andExpect(jsonPath("$.total").value(2)).andExpect(jsonPath("$.total_pages").value(2))
        .andExpect(jsonPath("$.items[0].detail").value("api unit"));
    mvc.perform(get("/api/v1/audit").param("day", "2026-02-31").with(user(admin)))
        .andExpect(status().isBadRequest());
  }

  @Test
  void otherRoles_areForbidden_withAProblem() throws Exception {
    HenUser physician = new HenUser(9_000_003L, "api-doc-" + tag, null, "Doc", org, EnumSet.of(Role.PHYSICIAN),
        true, false);
    mvc.perform(get("/api/v1/audit").with(user(physician))).andExpect(status().isForbidden())
        .andExpect(header().string("Content-Type", "application/problem+json"));
    mvc.perform(get("/api/v1/users").with(user(physician))).andExpect(status().isForbidden());
  }
}

package fr.hen.platform.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.platform.UserAccounts;
import fr.hen.stays.StaysFixture;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator manages the accounts of their own organisation only; moving an account to another organisation
 * is the platform administrator's right, never on their own account, and audited (issue 9, item 1).
 */
@PostgresIntegrationTest
@Transactional
class AccountScopeIntegrationTest {

  static final String PASSWORD = "un-long-mot-de-passe";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts accounts;
  @Autowired UserDetailsService users;

  StaysFixture fixture;
  long hospitalA;
  long hospitalB;
  String codeA;
  String codeB;

  @BeforeEach
  void twoHospitals() {
    fixture = new StaysFixture(jdbc);
    codeA = StaysFixture.unique("SCA-").toUpperCase();
    codeB = StaysFixture.unique("SCB-").toUpperCase();
    hospitalA = hospital(codeA);
    hospitalB = hospital(codeB);
  }

  @Test
  void adminSavingTheirOwnAccountWithAnotherHospitalAndAnExtraRole_isRefused_andItsStaysStay404() throws Exception {
    long unit = fixture.unit(hospitalB, "MED");
    long stay = fixture.admittedStay(hospitalB, unit, fixture.bed(fixture.room(unit, "1", "ANY"), "A", "OCCUPIED",
        null), LocalDateTime.now().minusDays(1));
    // An administrator who is also a physician of hospital A: reading stays is allowed to them, in hospital A.
    String attacker = StaysFixture.unique("adm-").toLowerCase();
    long id = account(attacker, hospitalA, Role.ADMIN, Role.PHYSICIAN);
    mvc.perform(get("/api/v1/stays/{id}", stay).with(httpBasic(attacker, PASSWORD))).andExpect(status().isNotFound());

    mvc.perform(post("/admin/users/{id}", id).with(user(users.loadUserByUsername(attacker))).with(csrf())
            .param("fullName", "Attaquant").param("organisationCode", codeB)
            .param("roles", "ADMIN", "PHYSICIAN", "BED_MANAGER").param("enabled", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("changer l&#39;établissement de votre propre compte")));
    mvc.perform(post("/admin/users/{id}", id).with(user(users.loadUserByUsername(attacker))).with(csrf())
            .param("fullName", "Attaquant").param("roles", "ADMIN", "PHYSICIAN", "BED_MANAGER")
            .param("enabled", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("vous attribuer un nouveau rôle")));
    // Nor through a second account made for the purpose.
    mvc.perform(post("/admin/users").with(user(users.loadUserByUsername(attacker))).with(csrf())
            .param("username", attacker + "-bis").param("fullName", "Complice").param("password", PASSWORD)
            .param("organisationCode", codeB).param("roles", "BED_MANAGER"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("comptes de votre établissement uniquement")));

    UserAccounts.Account after = accounts.find(id).orElseThrow();
    assertThat(after.organisationId()).isEqualTo(hospitalA);
    assertThat(after.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.PHYSICIAN);
    assertThat(accounts.list(null, attacker + "-bis", null, 0, 10).total()).isZero();
    mvc.perform(get("/api/v1/stays/{id}", stay).with(httpBasic(attacker, PASSWORD)))
        .andExpect(status().isNotFound())
        .andExpect(content().string(not(containsString("Martin"))));
  }

  @Test
  void adminOfOneHospital_neitherSeesNorChangesAnotherHospitalsAccount_404LikeAMissingOne() throws Exception {
    HenUser admin = admin(hospitalA, Role.ADMIN);
    String name = StaysFixture.unique("autre-").toLowerCase();
    long foreign = account(name, hospitalB, Role.BED_MANAGER);

    mvc.perform(get("/admin/users/{id}", foreign).with(user(admin))).andExpect(status().isNotFound());
    mvc.perform(post("/admin/users/{id}", foreign).with(user(admin)).with(csrf()).param("fullName", "Pris")
        .param("organisationCode", codeA).param("roles", "BED_MANAGER").param("enabled", "true"))
        .andExpect(status().isNotFound());
    mvc.perform(post("/admin/users/{id}/enabled", foreign).with(user(admin)).with(csrf()).param("enabled", "false"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/admin/users").param("q", name).with(user(admin)))
        .andExpect(status().isOk()).andExpect(content().string(not(containsString("Compte " + name))));
    mvc.perform(get("/api/v1/users").param("q", name).with(user(admin)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));

    UserAccounts.Account untouched = accounts.find(foreign).orElseThrow();
    assertThat(untouched.organisationId()).isEqualTo(hospitalB);
    assertThat(untouched.enabled()).isTrue();
    assertThat(auditDetails(foreign)).isEmpty();
  }

  @Test
  void adminOfOneHospital_managesItsOwnAccounts_withoutTypingTheOrganisation() throws Exception {
    HenUser admin = admin(hospitalA, Role.ADMIN);
    String name = StaysFixture.unique("maison-").toLowerCase();
    mvc.perform(get("/admin/users/new").with(user(admin)))
        .andExpect(content().string(containsString(codeA)))
        .andExpect(content().string(not(containsString("id=\"organisationCode\""))))
        .andExpect(content().string(not(containsString("value=\"PLATFORM_ADMIN\""))));
    mvc.perform(post("/admin/users").with(user(admin)).with(csrf()).param("username", name)
            .param("fullName", "Maison").param("password", PASSWORD).param("roles", "BED_MANAGER"))
        .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/users"));
    long id = jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(name).query(Long.class).single();
    assertThat(accounts.find(id).orElseThrow().organisationId()).isEqualTo(hospitalA);
    mvc.perform(get("/api/v1/users").param("q", name).with(user(admin))).andExpect(jsonPath("$.total").value(1));
  }

  @Test
  void platformAdmin_movesAnotherOrganisationsAccount_audited_butNeverTheirOwn() throws Exception {
    String name = StaysFixture.unique("platadm-").toLowerCase();
    long self = account(name, hospitalA, Role.ADMIN, Role.PLATFORM_ADMIN);
    HenUser platformAdmin = (HenUser) users.loadUserByUsername(name);
    String movedName = StaysFixture.unique("mute-").toLowerCase();
    long moved = account(movedName, hospitalB, Role.BED_MANAGER);

    mvc.perform(get("/admin/users/{id}", moved).with(user(platformAdmin))).andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"organisationCode\"")))
        .andExpect(content().string(containsString("value=\"" + codeB + "\"")));
    mvc.perform(post("/admin/users/{id}", moved).with(user(platformAdmin)).with(csrf()).param("fullName", "Muté")
            .param("organisationCode", codeA).param("roles", "BED_MANAGER").param("enabled", "true"))
        .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/users"));
    assertThat(accounts.find(moved).orElseThrow().organisationId()).isEqualTo(hospitalA);
    assertThat(auditDetails(moved)).isEqualTo("UPDATE username=" + movedName + "; full_name; organisation=" + codeB
        + "→" + codeA);

    mvc.perform(post("/admin/users/{id}", self).with(user(platformAdmin)).with(csrf()).param("fullName", "Moi")
            .param("organisationCode", codeB).param("roles", "ADMIN", "PLATFORM_ADMIN").param("enabled", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("changer l&#39;établissement de votre propre compte")));
    mvc.perform(post("/admin/users/{id}", self).with(user(platformAdmin)).with(csrf()).param("fullName", "Moi")
            .param("roles", "ADMIN", "PLATFORM_ADMIN", "BED_MANAGER").param("enabled", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("vous attribuer un nouveau rôle")));
    assertThat(accounts.find(self).orElseThrow().organisationId()).isEqualTo(hospitalA);
    assertThat(auditDetails(self)).isEmpty();
  }

  @Test
  void onlyAPlatformAdmin_grantsThePlatformRole_orChangesAPlatformAdminsAccount() throws Exception {
    HenUser admin = admin(hospitalA, Role.ADMIN);
    String name = StaysFixture.unique("grant-").toLowerCase();
    mvc.perform(post("/admin/users").with(user(admin)).with(csrf()).param("username", name)
            .param("fullName", "Grant").param("password", PASSWORD).param("roles", "ADMIN", "PLATFORM_ADMIN"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Seul un administrateur de la plateforme attribue")));
    assertThat(accounts.list(null, name, null, 0, 10).total()).isZero();

    long platformAdmin = account(StaysFixture.unique("pa-").toLowerCase(), hospitalA, Role.ADMIN,
        Role.PLATFORM_ADMIN);
    mvc.perform(post("/admin/users/{id}", platformAdmin).with(user(admin)).with(csrf()).param("fullName", "PA")
            .param("roles", "ADMIN", "PLATFORM_ADMIN").param("newPassword", "je-prends-ce-compte")
            .param("enabled", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("modifie le compte d&#39;un administrateur de la plateforme")));
    mvc.perform(post("/admin/users/{id}/enabled", platformAdmin).with(user(admin)).with(csrf())
            .param("enabled", "false"))
        .andExpect(flash().attribute("flashError", "user.platformAdmin.account"));
    assertThat(accounts.find(platformAdmin).orElseThrow().enabled()).isTrue();
    assertThat(auditDetails(platformAdmin)).isEmpty();
  }

  private long account(String username, long organisation, Role... roles) {
    return accounts.create(new UserAccounts.NewAccount(username, PASSWORD, "Compte " + username, null, organisation,
        EnumSet.copyOf(List.of(roles))));
  }

  private HenUser admin(long organisation, Role... roles) {
    String name = StaysFixture.unique("admin-").toLowerCase();
    account(name, organisation, roles);
    return (HenUser) users.loadUserByUsername(name);
  }

  private long hospital(String code) {
    jdbc.sql("""
        INSERT INTO organisation (code, type, name, city, partnership_status, created_at, updated_at)
        VALUES (?, 'HOSPITAL', ?, 'Lille', 'ACTIVE', NOW(), NOW())""").params(code, "Hôpital " + code).update();
    return jdbc.sql("SELECT id FROM organisation WHERE code = ?").param(code).query(Long.class).single();
  }

  private String auditDetails(long userId) {
    return String.join(" | ", jdbc.sql("""
        SELECT action || ' ' || detail FROM audit_event WHERE resource_type = 'User' AND resource_id = ?
        ORDER BY id""").param(String.valueOf(userId)).query(String.class).list());
  }
}

package fr.hen.platform.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.platform.UserAccounts.Account;
import fr.hen.platform.UserAccounts.AccountChange;
import fr.hen.platform.UserAccounts.NewAccount;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link AdministrationRules}, with the field and message key it refuses with. */
class AdministrationRulesTest {

  static final long A = 1;
  static final long B = 2;

  static HenUser actor(long id, long organisation, Role... roles) {
    return new HenUser(id, "actor" + id, null, "Actor", organisation, List.of(roles), true, false);
  }

  static Account account(long id, long organisation, Role... roles) {
    return new Account(id, "account" + id, "Account", null, organisation, true, null, null,
        EnumSet.copyOf(List.of(roles)));
  }

  static AccountChange change(long organisation, boolean enabled, Role... roles) {
    return new AccountChange("Account", null, organisation, EnumSet.copyOf(List.of(roles)), enabled, null);
  }

  static void refused(Runnable check, String field, String key) {
    assertThatThrownBy(check::run).isInstanceOfSatisfying(RefusedChange.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.messageKey()).isEqualTo(key);
    });
  }

  HenUser admin = actor(10, A, Role.ADMIN);
  HenUser platformAdmin = actor(20, A, Role.ADMIN, Role.PLATFORM_ADMIN);

  @Test
  void scope_isTheAdminsOrganisation_orEveryOrganisationForAPlatformAdmin() {
    assertThat(AdministrationRules.scope(admin)).isEqualTo(A);
    assertThat(AdministrationRules.scope(platformAdmin)).isNull();
  }

  @Test
  void createsInOwnOrganisationOnly() {
    NewAccount elsewhere = new NewAccount("x", "password-long", "X", null, B, Set.of(Role.BED_MANAGER));
    refused(() -> AdministrationRules.checkCreate(admin, elsewhere), "organisationCode", "user.organisation.foreign");
    assertThatCode(() -> AdministrationRules.checkCreate(platformAdmin, elsewhere)).doesNotThrowAnyException();
  }

  @Test
  void moveNeedsPlatformAdmin() {
    refused(() -> AdministrationRules.checkUpdate(admin, account(30, A, Role.PHYSICIAN),
        change(B, true, Role.PHYSICIAN)), "organisationCode", "user.organisation.foreign");
    assertThatCode(() -> AdministrationRules.checkUpdate(platformAdmin, account(30, B, Role.PHYSICIAN),
        change(A, true, Role.PHYSICIAN))).doesNotThrowAnyException();
  }

  @Test
  void noMoveOfOwnAccount_evenForAPlatformAdmin() {
    refused(() -> AdministrationRules.checkUpdate(platformAdmin, account(20, A, Role.ADMIN, Role.PLATFORM_ADMIN),
        change(B, true, Role.ADMIN, Role.PLATFORM_ADMIN)), "organisationCode", "user.self.organisation");
  }

  @Test
  void noNewRoleOnOwnAccount_butDroppingOneIsAllowed() {
    refused(() -> AdministrationRules.checkUpdate(admin, account(10, A, Role.ADMIN),
        change(A, true, Role.ADMIN, Role.BED_MANAGER)), "roles", "user.self.roles");
    assertThatCode(() -> AdministrationRules.checkUpdate(admin, account(10, A, Role.ADMIN, Role.PHYSICIAN),
        change(A, true, Role.ADMIN))).doesNotThrowAnyException();
    assertThatCode(() -> AdministrationRules.checkUpdate(admin, account(11, A, Role.ADMIN),
        change(A, true, Role.ADMIN, Role.BED_MANAGER))).doesNotThrowAnyException();
  }

  @Test
  void ownAdminRoleKept() {
    refused(() -> AdministrationRules.checkUpdate(admin, account(10, A, Role.ADMIN),
        change(A, true, Role.PHYSICIAN)), "roles", "user.self.admin");
  }

  @Test
  void ownAccountStaysEnabled() {
    refused(() -> AdministrationRules.checkUpdate(admin, account(10, A, Role.ADMIN), change(A, false, Role.ADMIN)),
        "enabled", "user.self.disable");
    refused(() -> AdministrationRules.checkEnabled(admin, account(10, A, Role.ADMIN), false), "enabled",
        "user.self.disable");
  }

  @Test
  void platformAdminGrantedByPlatformAdminsOnly() {
    refused(() -> AdministrationRules.checkUpdate(admin, account(30, A, Role.ADMIN),
        change(A, true, Role.ADMIN, Role.PLATFORM_ADMIN)), "roles", "user.platformAdmin.grant");
    assertThatCode(() -> AdministrationRules.checkUpdate(platformAdmin, account(30, A, Role.ADMIN),
        change(A, true, Role.ADMIN, Role.PLATFORM_ADMIN))).doesNotThrowAnyException();
  }

  @Test
  void platformAdminAccountChangedByPlatformAdminsOnly() {
    Account other = account(40, A, Role.ADMIN, Role.PLATFORM_ADMIN);
    refused(() -> AdministrationRules.checkUpdate(admin, other, change(A, true, Role.ADMIN, Role.PLATFORM_ADMIN)),
        "roles", "user.platformAdmin.account");
    refused(() -> AdministrationRules.checkEnabled(admin, other, false), "roles", "user.platformAdmin.account");
  }

  @Test
  void platformAdminGoesWithAdmin() {
    refused(() -> AdministrationRules.checkUpdate(platformAdmin, account(30, A, Role.ADMIN),
        change(A, true, Role.PLATFORM_ADMIN)), "roles", "user.platformAdmin.withAdmin");
  }
}

package fr.hen.platform.users;

import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.platform.UserAccounts.Account;
import fr.hen.platform.UserAccounts.AccountChange;
import fr.hen.platform.UserAccounts.NewAccount;
import java.util.Set;

/**
 * Who may change which account, one named rule each. An {@code ADMIN} manages the accounts of their own
 * organisation; {@code PLATFORM_ADMIN} (held with {@code ADMIN}) manages every organisation's, moves accounts
 * between organisations and alone grants or removes {@code PLATFORM_ADMIN}. Nobody widens their own rights: no
 * move, no new role, no disabling of one's own account, no removal of one's own {@code ADMIN} role.
 */
final class AdministrationRules {

  private AdministrationRules() {}

  /** The organisation whose accounts the actor manages, or null for every organisation. */
  static Long scope(HenUser actor) {
    return actor.has(Role.PLATFORM_ADMIN) ? null : actor.organisationId();
  }

  static void checkCreate(HenUser actor, NewAccount account) {
    createsInOwnOrganisationOnly(actor, account.organisationId());
    platformAdminGrantedByPlatformAdminsOnly(actor, Set.of(), account.roles());
    platformAdminGoesWithAdmin(account.roles());
  }

  static void checkUpdate(HenUser actor, Account before, AccountChange change) {
    boolean self = actor.id() == before.id();
    platformAdminAccountChangedByPlatformAdminsOnly(actor, before);
    if (before.organisationId() != change.organisationId()) {
      noMoveOfOwnAccount(self);
      moveNeedsPlatformAdmin(actor);
    }
    if (self) {
      ownAdminRoleKept(change.roles());
      noNewRoleOnOwnAccount(before.roles(), change.roles());
      ownAccountStaysEnabled(change.enabled());
    }
    platformAdminGrantedByPlatformAdminsOnly(actor, before.roles(), change.roles());
    platformAdminGoesWithAdmin(change.roles());
  }

  static void checkEnabled(HenUser actor, Account account, boolean enabled) {
    platformAdminAccountChangedByPlatformAdminsOnly(actor, account);
    if (actor.id() == account.id()) {
      ownAccountStaysEnabled(enabled);
    }
  }

  static void createsInOwnOrganisationOnly(HenUser actor, long organisationId) {
    if (!actor.has(Role.PLATFORM_ADMIN) && organisationId != actor.organisationId()) {
      throw new RefusedChange("organisationCode", "user.organisation.foreign",
          "You manage the accounts of your own organisation only");
    }
  }

  static void noMoveOfOwnAccount(boolean self) {
    if (self) {
      throw new RefusedChange("organisationCode", "user.self.organisation",
          "You cannot move your own account to another organisation");
    }
  }

  static void moveNeedsPlatformAdmin(HenUser actor) {
    if (!actor.has(Role.PLATFORM_ADMIN)) {
      throw new RefusedChange("organisationCode", "user.organisation.foreign",
          "You manage the accounts of your own organisation only");
    }
  }

  static void noNewRoleOnOwnAccount(Set<Role> before, Set<Role> after) {
    if (!before.containsAll(after)) {
      throw new RefusedChange("roles", "user.self.roles", "You cannot give your own account a new role");
    }
  }

  static void ownAdminRoleKept(Set<Role> after) {
    if (!after.contains(Role.ADMIN)) {
      throw new RefusedChange("roles", "user.self.admin", "You cannot remove your own administrator role");
    }
  }

  static void ownAccountStaysEnabled(boolean enabled) {
    if (!enabled) {
      throw new RefusedChange("enabled", "user.self.disable", "You cannot disable your own account");
    }
  }

  static void platformAdminGrantedByPlatformAdminsOnly(HenUser actor, Set<Role> before, Set<Role> after) {
    if (before.contains(Role.PLATFORM_ADMIN) != after.contains(Role.PLATFORM_ADMIN)
        && !actor.has(Role.PLATFORM_ADMIN)) {
      throw new RefusedChange("roles", "user.platformAdmin.grant",
          "Only a platform administrator grants or removes the platform administrator role");
    }
  }

  static void platformAdminAccountChangedByPlatformAdminsOnly(HenUser actor, Account account) {
    if (account.roles().contains(Role.PLATFORM_ADMIN) && !actor.has(Role.PLATFORM_ADMIN)) {
      throw new RefusedChange("roles", "user.platformAdmin.account",
          "Only a platform administrator changes a platform administrator's account");
    }
  }

  static void platformAdminGoesWithAdmin(Set<Role> roles) {
    if (roles.contains(Role.PLATFORM_ADMIN) && !roles.contains(Role.ADMIN)) {
      throw new RefusedChange("roles", "user.platformAdmin.withAdmin",
          "The platform administrator role goes with the administrator role");
    }
  }
}

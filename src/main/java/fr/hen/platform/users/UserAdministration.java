package fr.hen.platform.users;

import fr.hen.platform.AuditAction;
import fr.hen.platform.AuditLog;
import fr.hen.platform.HenUser;
import fr.hen.platform.NotFoundException;
import fr.hen.platform.OrganisationNames;
import fr.hen.platform.PageSlice;
import fr.hen.platform.Role;
import fr.hen.platform.UserAccounts;
import fr.hen.platform.UserAccounts.Account;
import fr.hen.platform.UserAccounts.AccountChange;
import fr.hen.platform.security.SignedInSessions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's reads and changes of accounts, each change written to the audit log with what changed (never
 * a password), in the same transaction. An {@code ADMIN} sees and changes the accounts of their own organisation
 * only (another's answers 404, like a missing one); a {@code PLATFORM_ADMIN} those of every organisation, and moves
 * accounts between them (see {@link AdministrationRules}). An administrator neither locks themselves out nor widens
 * their own rights. A change of rights (roles, organisation, enabled, password) ends the account's web sessions.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
class UserAdministration {

  static final String RESOURCE = AuditLog.ACCOUNT;

  private final UserAccounts accounts;
  private final OrganisationNames organisations;
  private final AuditLog audit;
  private final SignedInSessions sessions;

  UserAdministration(UserAccounts accounts, OrganisationNames organisations, AuditLog audit,
      SignedInSessions sessions) {
    this.accounts = accounts;
    this.organisations = organisations;
    this.audit = audit;
    this.sessions = sessions;
  }

  @Transactional(readOnly = true)
  PageSlice<Account> list(HenUser actor, String query, UserAccounts.Sort sort, int page, int size) {
    return accounts.list(AdministrationRules.scope(actor), query, sort, page, size);
  }

  /** The account, if the actor manages it; otherwise {@link NotFoundException}. */
  @Transactional(readOnly = true)
  Account find(HenUser actor, long id) {
    return accounts.find(id, AdministrationRules.scope(actor)).orElseThrow(() -> new NotFoundException(RESOURCE, id));
  }

  @Transactional
  long create(HenUser actor, UserAccounts.NewAccount account) {
    AdministrationRules.checkCreate(actor, account);
    long id = accounts.create(account);
    audit.record(actor, AuditAction.CREATE, RESOURCE, String.valueOf(id), null, "username=" + account.username()
        + "; organisation=" + code(account.organisationId()) + "; roles=" + names(account.roles()));
    return id;
  }

  @Transactional
  void update(HenUser actor, long id, AccountChange change) {
    Account before = find(actor, id);
    AdministrationRules.checkUpdate(actor, before, change);
    accounts.update(id, change);
    audit.record(actor, AuditAction.UPDATE, RESOURCE, String.valueOf(id), null, changes(before, change));
    if (!change.enabled() || !before.roles().equals(change.roles())
        || before.organisationId() != change.organisationId() || change.newPassword() != null) {
      sessions.end(before.username()); // signed in with the old rights: sign in again
    }
  }

  @Transactional
  void setEnabled(HenUser actor, long id, boolean enabled) {
    Account account = find(actor, id);
    AdministrationRules.checkEnabled(actor, account, enabled);
    accounts.setEnabled(id, enabled);
    audit.record(actor, AuditAction.UPDATE, RESOURCE, String.valueOf(id), null, "enabled=" + enabled);
    if (!enabled) {
      sessions.end(account.username());
    }
  }

  /** What changed, field by field, for the audit log; the password only as "reset". */
  private String changes(Account before, AccountChange after) {
    List<String> parts = new ArrayList<>();
    if (!before.fullName().equals(after.fullName().trim())) {
      parts.add("full_name");
    }
    if (!Objects.equals(before.email(), after.email())) {
      parts.add("email");
    }
    if (before.organisationId() != after.organisationId()) {
      parts.add("organisation=" + code(before.organisationId()) + "→" + code(after.organisationId()));
    }
    if (!before.roles().equals(after.roles())) {
      parts.add("roles=" + names(before.roles()) + "→" + names(after.roles()));
    }
    if (before.enabled() != after.enabled()) {
      parts.add("enabled=" + after.enabled());
    }
    if (after.newPassword() != null) {
      parts.add("password reset");
    }
    return "username=" + before.username() + (parts.isEmpty() ? "; no change" : "; " + String.join("; ", parts));
  }

  private String code(long organisationId) {
    return organisations.find(organisationId).map(OrganisationNames.OrganisationRef::code)
        .orElse(String.valueOf(organisationId));
  }

  private static String names(Set<Role> roles) {
    return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
  }
}

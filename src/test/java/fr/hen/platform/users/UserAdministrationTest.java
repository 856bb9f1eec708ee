package fr.hen.platform.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fr.hen.platform.AuditAction;
import fr.hen.platform.AuditLog;
import fr.hen.platform.HenUser;
import fr.hen.platform.InvalidFieldException;
import fr.hen.platform.OrganisationNames;
import fr.hen.platform.Role;
import fr.hen.platform.UserAccounts;
import fr.hen.platform.UserAccounts.Account;
import fr.hen.platform.UserAccounts.AccountChange;
import fr.hen.platform.security.SignedInSessions;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The administrator's rules on accounts: no self lock-out, sessions ended on a change of rights, audited diffs. */
class UserAdministrationTest {

  static final long ADMIN_ID = 1;
  static final long OTHER_ID = 2;
  static final HenUser ADMIN = new HenUser(ADMIN_ID, "admin", null, "Alice Admin", 10, EnumSet.of(Role.ADMIN), true,
      false);

  /** The audit details written, in order. */
  final List<String> audited = new ArrayList<>();
  final UserAccounts accounts = mock(UserAccounts.class);
  final SignedInSessions sessions = mock(SignedInSessions.class);
  UserAdministration administration;

  @BeforeEach
  void setUp() {
    AuditLog audit = new AuditLog() {
      @Override
      public void record(HenUser user, AuditAction action, String type, String id, Long patient, String detail) {
        audited.add(action + " " + type + " " + id + " " + detail);
      }

      @Override
      public void recordRead(HenUser user, String type, Collection<Long> patients, String detail) {
        throw new AssertionError("no read of patient data here");
      }
    };
    Map<Long, OrganisationNames.OrganisationRef> organisations = Map.of(
        10L, new OrganisationNames.OrganisationRef(10, "COF", "Centre", "HOSPITAL", "Lille"),
        20L, new OrganisationNames.OrganisationRef(20, "SMR-1", "SMR", "SMR", "Lens"));
    OrganisationNames names = new OrganisationNames() {
      @Override public Optional<OrganisationRef> find(long id) { return Optional.ofNullable(organisations.get(id)); }
      @Override public Optional<OrganisationRef> findActiveByCode(String code) { return Optional.empty(); }
      @Override public List<OrganisationRef> search(String text, int limit) { return List.of(); }
      @Override public Map<Long, OrganisationRef> byIds(Collection<Long> ids) { return Map.of(); }
    };
    administration = new UserAdministration(accounts, names, audit, sessions);
    account(ADMIN_ID, "admin", Set.of(Role.ADMIN));
    account(OTHER_ID, "cadre", Set.of(Role.BED_MANAGER));
  }

  void account(long id, String username, Set<Role> roles) {
    when(accounts.find(id)).thenReturn(Optional.of(new Account(id, username, "Name " + username, null, 10, true,
        LocalDateTime.of(2026, 1, 1, 0, 0), null, roles)));
  }

  static AccountChange change(String fullName, long organisation, Set<Role> roles, boolean enabled, String password) {
    return new AccountChange(fullName, null, organisation, roles, enabled, password);
  }

  @Test
  void anAdministrator_cannotRemoveTheirOwnAdministratorRole() {
    assertThatThrownBy(() -> administration.update(ADMIN, ADMIN_ID,
        change("Name admin", 10, Set.of(Role.BED_MANAGER), true, null)))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("roles"));
    verify(accounts, never()).update(anyLong(), any());
    assertThat(audited).isEmpty();
  }

  @Test
  void anAdministrator_cannotDisableTheirOwnAccount_byTheFormOrTheSwitch() {
    assertThatThrownBy(() -> administration.update(ADMIN, ADMIN_ID,
        change("Name admin", 10, Set.of(Role.ADMIN), false, null)))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("enabled"));
    assertThatThrownBy(() -> administration.setEnabled(ADMIN, ADMIN_ID, false))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("enabled"));
    verify(accounts, never()).setEnabled(ADMIN_ID, false);
    assertThat(audited).isEmpty();
  }

  @Test
  void anAdministrator_mayEditTheirOwnName_withoutEndingTheirSession() {
    administration.update(ADMIN, ADMIN_ID, change("Alice A.", 10, Set.of(Role.ADMIN), true, null));
    assertThat(audited).containsExactly("UPDATE User 1 username=admin; full_name");
    verify(sessions, never()).end(anyString());
  }

  @Test
  void theAudit_namesWhatChanged_andThePasswordOnlyAsReset() {
    AccountChange change = change("Name cadre", 20, EnumSet.of(Role.PHYSICIAN, Role.ADMIN), false,
        "a-new-secret-password");
    administration.update(ADMIN, OTHER_ID, change);
    verify(accounts).update(OTHER_ID, change);
    assertThat(audited).containsExactly("UPDATE User 2 username=cadre; organisation=COF→SMR-1; "
        + "roles=BED_MANAGER→ADMIN,PHYSICIAN; enabled=false; password reset");
    assertThat(String.join("", audited)).doesNotContain("a-new-secret-password");
  }

  @Test
  void anUnchangedSave_isAuditedAsNoChange_andKeepsTheSessions() {
    administration.update(ADMIN, OTHER_ID, change(" Name cadre ", 10, Set.of(Role.BED_MANAGER), true, null));
    assertThat(audited).containsExactly("UPDATE User 2 username=cadre; no change");
    verify(sessions, never()).end(anyString());
  }

  @Test
  void eachChangeOfRights_endsTheAccountsSessions() {
    administration.update(ADMIN, OTHER_ID, change("Name cadre", 10, Set.of(Role.PHYSICIAN), true, null));
    administration.update(ADMIN, OTHER_ID, change("Name cadre", 20, Set.of(Role.BED_MANAGER), true, null));
    administration.update(ADMIN, OTHER_ID, change("Name cadre", 10, Set.of(Role.BED_MANAGER), false, null));
    administration.update(ADMIN, OTHER_ID, change("Name cadre", 10, Set.of(Role.BED_MANAGER), true, "new-password"));
    verify(sessions, times(4)).end("cadre");
  }

  @Test
  void disablingAnotherAccount_isAudited_andEndsItsSessions_enablingDoesNot() {
    administration.setEnabled(ADMIN, OTHER_ID, false);
    verify(accounts).setEnabled(OTHER_ID, false);
    verify(sessions).end("cadre");
    administration.setEnabled(ADMIN, OTHER_ID, true);
    verify(accounts).setEnabled(OTHER_ID, true);
    verify(sessions, times(1)).end("cadre");
    assertThat(audited).containsExactly("UPDATE User 2 enabled=false", "UPDATE User 2 enabled=true");
  }

  @Test
  void creation_isAuditedWithTheOrganisationCodeAndSortedRoles() {
    var account = new UserAccounts.NewAccount("nouveau", "un-long-mot-de-passe", "Nouveau", null, 20,
        EnumSet.of(Role.QUALITY_MANAGER, Role.BED_MANAGER));
    when(accounts.create(account)).thenReturn(7L);
    assertThat(administration.create(ADMIN, account)).isEqualTo(7);
    assertThat(audited).containsExactly("CREATE User 7 username=nouveau; organisation=SMR-1; "
        + "roles=BED_MANAGER,QUALITY_MANAGER");
  }
}

package fr.hen.platform;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: each belongs to one organisation and holds one or more roles there. */
@Service
public class UserAccounts {

  public record NewAccount(String username, String rawPassword, String fullName, String email, long organisationId,
      Set<Role> roles) {}

  public record Account(long id, String username, String fullName, String email, long organisationId,
      boolean enabled, LocalDateTime createdAt, LocalDateTime lastLoginAt, Set<Role> roles) {}

  /** What an administrator may change on an account; a null {@code newPassword} keeps the password. */
  public record AccountChange(String fullName, String email, long organisationId, Set<Role> roles, boolean enabled,
      String newPassword) {}

  /** Orders of the users list. */
  public enum Sort {
    USERNAME("u.username"), NAME("LOWER(u.full_name), u.username"),
    LAST_LOGIN("u.last_login_at DESC NULLS LAST, u.username");

    private final String orderBy;

    Sort(String orderBy) {
      this.orderBy = orderBy;
    }
  }

  private static final String ACCOUNT_SELECT = """
      SELECT u.id, u.username, u.full_name, u.email, u.organisation_id, u.enabled, u.created_at, u.last_login_at,
             (SELECT STRING_AGG(r.role, ',') FROM app_user_role r WHERE r.user_id = u.id) AS roles
      FROM app_user u""";

  private final JdbcClient jdbc;
  private final PasswordEncoder passwordEncoder;
  private final Clock clock;

  UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, Clock clock) {
    this.jdbc = jdbc;
    this.passwordEncoder = passwordEncoder;
    this.clock = clock;
  }

  /** Whether no account exists at all (a new installation). */
  public boolean isEmpty() {
    return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single() == 0;
  }

  /** Creates an account; a taken username is a {@link ConflictException}. */
  @Transactional
  public long create(NewAccount account) {
    return insert(account, passwordEncoder.encode(account.rawPassword()));
  }

  /**
   * Creates several accounts in one transaction (onboarding a team, demo data), hashing each distinct password
   * once: bcrypt costs tens of milliseconds per hash.
   */
  @Transactional
  public List<Long> createAll(List<NewAccount> accounts) {
    Map<String, String> hashes = new HashMap<>();
    return accounts.stream()
        .map(a -> insert(a, hashes.computeIfAbsent(a.rawPassword(), passwordEncoder::encode)))
        .toList();
  }

  private long insert(NewAccount account, String passwordHash) {
    if (account.roles().isEmpty()) {
      throw new InvalidFieldException("roles", "At least one role is required");
    }
    if (jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = :username")
        .param("username", account.username().trim()).query(Long.class).single() > 0) {
      throw taken(account.username());
    }
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    try {
      jdbc.sql("""
              INSERT INTO app_user (username, password_hash, full_name, email, organisation_id, enabled, created_at)
              VALUES (:username, :hash, :fullName, :email, :org, TRUE, :now)""")
          .param("username", account.username().trim())
          .param("hash", passwordHash)
          .param("fullName", account.fullName().trim())
          .param("email", account.email())
          .param("org", account.organisationId())
          .param("now", LocalDateTime.now(clock))
          .update(keys, "id");
    } catch (DuplicateKeyException e) {
      throw taken(account.username());
    }
    long id = keys.getKey().longValue();
    for (Role role : account.roles()) {
      jdbc.sql("INSERT INTO app_user_role (user_id, role) VALUES (:id, :role)")
          .param("id", id).param("role", role.name()).update();
    }
    return id;
  }

  private static ConflictException taken(String username) {
    return new ConflictException("username-taken", "Username '" + username + "' is already taken");
  }

  /**
   * One page of accounts, searched by username or name; {@code organisationId} limits them to one organisation
   * (in the query), null lists every organisation's.
   */
  @Transactional(readOnly = true)
  public PageSlice<Account> list(Long organisationId, String query, Sort sort, int page, int size) {
    String like = query == null || query.isBlank() ? null : "%" + query.trim().toLowerCase() + "%";
    List<String> conditions = new java.util.ArrayList<>();
    if (organisationId != null) {
      conditions.add("u.organisation_id = :org");
    }
    if (like != null) {
      conditions.add("(LOWER(u.username) LIKE :q OR LOWER(u.full_name) LIKE :q)");
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    var count = jdbc.sql("SELECT COUNT(*) FROM app_user u" + where);
    var select = jdbc.sql(ACCOUNT_SELECT + where + " ORDER BY " + (sort == null ? Sort.USERNAME : sort).orderBy
        + " LIMIT :limit OFFSET :offset");
    if (organisationId != null) {
      count = count.param("org", organisationId);
      select = select.param("org", organisationId);
    }
    if (like != null) {
      count = count.param("q", like);
      select = select.param("q", like);
    }
    long total = count.query(Long.class).single();
    List<Account> items = select.param("limit", size).param("offset", (long) page * size).query(ACCOUNT).list();
    return new PageSlice<>(items, page, size, total);
  }

  @Transactional(readOnly = true)
  public Optional<Account> find(long id) {
    return jdbc.sql(ACCOUNT_SELECT + " WHERE u.id = :id").param("id", id).query(ACCOUNT).optional();
  }

  /** The account if it belongs to this organisation (null: any organisation), in the query. */
  @Transactional(readOnly = true)
  public Optional<Account> find(long id, Long organisationId) {
    if (organisationId == null) {
      return find(id);
    }
    return jdbc.sql(ACCOUNT_SELECT + " WHERE u.id = :id AND u.organisation_id = :org")
        .param("id", id).param("org", organisationId).query(ACCOUNT).optional();
  }

  /** Applies an administrator's change; the roles are replaced as a whole (at least one). */
  @Transactional
  public void update(long id, AccountChange change) {
    if (change.roles().isEmpty()) {
      throw new InvalidFieldException("roles", "At least one role is required");
    }
    int n = jdbc.sql("""
            UPDATE app_user SET full_name = :fullName, email = :email, organisation_id = :org, enabled = :enabled
            WHERE id = :id""")
        .param("fullName", change.fullName().trim()).param("email", change.email())
        .param("org", change.organisationId()).param("enabled", change.enabled()).param("id", id).update();
    if (n == 0) {
      throw new NotFoundException("User", id);
    }
    if (change.newPassword() != null) {
      jdbc.sql("UPDATE app_user SET password_hash = :hash WHERE id = :id")
          .param("hash", passwordEncoder.encode(change.newPassword())).param("id", id).update();
    }
    jdbc.sql("DELETE FROM app_user_role WHERE user_id = :id").param("id", id).update();
    for (Role role : change.roles()) {
      jdbc.sql("INSERT INTO app_user_role (user_id, role) VALUES (:id, :role)")
          .param("id", id).param("role", role.name()).update();
    }
  }

  private static final org.springframework.jdbc.core.RowMapper<Account> ACCOUNT = (rs, n) -> new Account(
      rs.getLong("id"), rs.getString("username"), rs.getString("full_name"), rs.getString("email"),
      rs.getLong("organisation_id"), rs.getBoolean("enabled"), rs.getObject("created_at", LocalDateTime.class),
      rs.getObject("last_login_at", LocalDateTime.class), roles(rs.getString("roles")));

  @Transactional
  public void setEnabled(long id, boolean enabled) {
    int n = jdbc.sql("UPDATE app_user SET enabled = :enabled WHERE id = :id")
        .param("enabled", enabled).param("id", id).update();
    if (n == 0) {
      throw new NotFoundException("User", id);
    }
  }

  @Transactional
  public void signedIn(long id) {
    jdbc.sql("UPDATE app_user SET last_login_at = :now WHERE id = :id")
        .param("now", LocalDateTime.now(clock)).param("id", id).update();
  }

  private static Set<Role> roles(String csv) {
    return csv == null ? Set.of()
        : Arrays.stream(csv.split(",")).map(Role::valueOf).collect(Collectors.toCollection(() ->
            java.util.EnumSet.noneOf(Role.class)));
  }
}

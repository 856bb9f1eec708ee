package fr.hen.platform.security;

import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads accounts from {@code app_user}. Sign-in throttling is not an account state: it is applied before, per
 * username and client address ({@link ThrottledAuthenticationProvider}), so that nobody can lock another user out.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

  private final JdbcClient jdbc;

  AccountUserDetailsService(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    record Row(long id, String username, String passwordHash, String fullName, long organisationId,
        boolean enabled) {}
    Row row = jdbc.sql("""
            SELECT id, username, password_hash, full_name, organisation_id, enabled
            FROM app_user WHERE username = :username""")
        .param("username", username)
        .query(Row.class)
        .optional()
        .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    List<Role> roles = jdbc.sql("SELECT role FROM app_user_role WHERE user_id = :id")
        .param("id", row.id())
        .query((rs, n) -> Role.valueOf(rs.getString(1)))
        .list();
    return new HenUser(row.id(), row.username(), row.passwordHash(), row.fullName(), row.organisationId(), roles,
        row.enabled(), false);
  }
}

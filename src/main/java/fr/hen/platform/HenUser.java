package fr.hen.platform;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user: account, organisation and roles. Every service that touches patient data takes it to
 * scope its queries to {@link #organisationId()} and to write the audit log.
 */
public final class HenUser implements Actor, UserDetails, CredentialsContainer {

  private final long id;
  private final String username;
  private String passwordHash;
  private final String fullName;
  private final long organisationId;
  private final Set<Role> roles;
  private final boolean enabled;
  private final boolean locked;

  public HenUser(long id, String username, String passwordHash, String fullName, long organisationId,
      Collection<Role> roles, boolean enabled, boolean locked) {
    this.id = id;
    this.username = username;
    this.passwordHash = passwordHash;
    this.fullName = fullName;
    this.organisationId = organisationId;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.enabled = enabled;
    this.locked = locked;
  }

  public long id() {
    return id;
  }

  public String fullName() {
    return fullName;
  }

  /** Bean-style getter for templates ({@code principal.fullName}). */
  public String getFullName() {
    return fullName;
  }

  @Override
  public long organisationId() {
    return organisationId;
  }

  @Override
  public Long organisation() {
    return organisationId;
  }

  /** The username. */
  @Override
  public String name() {
    return username;
  }

  @Override
  public Kind kind() {
    return Kind.PERSON;
  }

  public Set<Role> roles() {
    return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
  }

  @Override
  public boolean has(Role role) {
    return roles.contains(role);
  }


  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HenUser other && other.id == id;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(id);
  }

  @Override
  public String toString() {
    return "HenUser[" + username + ", org=" + organisationId + ", roles=" + List.copyOf(roles) + "]";
  }
}

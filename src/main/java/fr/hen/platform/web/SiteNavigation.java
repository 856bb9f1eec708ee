package fr.hen.platform.web;

import fr.hen.platform.HomeShortcut;
import fr.hen.platform.NavigationContributor;
import fr.hen.platform.NavigationEntry;
import fr.hen.platform.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The main navigation and the home page's cards, assembled from what the modules contribute
 * ({@link NavigationContributor}): in ascending order, filtered by the user's roles. The lists are worked out once per
 * set of roles and kept; a page then only marks its current section. The layout reads {@code @siteNavigation.menu()}.
 */
@Component("siteNavigation")
public class SiteNavigation {

  /**
   * A link of the main navigation as shown: {@code current} is {@code "page"} on the entry's own path, {@code "true"}
   * below it (the section of the page), null elsewhere; it is the value of {@code aria-current}.
   */
  public record Link(String messageKey, String path, String current) {}

  private static final Map<String, Role> ROLES_BY_AUTHORITY = Arrays.stream(Role.values())
      .collect(Collectors.toUnmodifiableMap(Role::authority, Function.identity()));

  private final List<NavigationEntry> entries;
  private final List<HomeShortcut> shortcuts;
  private final Map<Set<Role>, List<NavigationEntry>> entriesByRoles = new ConcurrentHashMap<>();
  private final Map<Set<Role>, List<HomeShortcut>> shortcutsByRoles = new ConcurrentHashMap<>();

  SiteNavigation(List<NavigationContributor> contributors) {
    this.entries = contributors.stream().flatMap(c -> c.navigationEntries().stream())
        .sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
    this.shortcuts = contributors.stream().flatMap(c -> c.homeShortcuts().stream())
        .sorted(Comparator.comparingInt(HomeShortcut::order)).toList();
  }

  /** The navigation of the signed-in user of the current request, its current section marked. */
  public List<Link> menu() {
    return menu(rolesOf(SecurityContextHolder.getContext().getAuthentication()), currentPath());
  }

  /** The navigation of a user holding these roles, on the page of this path. */
  public List<Link> menu(Set<Role> roles, String path) {
    List<NavigationEntry> visible = entriesFor(roles);
    NavigationEntry section = null;
    for (NavigationEntry entry : visible) {
      if (within(path, entry.path()) && (section == null || entry.path().length() > section.path().length())) {
        section = entry;
      }
    }
    List<Link> links = new ArrayList<>(visible.size());
    for (NavigationEntry entry : visible) {
      String current = entry != section ? null : entry.path().equals(path) ? "page" : "true";
      links.add(new Link(entry.messageKey(), entry.path(), current));
    }
    return links;
  }

  /** The navigation entries a user holding these roles sees, in order. */
  public List<NavigationEntry> entriesFor(Set<Role> roles) {
    return entriesByRoles.computeIfAbsent(key(roles),
        held -> entries.stream().filter(e -> e.visibleTo(held)).toList());
  }

  /** The home page's cards for a user holding these roles, in order. */
  public List<HomeShortcut> shortcutsFor(Set<Role> roles) {
    return shortcutsByRoles.computeIfAbsent(key(roles),
        held -> shortcuts.stream().filter(s -> s.visibleTo(held)).toList());
  }

  /** A copy of the caller's set, so that the cache's keys never change. */
  private static Set<Role> key(Set<Role> roles) {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  private static boolean within(String path, String entryPath) {
    return path != null && (path.equals(entryPath) || path.startsWith(entryPath.endsWith("/") ? entryPath
        : entryPath + "/"));
  }

  /** The roles behind the authorities of a signed-in user ({@code ROLE_ADMIN} → {@link Role#ADMIN}). */
  static Set<Role> rolesOf(Authentication authentication) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (authentication != null) {
      for (GrantedAuthority authority : authentication.getAuthorities()) {
        Role role = ROLES_BY_AUTHORITY.get(authority.getAuthority());
        if (role != null) {
          roles.add(role);
        }
      }
    }
    return roles;
  }

  private static String currentPath() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      var request = attributes.getRequest();
      return request.getRequestURI().substring(request.getContextPath().length());
    }
    return null;
  }
}

package fr.hen.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.hen.platform.HomeShortcut;
import fr.hen.platform.NavigationContributor;
import fr.hen.platform.NavigationEntry;
import fr.hen.platform.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/** How the platform assembles the navigation and the home page from what modules contribute. */
class SiteNavigationTest {

  /** Two made-up modules whose entries interleave. */
  private final SiteNavigation navigation = new SiteNavigation(List.of(
      new NavigationContributor() {
        @Override
        public List<NavigationEntry> navigationEntries() {
          return List.of(new NavigationEntry("a.admin", "/admin/a", 900, Set.of(Role.ADMIN)),
              new NavigationEntry("a.all", "/a", 10, Set.of()));
        }

        @Override
        public List<HomeShortcut> homeShortcuts() {
          return List.of(new HomeShortcut("a.t", "a.x", "/a", 20, Set.of()));
        }
      },
      new NavigationContributor() {
        @Override
        public List<NavigationEntry> navigationEntries() {
          return List.of(new NavigationEntry("b.care", "/b", 20, Set.of(Role.PHYSICIAN, Role.BED_MANAGER)),
              new NavigationEntry("b.sub", "/b/sub", 30, Set.of(Role.PHYSICIAN)));
        }

        @Override
        public List<HomeShortcut> homeShortcuts() {
          return List.of(new HomeShortcut("b.t", "b.x", "/b", 10, Set.of(Role.BED_MANAGER)));
        }
      }));

  @Test
  void entries_comeInOrderAcrossModules_filteredByAnyOfTheirRoles() {
    assertThat(navigation.entriesFor(EnumSet.of(Role.PHYSICIAN))).extracting(NavigationEntry::path)
        .containsExactly("/a", "/b", "/b/sub");
    assertThat(navigation.entriesFor(EnumSet.of(Role.BED_MANAGER, Role.ADMIN))).extracting(NavigationEntry::path)
        .containsExactly("/a", "/b", "/admin/a");
  }

  @Test
  void entryWithoutRoles_isForEverySignedInUser() {
    assertThat(navigation.entriesFor(EnumSet.of(Role.PATIENT_PARTNER))).extracting(NavigationEntry::path)
        .containsExactly("/a");
    assertThat(navigation.entriesFor(Set.of())).extracting(NavigationEntry::path).containsExactly("/a");
  }

  @Test
  void shortcuts_comeInOrderAcrossModules_filteredByRole() {
    assertThat(navigation.shortcutsFor(EnumSet.of(Role.BED_MANAGER))).extracting(HomeShortcut::path)
        .containsExactly("/b", "/a");
    assertThat(navigation.shortcutsFor(EnumSet.of(Role.PHYSICIAN))).extracting(HomeShortcut::path)
        .containsExactly("/a");
  }

  @Test
  void listsAreWorkedOutOncePerSetOfRoles() {
    assertThat(navigation.entriesFor(EnumSet.of(Role.PHYSICIAN)))
        .isSameAs(navigation.entriesFor(EnumSet.of(Role.PHYSICIAN)));
    assertThat(navigation.shortcutsFor(EnumSet.of(Role.ADMIN, Role.PHYSICIAN)))
        .isSameAs(navigation.shortcutsFor(EnumSet.of(Role.PHYSICIAN, Role.ADMIN)));
  }

  @Test
  void entryOfThePage_isTheCurrentPage() {
    assertThat(navigation.menu(EnumSet.of(Role.PHYSICIAN), "/a"))
        .extracting(SiteNavigation.Link::path, SiteNavigation.Link::current)
        .containsExactly(tuple("/a", "page"), tuple("/b", null), tuple("/b/sub", null));
  }

  @Test
  void pageBelowAnEntry_marksTheLongestMatchingEntryAsTheSection() {
    assertThat(navigation.menu(EnumSet.of(Role.PHYSICIAN), "/b/sub/42"))
        .extracting(SiteNavigation.Link::current).containsExactly(null, null, "true");
    assertThat(navigation.menu(EnumSet.of(Role.PHYSICIAN), "/b/7"))
        .extracting(SiteNavigation.Link::current).containsExactly(null, "true", null);
  }

  @Test
  void pathOnlySharingAPrefix_isNotTheSection() {
    assertThat(navigation.menu(EnumSet.of(Role.PHYSICIAN), "/about"))
        .extracting(SiteNavigation.Link::current).containsOnlyNulls();
    assertThat(navigation.menu(EnumSet.of(Role.PHYSICIAN), "/"))
        .extracting(SiteNavigation.Link::current).containsOnlyNulls();
  }

  @Test
  void rolesOf_readsTheRoleAuthorities_andIgnoresOthers() {
    var authentication = UsernamePasswordAuthenticationToken.authenticated("u", null,
        AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_PHYSICIAN", "FACTOR_PASSWORD", "ROLE_UNKNOWN"));
    assertThat(SiteNavigation.rolesOf(authentication)).containsExactlyInAnyOrder(Role.ADMIN, Role.PHYSICIAN);
    assertThat(SiteNavigation.rolesOf(null)).isEmpty();
  }
}

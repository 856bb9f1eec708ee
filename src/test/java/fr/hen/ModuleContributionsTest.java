package fr.hen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.platform.HenUser;
import fr.hen.platform.HomeShortcut;
import fr.hen.platform.NavigationContributor;
import fr.hen.platform.NavigationEntry;
import fr.hen.platform.Role;
import fr.hen.platform.web.SiteNavigation;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the modules plug into the platform, assembled in the running application: the navigation and the home page
 * per role (as they were when the platform's layout listed them itself), and every module's messages.
 */
@H2SmokeTest
class ModuleContributionsTest {

  @Autowired SiteNavigation navigation;
  @Autowired List<NavigationContributor> contributors;
  @Autowired MessageSource messages;
  @Autowired MockMvc mvc;

  private List<String> home(Role... roles) {
    return navigation.shortcutsFor(EnumSet.of(roles[0], roles)).stream().map(HomeShortcut::path).toList();
  }

  private List<String> menu(Role... roles) {
    return navigation.entriesFor(EnumSet.of(roles[0], roles)).stream().map(NavigationEntry::path).toList();
  }

  @Test
  void bedManager_getsBoardStaysAdmitPlannedAdmissionsAndDirectory_onTheHomePage() {
    assertThat(home(Role.BED_MANAGER)).containsExactly("/beds", "/stays", "/stays/new", "/planned-admissions",
        "/organisations");
  }

  @Test
  void dischargeCoordinator_getsTheDischargeWorklistFirst_onTheHomePage() {
    assertThat(home(Role.DISCHARGE_COORDINATOR)).containsExactly("/beds", "/discharge", "/stays", "/organisations");
  }

  @Test
  void networkCoordinator_getsDirectoryOnboardingAndTheNetworkView_butNoPatientPages() {
    assertThat(home(Role.NETWORK_COORDINATOR)).containsExactly("/organisations", "/network/beds",
        "/organisations/new");
  }

  @Test
  void partner_getsTheDirectoryAndTheirOwnProfile() {
    assertThat(home(Role.PARTNER_COORDINATOR)).containsExactly("/partner/referrals", "/organisations",
        "/organisations/mine");
  }

  @Test
  void admin_getsUnitsUsersAndAudit() {
    assertThat(home(Role.ADMIN)).containsExactly("/organisations", "/units", "/admin/users", "/admin/audit");
  }

  @Test
  void navigation_showsEachRoleItsSections_inTheUsualOrder() {
    Map<Role, List<String>> expected = Map.of(
        Role.BED_MANAGER, List.of("/organisations", "/beds", "/placement", "/stays", "/planned-admissions",
            "/referrals", "/discharge", "/units", "/adt/messages",
            "/network/beds", "/forecast", "/discharge/figures"),
        Role.DISCHARGE_COORDINATOR, List.of("/organisations", "/beds", "/stays", "/planned-admissions", "/referrals",
            "/discharge", "/units",
            "/forecast", "/discharge/figures"),
        Role.PHYSICIAN, List.of("/organisations", "/beds", "/stays", "/planned-admissions", "/referrals",
            "/discharge", "/units",
            "/discharge/figures"),
        Role.ADMIN, List.of("/organisations", "/units", "/adt/messages", "/network/beds", "/admin/users",
            "/admin/audit"),
        Role.NETWORK_COORDINATOR, List.of("/organisations", "/network/beds", "/discharge/figures"),
        Role.QUALITY_MANAGER, List.of("/organisations", "/network/beds", "/forecast", "/discharge/figures"),
        Role.PARTNER_COORDINATOR, List.of("/organisations", "/partner/referrals"),
        Role.PATIENT_PARTNER, List.of("/organisations"));
    expected.forEach((role, paths) -> assertThat(menu(role)).as("%s", role).containsExactlyElementsOf(paths));
  }

  @Test
  void layout_rendersTheNavigation_andMarksTheCurrentSection() throws Exception {
    HenUser admin = new HenUser(9_100_001L, "contrib-admin", null, "Admin", 1, EnumSet.of(Role.ADMIN), true, false);
    mvc.perform(get("/units").with(user(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<a href=\"/units\" aria-current=\"page\">Unités</a>")))
        .andExpect(content().string(containsString("<a href=\"/admin/audit\">Journal d&#39;audit</a>")));
    mvc.perform(get("/admin/users/new").with(user(admin)))
        .andExpect(content().string(containsString("<a href=\"/admin/users\" aria-current=\"true\">Utilisateurs</a>")));
  }

  @Test
  void everyContributedText_isDefinedInFrenchAndEnglish() {
    List<String> keys = new ArrayList<>();
    for (NavigationContributor contributor : contributors) {
      contributor.navigationEntries().forEach(e -> keys.add(e.messageKey()));
      contributor.homeShortcuts().forEach(s -> keys.addAll(List.of(s.titleKey(), s.textKey())));
    }
    assertThat(keys).hasSizeGreaterThan(20);
    for (String key : keys) {
      for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
        assertThat(messages.getMessage(key, null, null, locale)).as("%s in %s", key, locale).isNotBlank();
      }
    }
  }

  /** Catches a bundle no module contributes, and a key defined in two bundles (one would hide the other). */
  @Test
  void everyMessageFile_isReadByTheApplication_andNoKeyIsHidden() throws IOException {
    List<String> wrong = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
        Locale locale = file.getFileName().toString().endsWith("_en.properties") ? Locale.ENGLISH : Locale.FRENCH;
        Properties properties = new Properties();
        try (var in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
          properties.load(in);
        }
        for (String key : properties.stringPropertyNames()) {
          if (!properties.getProperty(key).equals(messages.getMessage(key, null, null, locale))) {
            wrong.add(file.getFileName() + ": " + key);
          }
        }
      }
    }
    assertThat(wrong).as("keys whose text the application does not show").isEmpty();
  }
}

package fr.hen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.BootstrapWith;

/**
 * The quick run ({@code -Dhen.test.groups=smoke}) is every test not tagged {@code postgres} or {@code browser}. So a
 * test class without a tag must be a plain unit test, and one that needs PostgreSQL or Chromium must say so: the
 * tags JUnit itself resolves (inherited and meta-annotations included) are checked against the test classes.
 */
class TestTagsTest {

  static final Set<String> TAGS = Set.of("smoke", "postgres", "browser");
  /** Spring profiles whose database is the PostgreSQL server. */
  static final Set<String> POSTGRES_PROFILES = Set.of("pgtest", "browsertest");

  static Map<Class<?>, Set<String>> tagsByClass;

  /** Discovers the test classes as the build does, without running them nor the launcher session listeners. */
  @BeforeAll
  static void discover() {
    Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
        .enableLauncherSessionListenerAutoRegistration(false).enableTestExecutionListenerAutoRegistration(false)
        .enableLauncherDiscoveryListenerAutoRegistration(false).enablePostDiscoveryFilterAutoRegistration(false)
        .build());
    TestPlan plan = launcher.discover(LauncherDiscoveryRequestBuilder.request()
        .selectors(selectPackage("fr.hen")).build());
    tagsByClass = new LinkedHashMap<>();
    for (TestIdentifier root : plan.getRoots()) {
      for (TestIdentifier test : plan.getDescendants(root)) {
        if (test.getSource().orElse(null) instanceof ClassSource source && test.isContainer()) {
          tagsByClass.put(source.getJavaClass(),
              test.getTags().stream().map(TestTag::getName).collect(Collectors.toSet()));
        }
      }
    }
  }

  static boolean startsAnApplication(Class<?> test) {
    return MergedAnnotations.from(test, SearchStrategy.TYPE_HIERARCHY).isPresent(BootstrapWith.class);
  }

  static Set<String> profiles(Class<?> test) {
    return MergedAnnotations.from(test, SearchStrategy.TYPE_HIERARCHY).stream(ActiveProfiles.class)
        .flatMap(profiles -> Set.of(profiles.getStringArray("value")).stream()).collect(Collectors.toSet());
  }

  static Set<String> tagsOf(String className) {
    return tagsByClass.entrySet().stream().filter(e -> e.getKey().getName().equals(className)).findFirst()
        .orElseThrow(() -> new AssertionError(className + " not discovered")).getValue();
  }

  @Test
  void discovery_findsTheTestsWithTheTagsJUnitGivesThem() {
    assertThat(tagsByClass).hasSizeGreaterThan(50);
    assertThat(tagsOf("fr.hen.stays.stay.StayRulesTest")).isEmpty();
    assertThat(tagsOf("fr.hen.platform.web.ApiDocsTest")).containsExactly("smoke");
    assertThat(tagsOf("fr.hen.stays.beds.UnitApiIntegrationTest")).as("tag of the superclass's annotation")
        .containsExactly("postgres");
    assertThat(tagsOf("fr.hen.browser.SignInBrowserTest")).containsExactly("browser");
  }

  @Test
  void onlyTheThreeKnownTags_areUsed() {
    List<String> unknown = new ArrayList<>();
    tagsByClass.forEach((test, tags) -> tags.stream().filter(tag -> !TAGS.contains(tag))
        .forEach(tag -> unknown.add(test.getName() + ": " + tag)));
    assertThat(unknown).as("tags the smoke run would not know what to do with").isEmpty();
  }

  @Test
  void everyTestStartingTheApplication_isTagged_soAnUntaggedTestIsAPlainUnitTest() {
    assertThat(tagsByClass.entrySet()).filteredOn(e -> startsAnApplication(e.getKey())).isNotEmpty()
        .as("application tests without smoke, postgres or browser tag").allSatisfy(e ->
            assertThat(e.getValue()).as(e.getKey().getName()).isNotEmpty());
  }

  @Test
  void everyTestOnThePostgresProfiles_isTaggedPostgresOrBrowser() {
    assertThat(tagsByClass.entrySet())
        .filteredOn(e -> profiles(e.getKey()).stream().anyMatch(POSTGRES_PROFILES::contains))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.getValue()).as(e.getKey().getName()).containsAnyOf("postgres", "browser"));
  }
}

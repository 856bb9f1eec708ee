package fr.hen.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.H2SmokeTest;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The platform's plug-in contract: a module that exists only in this test (its beans below, its page in
 * {@code templates/example/}, its messages in {@code example/messages*.properties} of the test resources) gets its
 * navigation link, its home card, its texts, its audit type and its URL rules without any change to the platform.
 */
@H2SmokeTest
class ModulePlugInTest {

  /** The example module's page: {@code /example} for quality managers, {@code /example/open} for anyone. */
  @Controller
  static class ExamplePage {

    @GetMapping("/example")
    String page() {
      return "example/page";
    }

    @GetMapping("/example/open")
    @ResponseBody
    String open() {
      return "open";
    }
  }

  /** What the example module contributes, as a real module would in its own package. */
  static class ExampleContributions implements NavigationContributor, MessageBundleContributor, AuditTypeContributor,
      SecurityRulesContributor {

    @Override
    public List<NavigationEntry> navigationEntries() {
      return List.of(new NavigationEntry("example.nav", "/example", 15, Set.of(Role.QUALITY_MANAGER)));
    }

    @Override
    public List<HomeShortcut> homeShortcuts() {
      return List.of(new HomeShortcut("example.home.title", "example.home.text", "/example", 5, Set.of()));
    }

    @Override
    public List<String> messageBundles() {
      return List.of("example/messages");
    }

    @Override
    public List<AuditResourceType> auditResourceTypes() {
      return List.of(AuditResourceType.administration("ExampleSetting"));
    }

    @Override
    public void authorizeRequests(
        AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
      requests.requestMatchers("/example/open").permitAll()
          .requestMatchers("/example", "/example/**").hasRole(Role.QUALITY_MANAGER.name());
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class ExampleModule {

    @Bean
    ExampleContributions exampleContributions() {
      return new ExampleContributions();
    }

    @Bean
    ExamplePage examplePage() {
      return new ExamplePage();
    }
  }

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  private static HenUser account(long id, Role role) {
    return new HenUser(id, "example-" + role.name().toLowerCase(), null, "Example", 1, EnumSet.of(role), true, false);
  }

  @Test
  void modulesPage_isInTheNavigationOfItsRole_inItsPlace_markedCurrent_withItsTexts() throws Exception {
    String page = mvc.perform(get("/example").with(user(account(9_200_001L, Role.QUALITY_MANAGER))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<h1>Page d&#39;exemple</h1>")))
        .andReturn().getResponse().getContentAsString();
    int directory = page.indexOf("<a href=\"/organisations\">Annuaire</a>");
    int example = page.indexOf("<a href=\"/example\" aria-current=\"page\">Exemple</a>");
    int networkBeds = page.indexOf("<a href=\"/network/beds\">Vue réseau des lits</a>");
    assertThat(directory).isPositive().isLessThan(example);
    assertThat(example).isLessThan(networkBeds);
    mvc.perform(get("/example").param("lang", "en").with(user(account(9_200_001L, Role.QUALITY_MANAGER))))
        .andExpect(content().string(containsString("<h1>Example page</h1>")))
        .andExpect(content().string(containsString("aria-current=\"page\">Example</a>")));
  }

  @Test
  void modulesHomeCard_comesFirstForEveryone_butItsLinkOnlyForItsRole() throws Exception {
    String home = mvc.perform(get("/").with(user(account(9_200_002L, Role.PHYSICIAN))))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(">Exemple</a>"))))
        .andReturn().getResponse().getContentAsString();
    int card = home.indexOf("Une page ajoutée sans toucher à la plateforme.");
    assertThat(card).isPositive().isLessThan(home.indexOf("Lits libres, occupés"));
  }

  @Test
  void modulesRules_openOnePath_andKeepTheOtherForItsRole() throws Exception {
    mvc.perform(get("/example/open")).andExpect(status().isOk()).andExpect(content().string("open"));
    mvc.perform(get("/example")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    mvc.perform(get("/example").with(user(account(9_200_002L, Role.PHYSICIAN)))).andExpect(status().isForbidden());
  }

  @Test
  void modulesAuditType_isFiledUnderAdministration() throws Exception {
    jdbc.sql("""
            INSERT INTO audit_event (occurred_at, username, organisation_id, action, resource_type, resource_id, detail)
            VALUES (:at, 'example-writer', 1, 'UPDATE', 'ExampleSetting', '1', 'example setting changed')""")
        .param("at", LocalDateTime.now()).update();
    HenUser admin = account(9_200_003L, Role.ADMIN);
    mvc.perform(get("/admin/audit").param("username", "example-writer").param("kind", "ACCOUNTS").with(user(admin)))
        .andExpect(content().string(containsString("example setting changed")))
        .andExpect(content().string(
            containsString("Administration (AdtFacilityAlias, ExampleSetting, Invitation, Organisation, Room, Unit, User)")));
    mvc.perform(get("/admin/audit").param("username", "example-writer").param("kind", "PATIENT_DATA")
            .with(user(admin)))
        .andExpect(content().string(not(containsString("example setting changed"))));
  }
}

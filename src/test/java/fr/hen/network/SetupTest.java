package fr.hen.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A new installation (no demo, no account): the one-time code printed in the log opens {@code /setup}, which
 * creates the first organisation and its administrator once; then the page is gone. One application per class,
 * on its own empty database, so the steps run in order.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:hen-setup;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("smoke")
class SetupTest {

  private static final Pattern CODE = Pattern.compile("set-up code: ([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})");
  private static String code;

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  private MockHttpServletRequestBuilder setup(String setupCode, String orgCode, String password, String confirmation) {
    return post("/setup").with(csrf()).param("setupCode", setupCode).param("code", orgCode)
        .param("type", "HOSPITAL").param("name", "Centre hospitalier de Test").param("city", "Arras")
        .param("username", "chef").param("fullName", "Camille Chef").param("email", "")
        .param("password", password).param("passwordConfirmation", confirmation);
  }

  @Test
  @Order(1)
  void aNewInstallation_printsAOneTimeCode_andTheSignInPagePointsToTheSetUp(CapturedOutput output) throws Exception {
    // the capture starts before the class's own application (its database URL is not shared with other classes)
    Matcher m = CODE.matcher(output.getAll());
    assertThat(m.find()).as("set-up code in the log").isTrue();
    code = m.group(1);

    mvc.perform(get("/login")).andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/setup\"")));
    mvc.perform(get("/setup")).andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"setupCode\"")));
  }

  @Test
  @Order(2)
  void wrongCodeOrInvalidFields_areInlineErrors_andNothingIsWritten() throws Exception {
    mvc.perform(setup("AAAA-BBBB-CCCC", "CHT", "un mot de passe long", "un mot de passe long"))
        .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("setupForm", "setupCode"))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Camille Chef\"")));
    mvc.perform(setup(code, "bad code!", "court", "autre"))
        .andExpect(status().isOk())
        .andExpect(model().attributeHasFieldErrors("setupForm", "code", "password", "passwordConfirmation"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM organisation").query(Long.class).single()).isZero();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single()).isZero();
  }

  @Test
  @Order(3)
  void theRightCode_createsTheOrganisationAndItsAdministrator_once() throws Exception {
    mvc.perform(setup(code.toLowerCase(), "cht", "un mot de passe long", "un mot de passe long"))
        .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login?setup"));

    assertThat(jdbc.sql("""
        SELECT o.code || ' ' || o.type || ' ' || r.role FROM app_user u JOIN organisation o ON o.id = u.organisation_id
        JOIN app_user_role r ON r.user_id = u.id WHERE u.username = 'chef'""").query(String.class).list())
        .containsExactlyInAnyOrder("CHT HOSPITAL ADMIN", "CHT HOSPITAL PLATFORM_ADMIN");
    mvc.perform(formLogin().user("chef").password("un mot de passe long")).andExpect(authenticated());
    mvc.perform(formLogin().user("chef").password("wrong password")).andExpect(unauthenticated());

    mvc.perform(get("/setup")).andExpect(status().isNotFound());
    mvc.perform(setup(code, "CHX", "un mot de passe long", "un mot de passe long")).andExpect(status().isNotFound());
    mvc.perform(get("/login")).andExpect(content().string(org.hamcrest.Matchers.not(
        org.hamcrest.Matchers.containsString("href=\"/setup\""))));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single()).isEqualTo(1);
  }
}

package fr.hen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A platform administrator creates an account in another organisation: the organisation field suggests
 * organisations as they type.
 */
class UsersBrowserTest extends BrowserTest {

  @org.springframework.beans.factory.annotation.Autowired
  org.springframework.jdbc.core.simple.JdbcClient jdbc;

  /** The demo's {@code admin} manages its own hospital's accounts; here it is also the platform administrator. */
  @org.junit.jupiter.api.BeforeEach
  void adminIsPlatformAdmin() {
    jdbc.sql("""
        INSERT INTO app_user_role (user_id, role) SELECT id, 'PLATFORM_ADMIN' FROM app_user WHERE username = 'admin'
        AND NOT EXISTS (SELECT 1 FROM app_user_role r WHERE r.user_id = app_user.id AND r.role = 'PLATFORM_ADMIN')""")
        .update();
  }

  /** The browser database is the shared demo network: leave it with its own accounts and roles only. */
  @org.junit.jupiter.api.AfterEach
  void removeTheAccountsMadeHere() {
    jdbc.sql("""
        DELETE FROM app_user_role WHERE role = 'PLATFORM_ADMIN'
        AND user_id = (SELECT id FROM app_user WHERE username = 'admin')""").update();
    jdbc.sql("DELETE FROM app_user_role WHERE user_id IN (SELECT id FROM app_user WHERE username LIKE 'cadre.%')")
        .update();
    jdbc.sql("DELETE FROM app_user WHERE username LIKE 'cadre.%'").update();
  }

  @Test
  void platformAdmin_findsTheOrganisationByTyping_thenCreatesTheAccount_thenEditsIt() {
    signIn("admin");
    driver.get(url("/admin/users/new"));
    String username = "cadre." + UUID.randomUUID().toString().substring(0, 6);
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("fullName")).sendKeys("Cadre de Santé");
    driver.findElement(By.id("password")).sendKeys("un-long-mot-de-passe");
    driver.findElement(By.id("organisationCode")).sendKeys("Boulogne");
    wait.until(d -> !d.findElements(By.cssSelector("#organisation-options option")).isEmpty());
    assertThat(driver.findElements(By.cssSelector("#organisation-options option")))
        .extracting(option -> option.getAttribute("value")).contains("HDL");
    driver.findElement(By.id("organisationCode")).clear();
    driver.findElement(By.id("organisationCode")).sendKeys("HDL");
    driver.findElement(By.cssSelector("input[name=roles][value=BED_MANAGER]")).click();
    driver.findElement(By.cssSelector("form.form button[type=submit]")).click();

    assertThat(waitFor(By.cssSelector("[role=status]")).getText()).isEqualTo("Utilisateur créé.");
    driver.get(url("/admin/users?q=" + username));
    assertThat(driver.findElement(By.tagName("tbody")).getText()).contains("Hôpital du Littoral")
        .contains("Gestionnaire de lits");

    driver.findElement(By.linkText(username)).click();
    waitFor(By.id("fullName")).clear();
    driver.findElement(By.id("fullName")).sendKeys("Cadre Supérieur");
    driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
    assertThat(waitFor(By.cssSelector("[role=status]")).getText()).isEqualTo("Utilisateur enregistré.");
    assertThat(driver.findElement(By.tagName("tbody")).getText()).contains("Cadre Supérieur");
  }
}

package fr.hen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class SignInBrowserTest extends BrowserTest {

  @Test
  void wrongPassword_showsTheErrorInFrench() {
    driver.manage().deleteAllCookies();
    driver.get(url("/login"));
    driver.findElement(By.id("username")).sendKeys("bedmanager");
    driver.findElement(By.id("password")).sendKeys("not-the-password");
    driver.findElement(By.cssSelector("form button[type=submit]")).click();
    assertThat(waitFor(By.cssSelector("[role=alert]")).getText()).contains("Identifiant ou mot de passe incorrect");
  }

  @Test
  void bedManager_signsIn_andSeesTheirHomePage() {
    signIn("bedmanager");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Bonjour Bruno Lits");
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("Centre Oncologique des Flandres")
        .contains("Tableau des lits");
  }

  @Test
  void englishIsOneClickAway() {
    signIn("admin");
    driver.get(url("/?lang=en"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Hello Alice Admin");
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("Audit log");
    driver.get(url("/?lang=fr"));
  }
}

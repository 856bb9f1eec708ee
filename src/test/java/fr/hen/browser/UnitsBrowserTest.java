package fr.hen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The administrator configures a new unit and its first room; the room's beds appear, free. */
class UnitsBrowserTest extends BrowserTest {

  static final String UNIT = "ZTEST";

  @Autowired JdbcClient jdbc;

  /** The browser database is the shared demo network: leave it with its own units only. */
  @AfterEach
  void removeTheUnitMadeHere() {
    String units = "SELECT id FROM unit WHERE code = '" + UNIT + "'";
    jdbc.sql("DELETE FROM bed WHERE room_id IN (SELECT id FROM room WHERE unit_id IN (" + units + "))").update();
    jdbc.sql("DELETE FROM room WHERE unit_id IN (" + units + ")").update();
    jdbc.sql("DELETE FROM unit WHERE code = '" + UNIT + "'").update();
  }

  @Test
  void admin_createsAUnit_thenAddsARoom_andSeesItsBeds() {
    signIn("admin");
    driver.findElement(By.linkText("Unités")).click();
    waitFor(By.linkText("Nouvelle unité")).click();
    waitFor(By.id("code")).sendKeys(UNIT);
    driver.findElement(By.id("name")).sendKeys("Unité d'essai");
    new Select(driver.findElement(By.id("specialism"))).selectByVisibleText("Soins palliatifs");
    driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
    assertThat(waitFor(By.cssSelector("[role=status]")).getText()).isEqualTo("Unité créée.");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Unité ZTEST — Unité d'essai");
    assertThat(driver.findElement(By.cssSelector("p.empty")).getText()).isEqualTo("Aucune chambre dans cette unité.");

    driver.findElement(By.linkText("Ajouter une chambre")).click();
    waitFor(By.id("code")).sendKeys("901");
    driver.findElement(By.id("capacity")).clear();
    driver.findElement(By.id("capacity")).sendKeys("2");
    new Select(driver.findElement(By.id("genderPolicy"))).selectByVisibleText("Femmes");
    driver.findElement(By.cssSelector("input[name=equipment][value=OXYGEN]")).click();
    driver.findElement(By.cssSelector("form.form button[type=submit]")).click();

    assertThat(waitFor(By.cssSelector("[role=status]")).getText()).isEqualTo("Chambre ajoutée avec ses lits.");
    String row = driver.findElement(By.id("room-901")).getText();
    assertThat(row).contains("Femmes").contains("Oxygène").contains("901-A : Libre").contains("901-B : Libre");
  }
}

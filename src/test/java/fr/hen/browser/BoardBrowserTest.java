package fr.hen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bed manager changes a bed's status, or its isolation, on the board without leaving it; focus stays on that
 * bed.
 */
class BoardBrowserTest extends BrowserTest {

  @Autowired JdbcClient jdbc;

  private void act(String cardId, String buttonTextStart) {
    driver.findElement(By.cssSelector("#" + cardId + " a.bed-actions-link")).click();
    WebElement button = wait.until(d -> d.findElements(By.cssSelector("#" + cardId + " form button")).stream()
        .filter(b -> b.getText().startsWith(buttonTextStart)).findFirst().orElse(null));
    button.click();
  }

  @Test
  void bedManager_reservesAFreeBed_inPlace_thenCancelsTheReservation() {
    signIn("bedmanager");
    driver.get(url("/beds?unit=HEMA"));
    String card = driver.findElement(By.cssSelector("li.bed.bed-FREE")).getAttribute("id");
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("window.henSamePage = true");

    act(card, "Réserver");
    wait.until(d -> d.findElement(By.id(card)).getAttribute("class").contains("bed-RESERVED"));
    assertThat(driver.findElement(By.id("board-status")).getText()).isEqualTo("Statut du lit modifié.");
    assertThat(js.executeScript("return window.henSamePage === true")).isEqualTo(true);
    WebElement focused = driver.switchTo().activeElement();
    assertThat(focused.getAttribute("class")).contains("bed-actions-link");
    assertThat(js.executeScript("return arguments[0].closest('li.bed').id", focused)).isEqualTo(card);

    act(card, "Annuler la réservation");
    wait.until(d -> d.findElement(By.id(card)).getAttribute("class").contains("bed-FREE"));
    assertThat(js.executeScript("return window.henSamePage === true")).isEqualTo(true);
  }

  @Test
  void bedManager_isolatesAnOccupiedBed_inPlace_thenLiftsIt() {
    record Bed(long id, String unit) {}
    Bed bed = jdbc.sql("""
            SELECT b.id, u.code AS unit FROM bed b JOIN room r ON r.id = b.room_id JOIN unit u ON u.id = r.unit_id
            JOIN app_user a ON a.organisation_id = u.organisation_id
            WHERE a.username = 'bedmanager' AND b.status = 'OCCUPIED' AND b.isolation IS NULL
            ORDER BY b.id LIMIT 1""").query(Bed.class).single();
    String card = "bed-" + bed.id();
    signIn("bedmanager");
    driver.get(url("/beds?unit=" + bed.unit()));
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("window.henSamePage = true");

    driver.findElement(By.cssSelector("#" + card + " a.bed-actions-link")).click();
    WebElement select = waitFor(By.id("isolation-" + bed.id()));
    new Select(select).selectByValue("CONTAMINATED");
    driver.findElement(By.id("isolation-reason-" + bed.id())).sendKeys("BHRe");
    driver.findElement(By.cssSelector("#" + card + " form.bed-isolation button[type=submit]")).click();
    wait.until(d -> d.findElements(By.cssSelector("#" + card + " strong.isolation")).stream()
        .anyMatch(tag -> tag.getText().equals("Contaminé")));
    assertThat(driver.findElement(By.id("board-status")).getText()).isEqualTo("Isolement du lit modifié.");
    assertThat(js.executeScript("return window.henSamePage === true")).isEqualTo(true);
    assertThat(js.executeScript("return document.activeElement.closest('li.bed')?.id")).isEqualTo(card);

    driver.findElement(By.cssSelector("#" + card + " a.bed-actions-link")).click();
    WebElement lift = wait.until(d -> d.findElements(By.cssSelector("#" + card + " form button")).stream()
        .filter(b -> b.getText().startsWith("Lever l'isolement")).findFirst().orElse(null));
    lift.click();
    wait.until(d -> d.findElements(By.cssSelector("#" + card + " strong.isolation")).isEmpty());
    assertThat(jdbc.sql("SELECT COALESCE(isolation, '-') FROM bed WHERE id = ?").param(bed.id()).query(String.class)
        .single()).isEqualTo("-");
  }
}

package fr.hen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** The bed manager changes a bed's status on the board without leaving it; focus stays on that bed. */
class BoardBrowserTest extends BrowserTest {

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
}

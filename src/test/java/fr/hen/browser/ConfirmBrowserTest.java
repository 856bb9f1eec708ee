package fr.hen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Destructive actions ask for confirmation (data-confirm, window.confirm in hen.js): dismissing the dialog sends
 * nothing, accepting sends the form, for plain and htmx-driven forms alike; a mistaken discharge, then the mistaken
 * admission, are cancelled with their reasons.
 */
class ConfirmBrowserTest extends BrowserTest {

  static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private void setValue(String id, String value) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)),
        value);
  }

  private Alert alert() {
    return wait.until(ExpectedConditions.alertIsPresent());
  }

  private String main() {
    return driver.findElement(By.tagName("main")).getText();
  }

  /** Admits a new patient into the first free bed of the ONCA unit; returns the stay page's address. */
  private String admit() {
    driver.get(url("/stays/new"));
    driver.findElement(By.id("mrn")).sendKeys("CNF" + System.nanoTime() % 1_000_000);
    driver.findElement(By.id("familyName")).sendKeys("Confirmation");
    driver.findElement(By.id("givenName")).sendKeys("Aline");
    setValue("birthDate", "1958-09-21");
    new Select(driver.findElement(By.id("sex"))).selectByValue("F");
    new Select(driver.findElement(By.id("unit"))).selectByValue("ONCA");
    wait.until(d -> new Select(d.findElement(By.id("bed"))).getOptions().size() > 1);
    freeBedForAWoman(new Select(driver.findElement(By.id("bed"))));
    setValue("admittedAt", LocalDateTime.now().minusHours(1).format(MINUTES));
    driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    wait.withMessage(() -> "the admission was not recorded: " + main())
        .until(ExpectedConditions.urlMatches(".*/stays/\\d+$"));
    return driver.getCurrentUrl();
  }

  @Test
  void discharge_dismissedKeepsTheStay_acceptedDischarges_thenBothMistakesAreCancelled() {
    signIn("bedmanager");
    String stayPage = admit();
    new Select(driver.findElement(By.id("destination"))).selectByValue("HOME");
    setValue("dischargedAt", LocalDateTime.now().minusMinutes(5).format(MINUTES));
    WebElement discharge = driver.findElement(By.cssSelector("form[action$='/discharge'] button[type=submit]"));

    discharge.click();
    Alert question = alert();
    assertThat(question.getText()).isEqualTo("Enregistrer la sortie de ce patient ? Son lit passera en nettoyage.");
    question.dismiss();
    assertThat(driver.getCurrentUrl()).isEqualTo(stayPage);
    assertThat(main()).contains("Hospitalisé");
    assertThat(discharge.isEnabled()).as("a dismissed dialog leaves the button usable").isTrue();

    discharge.click();
    alert().accept();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Sortie enregistrée."));
    assertThat(main()).contains("Sorti").contains("Domicile");

    driver.findElement(By.id("cancel-discharge-reason")).sendKeys("Sortie saisie sur le mauvais dossier");
    driver.findElement(By.cssSelector("form[action$='/cancel-discharge'] button[type=submit]")).click();
    alert().accept();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Sortie annulée"));
    assertThat(main()).contains("Hospitalisé").contains("annulée — motif : Sortie saisie sur le mauvais dossier");

    driver.findElement(By.id("cancel-admission-reason")).sendKeys("Admission sur le mauvais dossier");
    driver.findElement(By.cssSelector("form[action$='/cancel-admission'] button[type=submit]")).click();
    alert().accept();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Admission annulée"));
    assertThat(driver.getCurrentUrl()).endsWith("/stays");
    assertThat(main()).doesNotContain("Confirmation Aline");
  }

  @Test
  void htmxForm_withDataConfirm_sendsNothingWhenDismissed() {
    signIn("bedmanager");
    driver.get(url("/beds?unit=HEMA"));
    JavascriptExecutor js = (JavascriptExecutor) driver;
    String card = driver.findElement(By.cssSelector("li.bed.bed-FREE")).getAttribute("id");
    driver.findElement(By.cssSelector("#" + card + " a.bed-actions-link")).click();
    WebElement reserve = wait.until(d -> d.findElements(By.cssSelector("#" + card + " form button")).stream()
        .filter(b -> b.getText().startsWith("Réserver")).findFirst().orElse(null));
    js.executeScript("""
        arguments[0].form.setAttribute('data-confirm', 'Réserver ce lit ?');
        window.henRequests = 0;
        document.addEventListener('htmx:beforeRequest', function () { window.henRequests++; });""", reserve);

    reserve.click();
    alert().dismiss();
    assertThat(js.executeScript("return window.henRequests")).isEqualTo(0L);
    assertThat(driver.findElement(By.id(card)).getAttribute("class")).contains("bed-FREE");

    reserve.click();
    alert().accept();
    wait.until(d -> d.findElement(By.id(card)).getAttribute("class").contains("bed-RESERVED"));

    driver.findElement(By.cssSelector("#" + card + " a.bed-actions-link")).click();
    wait.until(d -> d.findElements(By.cssSelector("#" + card + " form button")).stream()
        .filter(b -> b.getText().startsWith("Annuler la réservation")).findFirst().orElse(null)).click();
    wait.until(d -> d.findElement(By.id(card)).getAttribute("class").contains("bed-FREE"));
  }

  @Test
  void deactivatingAnOrganisation_asksFirst_dismissedChangesNothing() {
    signIn("network");
    driver.get(url("/organisations"));
    driver.findElement(By.cssSelector("#results tbody tr td:first-child a")).click();
    WebElement deactivate = waitFor(By.cssSelector("form[action$='/deactivate'] button"));
    String name = driver.findElement(By.tagName("h1")).getText();

    deactivate.click();
    Alert question = alert();
    assertThat(question.getText()).startsWith("Désactiver " + name + " ?");
    question.dismiss();
    assertThat(driver.findElements(By.cssSelector("form[action$='/deactivate'] button"))).hasSize(1);
    driver.navigate().refresh();
    assertThat(waitFor(By.cssSelector("form[action$='/deactivate'] button")).isDisplayed()).as("still active")
        .isTrue();
  }
}

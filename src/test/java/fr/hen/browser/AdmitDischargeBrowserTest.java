package fr.hen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The bed manager's main journey: admit a patient into a free bed, then discharge them home. */
class AdmitDischargeBrowserTest extends BrowserTest {

  private void setValue(String id, String value) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)),
        value);
  }

  @Test
  void bedManager_admitsThenDischargesAPatient() {
    signIn("bedmanager");
    driver.get(url("/stays/new"));
    String mrn = "BRW" + System.nanoTime() % 1_000_000;
    driver.findElement(By.id("mrn")).sendKeys(mrn);
    driver.findElement(By.id("familyName")).sendKeys("Navigateur");
    driver.findElement(By.id("givenName")).sendKeys("Céleste");
    setValue("birthDate", "1961-04-12");
    new Select(driver.findElement(By.id("sex"))).selectByValue("F");
    new Select(driver.findElement(By.id("unit"))).selectByValue("ONCA");
    wait.until(d -> new Select(d.findElement(By.id("bed"))).getOptions().size() > 1);
    freeBedForAWoman(new Select(driver.findElement(By.id("bed"))));
    setValue("admittedAt", LocalDateTime.now().minusHours(2).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
    driver.findElement(By.cssSelector("main form button[type=submit]")).click();

    wait.until(ExpectedConditions.urlMatches(".*/stays/\\d+$"));
    String stayPage = driver.getCurrentUrl();
    assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Navigateur Céleste");
    assertThat(driver.findElement(By.tagName("main")).getText()).contains(mrn).contains("Hospitalisé");

    new Select(driver.findElement(By.id("destination"))).selectByValue("HOME");
    setValue("dischargedAt", LocalDateTime.now().minusMinutes(5).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
    driver.findElement(By.cssSelector("form[action$='/discharge'] button[type=submit]")).click();
    wait.until(ExpectedConditions.alertIsPresent()).accept(); // the discharge asks for confirmation

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Sorti"));
    assertThat(driver.getCurrentUrl()).isEqualTo(stayPage);
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("Domicile");
    assertThat(driver.findElements(By.cssSelector("form[action$='/discharge']"))).isEmpty();
  }

  @Test
  void admitFormWithMissingFields_showsInlineErrorsAndKeepsTypedValues() {
    signIn("bedmanager");
    driver.get(url("/stays/new"));
    driver.findElement(By.id("familyName")).sendKeys("Sansdossier");
    driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    waitFor(By.id("mrn-error"));
    assertThat(driver.findElement(By.id("mrn")).getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(driver.findElement(By.id("familyName")).getAttribute("value")).isEqualTo("Sansdossier");
    assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).contains("erreurs");
  }
}

package fr.hen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The stay's discharge tab (plan part): a physician sets the expected discharge date and medically ready from the
 * stay page's tab Sortie; a discharge coordinator finds the medically ready control disabled and ticks the checklist.
 */
class DischargePlanBrowserTest extends BrowserTest {

  private String firstInHospitalStay() {
    driver.get(url("/stays"));
    String href = driver.findElement(By.cssSelector("table a[href^='/stays/']")).getAttribute("href");
    return href.substring(href.indexOf("/stays/"));
  }

  @Test
  void physicianSetsThePlan_coordinatorCompletesTheChecklist() {
    signIn("physician");
    String stay = firstInHospitalStay();
    driver.get(url(stay));
    driver.findElement(By.id("discharge-tab")).click();
    wait.until(ExpectedConditions.urlMatches(".*/stays/\\d+/discharge$"));
    String current = driver.findElement(By.id("expectedDischargeDate")).getAttribute("value");
    String edd = (current.isEmpty() ? LocalDate.now() : LocalDate.parse(current)).plusDays(2).toString();
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
        driver.findElement(By.id("expectedDischargeDate")), edd);
    driver.findElement(By.id("eddReason")).sendKeys("Attente de place en SMR");
    driver.findElement(By.id("medicallyReady-yes")).click();
    driver.findElement(By.cssSelector("#plan-form button[type=submit]")).click();

    waitFor(By.cssSelector(".flash"));
    assertThat(driver.findElement(By.id("plan-ready")).getText()).startsWith("depuis le");
    assertThat(driver.findElement(By.id("history-table")).getText()).contains("Attente de place en SMR")
        .contains(edd);

    signIn("coordinator");
    driver.get(url(stay + "/discharge"));
    assertThat(driver.findElement(By.id("medicallyReady-yes")).isEnabled()).isFalse();
    assertThat(driver.findElement(By.id("expectedDischargeDate")).getAttribute("value")).isEqualTo(edd);
    // an item not ticked yet (another browser test may have ticked some on this demo stay)
    String item = driver.findElements(By.cssSelector("#checklist input[type=checkbox]")).stream()
        .filter(box -> !box.isSelected()).findFirst().orElseThrow().getAttribute("value");
    driver.findElement(By.cssSelector("#checklist input[value=" + item + "]")).click();
    driver.findElement(By.cssSelector("#plan-form button[type=submit]")).click();
    waitFor(By.cssSelector(".flash"));
    assertThat(driver.findElement(By.cssSelector("#checklist input[value=" + item + "]")).isSelected()).isTrue();
    assertThat(driver.findElement(By.id("plan-ready")).getText()).as("medically ready kept")
        .startsWith("depuis le");
  }
}

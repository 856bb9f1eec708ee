package fr.hen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

class DirectoryBrowserTest extends BrowserTest {

  private List<String> resultNames() {
    return driver.findElements(By.cssSelector("#results tbody tr td:first-child a")).stream()
        .map(WebElement::getText).toList();
  }

  @Test
  void coordinator_searchesTheDirectoryAsTheyType() {
    signIn("coordinator");
    driver.get(url("/organisations"));
    int before = resultNames().size();
    assertThat(before).isGreaterThan(10);
    driver.findElement(By.id("q")).sendKeys("Valenciennes");
    wait.ignoring(StaleElementReferenceException.class).until(d -> resultNames().size() < before);
    wait.until(ExpectedConditions.urlContains("q=Valenciennes"));
    assertThat(resultNames()).isNotEmpty().allSatisfy(name -> assertThat(name).isNotBlank());
    assertThat(driver.findElements(By.cssSelector("#results tbody tr td:nth-child(3)")))
        .extracting(WebElement::getText).containsOnly("Valenciennes");
    assertThat(driver.getCurrentUrl()).contains("q=Valenciennes");
  }

  @Test
  void network_filtersByTypeAndSortsByDistanceFromTheCancerCentre() {
    signIn("network");
    driver.get(url("/organisations"));
    new Select(driver.findElement(By.id("type"))).selectByValue("HAD");
    new Select(driver.findElement(By.id("from"))).selectByVisibleText(
        driver.findElements(By.cssSelector("#from option")).stream().map(WebElement::getText)
            .filter(t -> t.contains("Centre Oncologique des Flandres")).findFirst().orElseThrow());
    driver.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("type=HAD"));
    List<String> distances = driver.findElements(By.cssSelector("#results tbody tr td:last-child")).stream()
        .map(WebElement::getText).toList();
    assertThat(distances).hasSize(6).allSatisfy(d -> assertThat(d).endsWith("km"));
    List<Double> km = distances.stream().map(d -> Double.parseDouble(d.replace(" km", "").replace(",", ".")))
        .toList();
    assertThat(km).isSorted();
    assertThat(driver.findElements(By.cssSelector("#results tbody tr td:nth-child(2)")))
        .extracting(WebElement::getText).hasSize(6).allSatisfy(t -> assertThat(t).contains("(HAD)"));
  }

  @Test
  void organisationPage_showsCapacitiesAndContacts() {
    signIn("partner");
    driver.get(url("/organisations/mine"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("HAD ");
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("Coordination des admissions");
  }
}

package fr.hen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The bed manager's forecast page on the demo network in Chromium: ECharts draws the hospital's chart and each
 * unit's, the accuracy table arrives after the page (htmx), the unit filter keeps one unit, and axe finds no WCAG
 * 2.1 A/AA violation.
 */
class ForecastBrowserTest extends BrowserTest {

  @Test
  void bedManager_seesChartsTablesAndAccuracy_andFiltersAUnit() {
    signIn("bedmanager");
    driver.get(url("/forecast"));
    waitFor(By.cssSelector("#forecast-chart-0 svg"));
    waitFor(By.cssSelector("#forecast-chart-1 svg"));
    assertThat(driver.findElements(By.cssSelector("table caption"))).hasSizeGreaterThan(2);
    waitFor(By.xpath("//caption[contains(., 'Erreur absolue moyenne')]"));
    assertThat(driver.findElements(By.cssSelector("#accuracy tbody tr"))).hasSize(7);

    Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
    assertThat(results.getViolations()).extracting(r -> r.getId() + ": " + r.getNodes().getFirst().getHtml())
        .isEmpty();

    new Select(driver.findElement(By.id("unit"))).selectByIndex(1);
    driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
    waitFor(By.cssSelector("#forecast-chart-0 svg"));
    assertThat(driver.getCurrentUrl()).contains("unit=");
    assertThat(driver.findElements(By.id("forecast-chart-1"))).isEmpty();
  }
}

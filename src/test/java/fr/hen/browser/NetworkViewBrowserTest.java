package fr.hen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/** The network bed view draws its ECharts chart (CSP-compliant script) and suppresses small cells. */
class NetworkViewBrowserTest extends BrowserTest {

  @Test
  void networkCoordinator_seesTheOccupancyChartAndTheTable() throws Exception {
    signIn("network");
    driver.get(url("/network/beds"));
    waitFor(By.cssSelector("#occupancy-chart svg"));
    assertThat(driver.findElements(By.cssSelector("#occupancy-chart svg path"))).hasSizeGreaterThan(3);
    assertThat(driver.findElements(By.cssSelector("main table tbody tr"))).hasSizeGreaterThanOrEqualTo(3);
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("Centre Oncologique des Flandres");
    Files.write(Path.of("target/network-beds.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}

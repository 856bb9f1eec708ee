package fr.hen.browser;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the browser tests: the whole application on a random port over the PostgreSQL browser database seeded
 * with the demo network, driven by Debian's Chromium through chromedriver (no driver download).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("browsertest")
@Tag("browser")
abstract class BrowserTest {

  static WebDriver driver;
  static WebDriverWait wait;

  @LocalServerPort int port;

  @BeforeAll
  static void startBrowser() {
    String chromium = System.getenv().getOrDefault("HEN_CHROMIUM", "/usr/bin/chromium");
    String chromedriver = System.getenv().getOrDefault("HEN_CHROMEDRIVER", "/usr/bin/chromedriver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1366,900", "--lang=fr-FR");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new java.io.File(chromedriver)).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // htmx swaps replace elements
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  void signIn(String username) {
    driver.manage().deleteAllCookies();
    driver.get(url("/login"));
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys("demo");
    driver.findElement(By.cssSelector("form button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cards")));
  }

  WebElement waitFor(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /**
   * Picks, in the admission form's bed list, the first free bed whose room takes any woman (mixed or women only):
   * earlier tests of the shared demo move patients, so the first bed listed may be reserved or in a same-sex room
   * with a man.
   */
  void freeBedForAWoman(org.openqa.selenium.support.ui.Select beds) {
    WebElement bed = beds.getOptions().stream().filter(o -> o.getText().contains("(Libre)")
        && !o.getText().contains("Hommes") && !o.getText().contains("Même sexe")).findFirst().orElseThrow();
    beds.selectByValue(bed.getAttribute("value"));
  }
}

package fr.hen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * On a phone-sized window (390 × 844) no page scrolls sideways as a whole: wide tables and boards scroll inside
 * their own container, forms and navigation wrap.
 */
class ResponsiveBrowserTest extends BrowserTest {

  private static final String OVERFLOW = """
      const width = document.documentElement.clientWidth;
      return document.documentElement.scrollWidth > width + 1
        ? [document.documentElement.scrollWidth + 'px > ' + width + 'px'].concat(
            Array.from(document.querySelectorAll('body *'))
              .filter(e => e.getBoundingClientRect().right > width + 1 && !e.closest('.scroll-x'))
              .slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + e.className + ' right='
                + Math.round(e.getBoundingClientRect().right)))
        : [];""";

  @BeforeEach
  void phone() {
    driver.manage().window().setSize(new Dimension(390, 844));
  }

  @AfterEach
  void desktop() {
    driver.manage().window().setSize(new Dimension(1366, 900));
  }

  @SuppressWarnings("unchecked")
  private List<String> overflowOn(String path) {
    driver.get(url(path));
    List<String> found = (List<String>) ((JavascriptExecutor) driver).executeScript(OVERFLOW);
    return found.isEmpty() ? List.of() : List.of(path + ": " + String.join(", ", found));
  }

  @Test
  void mainPages_fitAPhoneScreen() {
    signIn("bedmanager");
    List<String> problems = new ArrayList<>();
    for (String path : List.of("/", "/beds", "/stays", "/stays/new", "/organisations", "/organisations/HAD-01")) {
      problems.addAll(overflowOn(path));
    }
    signIn("network");
    problems.addAll(overflowOn("/network/beds"));
    problems.addAll(overflowOn("/discharge/figures"));
    signIn("admin");
    problems.addAll(overflowOn("/admin/users"));
    problems.addAll(overflowOn("/admin/audit"));
    assertThat(problems).isEmpty();
  }
}

package fr.hen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Basic accessibility checks on the main pages: language, one h1, labelled controls, keyboard skip link. */
class AccessibilityBrowserTest extends BrowserTest {

  private static final String UNLABELLED = """
      return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
        .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')
                     && !e.getAttribute('aria-labelledby'))
        .map(e => e.outerHTML.substring(0, 120));""";

  @SuppressWarnings("unchecked")
  private List<String> problemsOn(String path) {
    driver.get(url(path));
    List<String> problems = new ArrayList<>();
    if (!"fr".equals(driver.findElement(By.tagName("html")).getAttribute("lang"))) {
      problems.add(path + ": html lang is not fr");
    }
    if (driver.findElements(By.tagName("h1")).size() != 1) {
      problems.add(path + ": " + driver.findElements(By.tagName("h1")).size() + " h1 elements");
    }
    ((List<String>) ((JavascriptExecutor) driver).executeScript(UNLABELLED))
        .forEach(control -> problems.add(path + ": unlabelled " + control));
    return problems;
  }

  @Test
  void mainPages_haveOneHeadingAndLabelledControls() {
    signIn("bedmanager");
    List<String> problems = new ArrayList<>();
    for (String path : List.of("/", "/beds", "/stays", "/stays/new", "/organisations", "/organisations/HAD-01")) {
      problems.addAll(problemsOn(path));
    }
    signIn("admin");
    for (String path : List.of("/admin/users", "/admin/users/new", "/admin/audit")) {
      problems.addAll(problemsOn(path));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void skipLink_isTheFirstTabStop_andMovesFocusToTheContent() {
    signIn("bedmanager");
    driver.get(url("/organisations"));
    driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    WebElement focused = driver.switchTo().activeElement();
    assertThat(focused.getAttribute("class")).contains("skip-link");
    focused.sendKeys(Keys.ENTER);
    assertThat(driver.getCurrentUrl()).endsWith("#main");
  }
}

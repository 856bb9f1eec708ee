package fr.hen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The axe-core rules of WCAG 2.0 and 2.1, levels A and AA (contrast, names of controls and links, landmarks, ARIA
 * use, lists, tables…), on every main page as the users who see it: no violation allowed.
 */
class AxeBrowserTest extends BrowserTest {

  private static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private List<String> violationsOn(String path) {
    driver.get(url(path));
    Results results = new AxeBuilder().withTags(WCAG_A_AA).analyze(driver);
    List<String> found = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      rule.getNodes().forEach(node -> found.add(path + " — " + rule.getId() + " (" + rule.getImpact() + "): "
          + rule.getHelp() + " — " + node.getTarget() + " " + abbreviate(node.getHtml())));
    }
    return found;
  }

  private static String abbreviate(String html) {
    return html.length() > 160 ? html.substring(0, 160) + "…" : html;
  }

  /** The harness itself: a page built to break the rules must show those violations (the check can fail). */
  @Test
  void aPageBuiltToBreakTheRules_isCaught() {
    driver.get(url("/login"));
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
        const main = document.querySelector('main');
        main.insertAdjacentHTML('beforeend', '<input type="text" id="nameless">'
          + '<p style="color:#bbb;background:#fff">faint text</p><img src="/favicon.svg">');""");
    Results results = new AxeBuilder().withTags(WCAG_A_AA).analyze(driver);
    assertThat(results.getPasses()).isNotEmpty();
    assertThat(results.getViolations()).extracting(Rule::getId)
        .contains("label", "color-contrast", "image-alt");
  }

  @Test
  void signInPage() {
    driver.manage().deleteAllCookies();
    assertThat(violationsOn("/login")).isEmpty();
  }

  @Test
  void pagesOfTheBedManager() {
    signIn("bedmanager");
    List<String> violations = new ArrayList<>();
    for (String path : List.of("/", "/beds", "/stays", "/stays?status=DISCHARGED", "/stays/new", "/organisations",
        "/organisations?near=50.63,3.06&sort=DISTANCE", "/organisations/HAD-01", "/units", "/units/ONCA", "/discharge",
        "/discharge/figures", "/discharge/figures?from=2026-01-01&to=2025-01-01",
        // issue 11 (board part): planned admissions, the filtered board, turnaround, wall screen
        "/planned-admissions", "/planned-admissions/new", "/beds?status=FREE&ready=true", "/beds/turnaround",
        "/beds/wall?unit=ONCA")) {
      violations.addAll(violationsOn(path));
    }
    driver.get(url("/stays"));
    String stay = driver.findElement(org.openqa.selenium.By.cssSelector("table a[href^='/stays/']"))
        .getAttribute("href");
    violations.addAll(violationsOn(stay.substring(stay.indexOf("/stays/"))));
    violations.addAll(violationsOn(stay.substring(stay.indexOf("/stays/")) + "/discharge")); // plan part
    violations.addAll(violationsOn(stay.substring(stay.indexOf("/stays/")) + "/partners"));
    driver.get(url("/planned-admissions"));
    String plan = driver.findElement(org.openqa.selenium.By.cssSelector("table a[href^='/planned-admissions/']"))
        .getAttribute("href");
    violations.addAll(violationsOn(plan.substring(plan.indexOf("/planned-admissions/"))));
    driver.get(url("/beds"));
    String actions = driver.findElement(org.openqa.selenium.By.cssSelector("li.bed-OCCUPIED a.bed-actions-link"))
        .getAttribute("href");
    violations.addAll(violationsOn(actions.substring(actions.indexOf("/beds/")))); // its isolation form
    assertThat(violations).isEmpty();
  }

  @Test
  void pagesOfTheNetworkCoordinatorAndTheAdministrator() {
    signIn("network");
    List<String> violations = new ArrayList<>(violationsOn("/"));
    violations.addAll(violationsOn("/network/beds"));
    violations.addAll(violationsOn("/discharge/figures"));
    violations.addAll(violationsOn("/organisations/new"));
    signIn("admin");
    for (String path : List.of("/admin/users", "/admin/users/new", "/admin/audit", "/units/ONCA",
        "/units/new", "/units/ONCA/edit", "/units/ONCA/rooms/new")) {
      violations.addAll(violationsOn(path));
    }
    driver.get(url("/admin/users"));
    String edit = driver.findElement(org.openqa.selenium.By.cssSelector("tbody a[href^='/admin/users/']"))
        .getAttribute("href");
    violations.addAll(violationsOn(edit.substring(edit.indexOf("/admin/users/"))));
    driver.get(url("/units/ONCA"));
    String room = driver.findElement(org.openqa.selenium.By.cssSelector("a[href*='/rooms/'][href$='/edit']"))
        .getAttribute("href");
    violations.addAll(violationsOn(room.substring(room.indexOf("/units/"))));
    signIn("partner");
    violations.addAll(violationsOn("/"));
    violations.addAll(violationsOn("/organisations/HAD-01"));
    assertThat(violations).isEmpty();
  }
}

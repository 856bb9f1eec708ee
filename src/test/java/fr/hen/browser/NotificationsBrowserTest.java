package fr.hen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import fr.hen.platform.Notifications;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Notifications in a real browser over a real server: the bell's count changes and the polite live region reads the
 * new notification out as soon as it is committed (server-sent events), without reloading; the page passes axe.
 */
class NotificationsBrowserTest extends BrowserTest {

  @Autowired Notifications notifications;
  @Autowired JdbcClient jdbc;

  @Test
  void aNotificationArrivesLiveInTheHeaderAndOnThePage() {
    signIn("partner");
    long me = jdbc.sql("SELECT id FROM app_user WHERE username = 'partner'").query(Long.class).single();
    driver.get(url("/notifications"));
    long before = notifications.unreadCount(me);
    assertThat(driver.findElement(By.cssSelector("a.bell .badge")).getText()).isEqualTo(String.valueOf(before));
    Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
    assertThat(results.getViolations()).as("axe on /notifications").isEmpty();

    // the stream is open once the page has loaded; a notification committed now reaches the page
    wait.until(ExpectedConditions.attributeToBe(By.cssSelector("a.bell"), "data-live", "open"));
    notifications.notifyUsers(List.of(me), "discharge.notify.partner.SENT", List.of("4242", "Hôpital Test"),
        "/partner/referrals/4242");
    wait.until(ExpectedConditions.textToBe(By.cssSelector("a.bell .badge"), String.valueOf(before + 1)));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notify-live"),
        "Nouvelle demande de prise en charge n° 4242 de Hôpital Test"));

    driver.navigate().refresh();
    assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("n° 4242");
    driver.findElement(By.xpath("//button[contains(., 'Tout marquer comme lu')]")).click();
    wait.until(ExpectedConditions.textToBe(By.cssSelector("a.bell .badge"), "0"));
  }
}

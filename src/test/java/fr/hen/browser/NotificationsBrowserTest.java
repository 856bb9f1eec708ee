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

  @Test
  void aNetworkCoordinatorInvitesAPartnersCoordinatorWhoCreatesTheirAccount() {
    String code = jdbc.sql("""
        SELECT code FROM organisation WHERE type <> 'HOSPITAL' AND active = TRUE ORDER BY code LIMIT 1""")
        .query(String.class).single();
    String email = "invitee-" + System.nanoTime() + "@partner.example";
    signIn("network");
    driver.get(url("/organisations/" + code));
    driver.findElement(By.id("invitationFullName")).sendKeys("Iris Invitée");
    driver.findElement(By.id("invitationEmail")).sendKeys(email);
    driver.findElement(By.xpath("//button[contains(., 'Envoyer l’invitation')]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.flash"),
        "L’invitation est envoyée"));

    // mail is off in this profile: the mail waits in the outbox with its link
    String body = jdbc.sql("SELECT body FROM mail_outbox WHERE recipient = ?").param(email).query(String.class)
        .single();
    String path = body.replaceAll("(?s).*?(/invitations/[A-Za-z0-9_-]+).*", "$1");
    driver.manage().deleteAllCookies();
    driver.get(url(path));
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("Iris Invitée");
    Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
    assertThat(results.getViolations()).as("axe on the invitation page").isEmpty();
    String username = "iris" + System.nanoTime() % 100000;
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys("mot-de-passe-iris");
    driver.findElement(By.id("passwordConfirmation")).sendKeys("mot-de-passe-iris");
    driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("/login"));

    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys("mot-de-passe-iris");
    driver.findElement(By.cssSelector("form button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cards")));
    assertThat(driver.findElement(By.cssSelector(".who")).getText()).isEqualTo("Iris Invitée");

    // the link is spent
    driver.manage().deleteAllCookies();
    driver.get(url(path));
    assertThat(driver.findElement(By.tagName("h1")).getText()).contains("non valable");
  }
}

package fr.hen.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The journey in the browser, on the demo network: the coordinator picks three home-hospitalisation partners
 * on the stay's matching page and sends them one file; the first accepts in its own portal (signed in with its demo
 * account); the coordinator confirms it, and the two other requests are withdrawn; from the confirmed request the
 * coordinator organises the exit, and the discharge to that partner marks its request transferred.
 */
class DischargeJourneyBrowserTest extends BrowserTest {

  @Autowired JdbcClient jdbc;

  @Test
  void coordinatorSendsToThree_oneAcceptsInItsPortal_isConfirmed_othersWithdrawn_patientLeavesToIt() {
    long hospital = jdbc.sql("SELECT organisation_id FROM app_user WHERE username = 'coordinator'")
        .query(Long.class).single();
    long stay = jdbc.sql("""
            SELECT s.id FROM stay s JOIN discharge_plan p ON p.stay_id = s.id
            WHERE s.organisation_id = ? AND s.status = 'IN_HOSPITAL' AND s.voided = FALSE
              AND NOT EXISTS (SELECT 1 FROM referral r WHERE r.stay_id = s.id) ORDER BY s.id DESC LIMIT 1""")
        .param(hospital).query(Long.class).single();
    // A plan asking for home hospitalisation with no particular capability: every HAD partner can take the patient.
    jdbc.sql("UPDATE discharge_plan SET needs = '', destination_type = 'HAD' WHERE stay_id = ?").param(stay).update();

    signIn("coordinator");
    driver.get(url("/stays/" + stay + "/partners"));
    List<WebElement> boxes = driver.findElements(By.cssSelector("#send-form input[name=partnerCodes]:not([disabled])"));
    assertThat(boxes).hasSizeGreaterThanOrEqualTo(3);
    List<String> codes = boxes.subList(0, 3).stream().map(b -> b.getAttribute("value")).toList();
    boxes.subList(0, 3).forEach(WebElement::click);
    driver.findElement(By.id("summary")).sendKeys("Patiente de 76 ans, chimiothérapie à domicile à poursuivre.");
    driver.findElement(By.cssSelector("#send-form button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("/referrals?stay=" + stay));
    List<Long> referrals = jdbc.sql("SELECT id FROM referral WHERE stay_id = ? ORDER BY id").param(stay)
        .query(Long.class).list();
    assertThat(referrals).hasSize(3);
    assertThat(driver.findElements(By.cssSelector("a[href^='/referrals/']")).size()).isGreaterThanOrEqualTo(3);
    long chosen = jdbc.sql("SELECT id FROM referral WHERE stay_id = ? AND partner_code = ?")
        .params(stay, codes.get(0)).query(Long.class).single();

    signIn(codes.get(0).toLowerCase(Locale.ROOT));
    driver.get(url("/partner/referrals"));
    driver.findElement(By.cssSelector("a[href='/partner/referrals/" + chosen + "']")).click();
    waitFor(By.id("answer-title"));
    driver.findElement(By.xpath("//button[normalize-space()='Accepter le patient']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "Réponse enregistrée"));

    signIn("coordinator");
    driver.get(url("/referrals/" + chosen));
    driver.findElement(By.xpath("//button[normalize-space()='Confirmer l’admission']")).click();
    wait.until(ExpectedConditions.alertIsPresent()).accept();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "Admission confirmée"));
    assertThat(jdbc.sql("SELECT status FROM referral WHERE stay_id = ? AND id <> ? ORDER BY id")
        .params(stay, chosen).query(String.class).list()).containsExactly("WITHDRAWN", "WITHDRAWN");
    driver.get(url("/referrals?stay=" + stay));
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("Retirée");

    driver.get(url("/referrals/" + chosen));
    driver.findElement(By.id("organise-exit")).click();
    wait.until(ExpectedConditions.urlContains("/stays/" + stay));
    assertThat(driver.findElement(By.id("destinationOrganisation")).getAttribute("value")).isEqualTo(codes.get(0));
    driver.findElement(By.cssSelector("#discharge-form button[type=submit]")).click();
    wait.until(ExpectedConditions.alertIsPresent()).accept();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "Sortie enregistrée"));

    await().atMost(Duration.ofSeconds(15)).until(() -> "TRANSFERRED".equals(jdbc.sql(
        "SELECT status FROM referral WHERE id = ?").param(chosen).query(String.class).single()));
    driver.get(url("/referrals/" + chosen));
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("Transféré");
  }
}

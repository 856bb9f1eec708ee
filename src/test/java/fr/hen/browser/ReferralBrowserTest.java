package fr.hen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import fr.hen.discharge.referral.ReferralService;
import fr.hen.discharge.referral.SendReferrals;
import fr.hen.platform.Role;
import fr.hen.platform.SystemActor;
import fr.hen.platform.SystemActors;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Referral part: a file sent to the demo partner is accepted in its portal (the date proposed is today), then the
 * hospital's coordinator confirms it (answering the confirmation dialog); the pages of both sides have no WCAG 2.1
 * A/AA violation.
 */
class ReferralBrowserTest extends BrowserTest {

  private static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  @Autowired JdbcClient jdbc;
  @Autowired ReferralService referrals;

  private long organisationOf(String username) {
    return jdbc.sql("SELECT organisation_id FROM app_user WHERE username = ?").param(username).query(Long.class)
        .single();
  }

  private List<String> violations() {
    Results results = new AxeBuilder().withTags(WCAG_A_AA).analyze(driver);
    List<String> found = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      rule.getNodes().forEach(node -> found.add(driver.getCurrentUrl() + " — " + rule.getId() + ": " + rule.getHelp()
          + " — " + node.getTarget()));
    }
    return found;
  }

  @Test
  void partnerAcceptsInItsPortal_thenTheCoordinatorConfirms() {
    long hospital = organisationOf("coordinator");
    long partner = organisationOf("partner");
    String partnerCode = jdbc.sql("SELECT code FROM organisation WHERE id = ?").param(partner).query(String.class)
        .single();
    long stay = jdbc.sql("""
            SELECT s.id FROM stay s WHERE s.organisation_id = ? AND s.status = 'IN_HOSPITAL' AND s.voided = FALSE
              AND NOT EXISTS (SELECT 1 FROM referral r WHERE r.stay_id = s.id) ORDER BY s.id LIMIT 1""")
        .param(hospital).query(Long.class).single();
    SystemActor sender = SystemActor.forOrganisation("browser-referrals", hospital,
        Set.of(Role.DISCHARGE_COORDINATOR));
    long id = SystemActors.run(sender, () -> referrals.send(sender,
        new SendReferrals(stay, List.of(partnerCode), "Patiente de 76 ans, retour à domicile souhaité."))).getFirst().id();
    List<String> violations = new ArrayList<>();

    signIn("partner");
    driver.get(url("/partner/referrals"));
    violations.addAll(violations());
    driver.findElement(By.cssSelector("a[href='/partner/referrals/" + id + "']")).click();
    waitFor(By.id("answer-title"));
    violations.addAll(violations());
    driver.findElement(By.xpath("//button[normalize-space()='Accepter le patient']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "Réponse enregistrée"));

    signIn("coordinator");
    driver.get(url("/referrals?stay=" + stay));
    violations.addAll(violations());
    driver.findElement(By.cssSelector("a[href='/referrals/" + id + "']")).click();
    waitFor(By.id("file-title"));
    violations.addAll(violations());
    driver.findElement(By.xpath("//button[normalize-space()='Confirmer l’admission']")).click();
    wait.until(ExpectedConditions.alertIsPresent()).accept();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "Admission confirmée"));

    assertThat(jdbc.sql("SELECT status FROM referral WHERE id = ?").param(id).query(String.class).single())
        .isEqualTo("CONFIRMED");
    assertThat(violations).isEmpty();
  }
}

package fr.hen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import fr.hen.adt.feed.AdtListener;
import fr.hen.adt.mllp.MllpClient;
import fr.hen.adt.mllp.MllpServer;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The integration monitor in Chromium as the demo's bed manager, after the feed received an admission, a pending
 * transfer (A15) and a pending discharge (A16) over MLLP: the messages list, a message and the announced movements
 * pass the axe rules of WCAG 2.0 / 2.1 A and AA (as {@link AxeBrowserTest}); the list is filtered by status, the
 * announced movements by kind.
 */
class AdtMonitorBrowserTest extends BrowserTest {

  private static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  @Autowired AdtListener listener;
  @Autowired JdbcClient jdbc;

  record Place(String hospital, String unit, String room, String bed, String policy) {
    String hl7() {
      return unit + "^" + room + "^" + bed;
    }
  }

  private List<String> violationsOn(String path) {
    driver.get(url(path));
    return violationsHere(path);
  }

  private List<String> violationsHere(String where) {
    Results results = new AxeBuilder().withTags(WCAG_A_AA).analyze(driver);
    List<String> found = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      rule.getNodes().forEach(node -> found.add(where + " — " + rule.getId() + " (" + rule.getImpact() + "): "
          + rule.getHelp() + " — " + node.getTarget()));
    }
    return found;
  }

  private static String pv1(String location, String visit, String pendingLocation) {
    String[] f = new String[46];
    Arrays.fill(f, "");
    f[0] = "PV1";
    f[1] = "1";
    f[2] = "I";
    f[3] = location;
    f[19] = visit;
    f[42] = pendingLocation == null ? "" : pendingLocation;
    return String.join("|", f) + "\r";
  }

  private static String message(Place at, String event, String control, LocalDateTime when, LocalDateTime planned,
      String mrn, String sex, String visit, String pendingLocation) {
    return "MSH|^~\\&|PAS|" + at.hospital() + "|HEN|HEN|" + TS.format(when) + "||ADT^" + event + "|" + control
        + "|P|2.5|||AL|NE||UNICODE UTF-8\r" + "EVN|" + event + "|" + TS.format(when) + "|"
        + (planned == null ? "" : TS.format(planned)) + "||||" + TS.format(when) + "\r"
        + "PID|1||" + mrn + "^^^^PI||Axe^Camille||19610704|" + sex + "\r" + pv1(at.hl7(), visit, pendingLocation);
  }

  @Test
  void monitorPages_passAxe_andFilter() throws Exception {
    List<Place> free = jdbc.sql("""
            SELECT o.code AS hospital, u.code AS unit, r.code AS room, b.code AS bed, r.gender_policy AS policy
            FROM bed b JOIN room r ON r.id = b.room_id JOIN unit u ON u.id = r.unit_id
            JOIN organisation o ON o.id = u.organisation_id JOIN app_user a ON a.organisation_id = o.id
            WHERE a.username = 'bedmanager' AND b.status = 'FREE' AND b.isolation IS NULL
              AND r.gender_policy <> 'SAME'
            ORDER BY u.code DESC, r.code DESC, b.code DESC""").query(Place.class).list();
    assertThat(free).as("the demo hospital has free beds").hasSizeGreaterThanOrEqualTo(2);
    Place bed = free.getFirst();
    Place target = free.get(1);
    String suffix = String.valueOf(System.nanoTime() % 1_000_000_000L);
    String visit = "VAXE" + suffix;
    String sex = "MALE".equals(bed.policy()) ? "M" : "F";
    LocalDateTime now = LocalDateTime.now().withNano(0);
    String admission = "AXE-A01-" + suffix;
    try (MllpServer server = listener.open(0, listener.settings());
        MllpClient client = new MllpClient("localhost", server.port(), Duration.ofSeconds(20))) {
      assertThat(client.send(message(bed, "A01", admission, now.minusMinutes(30), null, "MAXE" + suffix, sex, visit,
          null))).contains("MSA|AA|" + admission);
      assertThat(client.send(message(bed, "A15", "AXE-A15-" + suffix, now.minusMinutes(10), now.plusHours(2),
          "MAXE" + suffix, sex, visit, target.hl7()))).contains("MSA|AA|");
      assertThat(client.send(message(bed, "A16", "AXE-A16-" + suffix, now.minusMinutes(5), now.plusDays(1),
          "MAXE" + suffix, sex, visit, null))).contains("MSA|AA|");
    }
    long id = jdbc.sql("SELECT id FROM adt_message WHERE control_id = ?").param(admission).query(Long.class).single();

    signIn("bedmanager");
    List<String> violations = new ArrayList<>();
    violations.addAll(violationsOn("/adt/messages"));
    violations.addAll(violationsOn("/adt/messages/" + id));
    violations.addAll(violationsOn("/adt/pending"));

    // the list filtered by status: the admission is among the processed messages
    driver.get(url("/adt/messages"));
    new Select(driver.findElement(By.id("status"))).selectByValue("PROCESSED");
    driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
    wait.until(d -> d.getCurrentUrl().contains("status=PROCESSED"));
    assertThat(driver.findElement(By.tagName("table")).getText()).contains(admission);
    assertThat(driver.findElements(By.cssSelector("tbody tr td:nth-child(5)"))).extracting(WebElement::getText)
        .containsOnly("Traité");
    violations.addAll(violationsHere("/adt/messages?status=PROCESSED"));

    // from the monitor to the announced movements: the transfer and the discharge of the visit, then by kind
    driver.findElement(By.cssSelector("a[href='/adt/pending']")).click();
    waitFor(By.tagName("h1"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mouvements annoncés");
    List<String> rows = driver.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText)
        .filter(t -> t.contains(visit)).toList();
    assertThat(rows).hasSize(2).anySatisfy(r -> assertThat(r).contains("Mutation",
        target.unit() + " / " + target.room() + " / " + target.bed())).anySatisfy(r -> assertThat(r).contains("Sortie"));
    assertThat(rows.getFirst()).as("the transfer is expected first").contains("Mutation");
    new Select(driver.findElement(By.id("kind"))).selectByValue("DISCHARGE");
    driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
    wait.until(d -> d.getCurrentUrl().contains("kind=DISCHARGE"));
    assertThat(driver.findElements(By.cssSelector("tbody tr td:nth-child(2)"))).extracting(WebElement::getText)
        .containsOnly("Sortie");
    assertThat(driver.findElement(By.tagName("tbody")).getText()).contains(visit);
    violations.addAll(violationsHere("/adt/pending?kind=DISCHARGE"));
    assertThat(violations).isEmpty();
  }
}

package fr.hen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.adt.AdtCommand;
import fr.hen.adt.feed.AdtListener;
import fr.hen.adt.mllp.MllpServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The "done when": {@code adt send} of a demo day moves patients on the live board of an open browser. A day
 * is written by {@code adt demo-day} from the running demo (as the README says), and the messages of its first new
 * visit (its admission, then its transfer to another unit) are sent over MLLP with {@code adt send}, as a user would;
 * the board page opened before stays the same page (no reload) and shows the bed taken by the patient, then left for
 * cleaning when the patient moves to another unit.
 */
class AdtLiveBoardBrowserTest extends BrowserTest {

  @Autowired AdtListener listener;

  @TempDir Path dir;

  /** The messages of a file written by {@code adt demo-day}: each starts at an MSH line. */
  private static List<String> messages(String text) {
    List<String> messages = new ArrayList<>();
    StringBuilder current = null;
    for (String line : text.split("\n")) {
      if (line.startsWith("MSH|")) {
        if (current != null) {
          messages.add(current.toString());
        }
        current = new StringBuilder();
      }
      if (current != null && !line.isBlank()) {
        current.append(line).append('\n');
      }
    }
    if (current != null) {
      messages.add(current.toString());
    }
    return messages;
  }

  private static String field(String message, String segment, int index) {
    for (String line : message.split("\n")) {
      if (line.startsWith(segment + "|")) {
        String[] fields = line.split("\\|", -1);
        return fields.length > index ? fields[index] : "";
      }
    }
    return "";
  }

  private static String event(String message) {
    return field(message, "MSH", 8);
  }

  @Test
  void adtSendOfTheDemoDay_movesAPatientOnTheOpenBoard_withoutAReload() throws Exception {
    Path day = dir.resolve("day.hl7");
    assertThat(AdtCommand.run(new String[] {"demo-day", "--url", url(""), "--out", day.toString()})).isZero();
    List<String> all = messages(Files.readString(day, StandardCharsets.UTF_8));
    String admission = all.stream().filter(m -> event(m).equals("ADT^A01")).findFirst().orElseThrow();
    String visit = field(admission, "PV1", 19);
    String[] place = field(admission, "PV1", 3).split("\\^");
    String unit = place[0];
    String label = place[1] + "-" + place[2];
    String family = field(admission, "PID", 5).split("\\^")[0];
    List<String> ofTheVisit = all.stream().filter(m -> field(m, "PV1", 19).equals(visit)).toList();
    String transfer = ofTheVisit.stream().filter(m -> event(m).equals("ADT^A02")).findFirst().orElseThrow();
    String target = field(transfer, "PV1", 3).split("\\^")[0];
    assertThat(target).as("the demo day's first transfer leaves the unit of admission").isNotEqualTo(unit);

    signIn("bedmanager");
    driver.get(url("/beds?unit=" + unit));
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("window.henSamePage = true");
    wait.until(d -> "open".equals(((JavascriptExecutor) d).executeScript(
        "return document.documentElement.getAttribute('data-live')"))); // the page's stream is listening
    assertThat(card(label).getAttribute("class")).contains("bed-FREE");

    try (MllpServer server = listener.open(0, listener.settings())) {
      send(List.of(admission), server.port());
      wait.until(d -> card(label).getAttribute("class").contains("bed-OCCUPIED"));
      assertThat(card(label).getText().toLowerCase(Locale.ROOT)).contains(family.toLowerCase(Locale.ROOT));
      assertThat(js.executeScript("return window.henSamePage === true")).isEqualTo(true);

      send(List.of(transfer), server.port());
      wait.until(d -> card(label).getAttribute("class").contains("bed-CLEANING"));
      assertThat(card(label).getText().toLowerCase(Locale.ROOT)).doesNotContain(family.toLowerCase(Locale.ROOT));
      assertThat(js.executeScript("return window.henSamePage === true")).isEqualTo(true);
    }
  }

  /** The card of a bed on the open board, found by its label (room-bed) as the page shows it. */
  private WebElement card(String label) {
    return driver.findElements(By.cssSelector("li.bed")).stream()
        .filter(li -> li.findElement(By.cssSelector(".code")).getText().equals(label)).findFirst().orElseThrow();
  }

  private void send(List<String> messages, int port) throws Exception {
    Path file = Files.createTempFile(dir, "send", ".hl7");
    Files.writeString(file, String.join("", messages), StandardCharsets.UTF_8);
    int exit = AdtCommand.run(new String[] {"send", file.toString(), "--host", "localhost", "--port",
        String.valueOf(port)});
    assertThat(exit).as("every message answered AA: %s", Arrays.toString(messages.toArray())).isZero();
  }
}

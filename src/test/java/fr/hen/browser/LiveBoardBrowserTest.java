package fr.hen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The live board in a real browser: a bed blocked by someone else (through the API, another session) appears on the
 * open board page without a reload, announced in its polite live region; the wall screen follows too.
 */
class LiveBoardBrowserTest extends BrowserTest {

  private void changeThroughTheApi(String bedId, String body) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(url("/api/v1/beds/" + bedId + "/status")))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("bedmanager:demo"
            .getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  @Test
  void aBedBlockedElsewhere_appearsOnTheOpenBoard_withoutAReload() throws Exception {
    signIn("physician");
    driver.get(url("/beds?unit=ONCA"));
    String card = driver.findElement(By.cssSelector("li.bed.bed-FREE")).getAttribute("id");
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("window.henSamePage = true");
    wait.until(d -> "open".equals(((JavascriptExecutor) d).executeScript(
        "return document.documentElement.getAttribute('data-live')"))); // the page's stream is listening

    changeThroughTheApi(card.substring("bed-".length()), "{\"action\":\"BLOCK\",\"reason\":\"Fuite d'eau\"}");
    wait.until(d -> d.findElement(By.id(card)).getAttribute("class").contains("bed-BLOCKED"));
    assertThat(js.executeScript("return window.henSamePage === true")).isEqualTo(true);
    assertThat(driver.findElement(By.id(card)).getText()).contains("Fuite d'eau");
    assertThat(driver.findElement(By.id("board-live")).getAttribute("textContent")).startsWith("Tableau mis à jour");

    driver.get(url("/beds/wall?unit=ONCA"));
    js.executeScript("window.henSamePage = true");
    wait.until(d -> "open".equals(((JavascriptExecutor) d).executeScript(
        "return document.documentElement.getAttribute('data-live')")));
    String blockedOnWall = (String) js.executeScript(
        "return String(document.querySelectorAll('.wall-beds li.bed-BLOCKED').length)");
    changeThroughTheApi(card.substring("bed-".length()), "{\"action\":\"UNBLOCK\"}");
    wait.until(d -> !String.valueOf(js.executeScript(
        "return String(document.querySelectorAll('.wall-beds li.bed-BLOCKED').length)")).equals(blockedOnWall));
    assertThat(js.executeScript("return window.henSamePage === true")).isEqualTo(true);
  }
}

package fr.hen.stays.live;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.HenApplication;
import fr.hen.stays.StaysFixture;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two instances of the application on one PostgreSQL database: a change made through one (a bed blocked through
 * its API, over HTTP) reaches a board page's server-sent events stream opened on the other; a page of another
 * hospital hears nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hen.hl7.port=0")
@ActiveProfiles("pgtest")
@Tag("postgres")
class BoardAcrossInstancesTest {

  static ConfigurableApplicationContext other;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @BeforeAll
  static void startTheOtherInstance() {
    other = new SpringApplicationBuilder(HenApplication.class).profiles("pgtest")
        .properties("server.port=0", "hen.hl7.port=0").run();
  }

  @AfterAll
  static void stopTheOtherInstance() {
    if (other != null) {
      other.close();
    }
  }

  int otherPort() {
    return Integer.parseInt(other.getEnvironment().getProperty("local.server.port"));
  }

  String account(long org, String role) {
    String username = StaysFixture.unique("sse").toLowerCase();
    long id = jdbc.sql("""
            INSERT INTO app_user (username, password_hash, full_name, organisation_id, created_at)
            VALUES (?, '{noop}secret-pass', 'SSE test', ?, CURRENT_TIMESTAMP) RETURNING id""")
        .params(username, org).query(Long.class).single();
    jdbc.sql("INSERT INTO app_user_role (user_id, role) VALUES (?, ?)").params(id, role).update();
    return username;
  }

  /** Signs in on a page of the other instance and opens its board stream; the lines arrive in the queue. */
  BlockingQueue<String> openStream(String username) throws Exception {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    String base = "http://localhost:" + otherPort();
    String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
    assertThat(csrf.find()).as("the sign-in form has its CSRF token").isTrue();
    String form = "username=" + username + "&password=secret-pass&_csrf=" + csrf.group(1);
    HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    client.sendAsync(HttpRequest.newBuilder(URI.create(base + "/beds/stream")).header("Accept", "text/event-stream")
            .build(), HttpResponse.BodyHandlers.ofLines())
        .thenAccept(response -> response.body().forEach(lines::add));
    awaitEvent(lines, "open", Duration.ofSeconds(10));
    return lines;
  }

  static boolean awaitEvent(BlockingQueue<String> lines, String name, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      String line = lines.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line != null && line.equals("event:" + name)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aBedBlockedThroughOneInstance_reachesTheBoardStreamOfTheOther() throws Exception {
    StaysFixture fixture = new StaysFixture(jdbc);
    long org = fixture.organisation("HOSPITAL");
    long bed = fixture.freeBed(org, StaysFixture.unique("U"));
    String manager = account(org, "BED_MANAGER");
    long elsewhere = fixture.organisation("HOSPITAL");
    BlockingQueue<String> ours = openStream(account(org, "PHYSICIAN"));
    BlockingQueue<String> theirs = openStream(account(elsewhere, "PHYSICIAN"));

    long start = System.nanoTime();
    HttpResponse<String> blocked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/v1/beds/" + bed + "/status"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (manager + ":secret-pass").getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"action\":\"BLOCK\",\"reason\":\"Fuite\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(blocked.statusCode()).as(blocked.body()).isEqualTo(200);

    assertThat(awaitEvent(ours, "board", Duration.ofSeconds(5))).as("the other instance's page hears the change")
        .isTrue();
    System.out.printf("board change reached the other instance's stream in %d ms%n",
        (System.nanoTime() - start) / 1_000_000);
    assertThat(awaitEvent(theirs, "board", Duration.ofMillis(500))).as("another hospital's page hears nothing")
        .isFalse();
  }
}

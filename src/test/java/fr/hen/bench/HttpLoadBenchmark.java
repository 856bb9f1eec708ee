package fr.hen.bench;

import fr.hen.HenApplication;
import fr.hen.platform.Role;
import fr.hen.platform.UserAccounts;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Load harness (see BENCHMARKS.md): starts HEN on PostgreSQL with the demo network plus 10,000 organisations and
 * a 1,000-bed hospital, then times sequential HTTP requests on loopback (client-side time, an upper bound of the
 * server time) for the directory search and the server-rendered bed board, and prints p50/p95/p99.
 */
public final class HttpLoadBenchmark {

  private static final String PG = System.getenv().getOrDefault("HEN_TEST_PG", "127.0.0.1:5432");

  public static void main(String[] args) throws Exception {
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 400;
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + PG + "/postgres", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS hen_bench WITH (FORCE)");
      s.execute("CREATE DATABASE hen_bench");
    }
    ConfigurableApplicationContext context = new SpringApplicationBuilder(HenApplication.class)
        .run("--demo", "--spring.datasource.url=jdbc:postgresql://" + PG + "/hen_bench",
            "--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=0",
            "--logging.level.root=WARN");
    try {
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      BenchData.addOrganisations(jdbc, 10_000);
      long hospital = BenchData.addHospital(jdbc, 1_000);
      jdbc.execute("ANALYZE");
      // Flush the set-up's writes (demo seeding and bench data, ~200,000 rows) now rather than in a checkpoint
      // that would land in the middle of the measured requests.
      jdbc.execute("CHECKPOINT");
      UserAccounts accounts = context.getBean(UserAccounts.class);
      accounts.create(new UserAccounts.NewAccount("bench-bm", "bench-password", "Bench", null, hospital,
          Set.of(Role.BED_MANAGER)));
      String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
      System.out.printf("organisations: %d, beds in bench hospital: %d%n",
          jdbc.queryForObject("SELECT COUNT(*) FROM organisation", Long.class),
          jdbc.queryForObject("SELECT COUNT(*) FROM bed b JOIN room r ON r.id = b.room_id JOIN unit u ON u.id = "
              + "r.unit_id WHERE u.organisation_id = ?", Long.class, hospital));

      HttpClient api = HttpClient.newHttpClient();
      String basic = "Basic " + Base64.getEncoder().encodeToString("network:demo".getBytes(StandardCharsets.UTF_8));
      String[] queries = {"q=lille", "q=structure%2012", "type=EHPAD&q=arras", "capability=DEMENTIA",
          "status=UNDER_SOLICITED&type=SMR", "near=50.63,3.06", "near=49.89,2.29&type=HAD", "q=de&sort=city"};
      report("directory search (API, 10,000+ organisations)", requests, i -> HttpRequest.newBuilder(
          URI.create(base + "/api/v1/organizations?" + queries[i % queries.length])).header("Authorization", basic)
          .build(), api);

      HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NORMAL).build();
      signIn(browser, base, "bench-bm", "bench-password");
      report("bed board page (1,000 beds, server-rendered)", Math.max(50, requests / 2),
          i -> HttpRequest.newBuilder(URI.create(base + "/beds")).build(), browser);
    } finally {
      context.close();
    }
  }

  static void signIn(HttpClient client, String base, String user, String password) throws Exception {
    String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token on the sign-in page");
    }
    String form = "username=" + user + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
        + "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
  }

  static void report(String label, int n, IntFunction<HttpRequest> request, HttpClient client)
      throws Exception {
    report(label, n, request, client, 200);
  }

  /** Sends a warm-up of half the requests (at least 50), then {@code n} timed ones, each expected to answer {@code expected}. */
  static void report(String label, int n, IntFunction<HttpRequest> request, HttpClient client, int expected)
      throws Exception {
    for (int i = 0; i < Math.max(50, n / 2); i++) {
      check(client.send(request.apply(i), HttpResponse.BodyHandlers.ofString()), expected);
    }
    double[] millis = new double[n];
    long bytes = 0;
    for (int i = 0; i < n; i++) {
      long start = System.nanoTime();
      HttpResponse<String> response = client.send(request.apply(Math.max(50, n / 2) + i),
          HttpResponse.BodyHandlers.ofString());
      millis[i] = (System.nanoTime() - start) / 1e6;
      check(response, expected);
      bytes += response.body().length();
    }
    Arrays.sort(millis);
    System.out.printf("%-50s n=%d  p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  max=%.1f ms  (avg body %d chars)%n",
        label, n, pct(millis, 50), pct(millis, 95), pct(millis, 99), millis[n - 1], bytes / n);
  }

  private static void check(HttpResponse<String> response, int expected) {
    if (response.statusCode() != expected) {
      throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": "
          + response.body().substring(0, Math.min(300, response.body().length())));
    }
  }

  private static double pct(double[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  private HttpLoadBenchmark() {}
}

package fr.hen.bench;

import fr.hen.HenApplication;
import fr.hen.platform.Role;
import fr.hen.platform.UserAccounts;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bed board load harness (issue 11, see BENCHMARKS.md): HEN on PostgreSQL with the demo network and a 1,000-bed
 * hospital (85 % occupied),
 * 200 planned admissions and 20,000 bed status changes of history, then sequential requests on loopback (client-side
 * time, an upper bound of the server time) for the board page, its htmx fragment (what a live refresh fetches), a
 * filtered board and the wall screen; and the live path: a bed status change through the API until the board stream
 * (server-sent events) of a signed-in page announces it. Prints p50/p95/p99.
 */
public final class BoardLoadBenchmark {

  private static final String PG = System.getenv().getOrDefault("HEN_TEST_PG", "127.0.0.1:5432");
  private static final String DB = "hen_bench_board";

  public static void main(String[] args) throws Exception {
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + PG + "/postgres", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + DB + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + DB);
    }
    ConfigurableApplicationContext context = new SpringApplicationBuilder(HenApplication.class)
        .run("--demo", "--spring.datasource.url=jdbc:postgresql://" + PG + "/" + DB, "--spring.datasource.username=postgres",
            "--spring.datasource.password=", "--server.port=0", "--hen.hl7.port=0", "--logging.level.root=WARN");
    try {
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      long hospital = BenchData.addHospital(jdbc, 1_000);
      addQueueAndHistory(jdbc, hospital);
      jdbc.execute("ANALYZE");
      jdbc.execute("CHECKPOINT");
      context.getBean(UserAccounts.class).create(new UserAccounts.NewAccount("bench-bm", "bench-password", "Bench",
          null, hospital, Set.of(Role.BED_MANAGER)));
      String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
      System.out.printf("beds: %d, planned admissions: %d, bed status history rows: %d%n",
          jdbc.queryForObject("SELECT COUNT(*) FROM bed", Long.class),
          jdbc.queryForObject("SELECT COUNT(*) FROM planned_admission", Long.class),
          jdbc.queryForObject("SELECT COUNT(*) FROM bed_status_history", Long.class));

      HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NORMAL).build();
      HttpLoadBenchmark.signIn(browser, base, "bench-bm", "bench-password");
      String page = browser.send(HttpRequest.newBuilder(URI.create(base + "/beds")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      if (page.split("class=\"bed bed-", -1).length - 1 != 1_000) {
        throw new IllegalStateException("the board does not show the 1,000 beds: " + page.substring(0,
            Math.min(500, page.length())));
      }
      HttpLoadBenchmark.report("board page (1,000 beds)", requests,
          i -> HttpRequest.newBuilder(URI.create(base + "/beds")).build(), browser);
      HttpLoadBenchmark.report("board fragment (live refresh, 1,000 beds)", requests,
          i -> HttpRequest.newBuilder(URI.create(base + "/beds")).header("HX-Request", "true").build(), browser);
      HttpLoadBenchmark.report("board filtered (status=FREE)", requests,
          i -> HttpRequest.newBuilder(URI.create(base + "/beds?status=FREE")).build(), browser);
      HttpLoadBenchmark.report("wall screen (1,000 beds)", requests,
          i -> HttpRequest.newBuilder(URI.create(base + "/beds/wall")).build(), browser);
      live(jdbc, hospital, base, browser, Math.max(50, requests / 2));
    } finally {
      context.close();
    }
  }

  /** Times a bed blocked (or unblocked) through the API until the page's board stream announces it. */
  private static void live(JdbcTemplate jdbc, long hospital, String base, HttpClient browser, int n)
      throws Exception {
    BlockingQueue<Long> events = new LinkedBlockingQueue<>();
    browser.sendAsync(HttpRequest.newBuilder(URI.create(base + "/beds/stream")).build(),
        HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(line -> {
          if (line.equals("event:board")) {
            events.add(System.nanoTime());
          }
        }));
    Thread.sleep(500);
    long bed = jdbc.queryForObject("""
        SELECT MIN(b.id) FROM bed b JOIN room r ON r.id = b.room_id JOIN unit u ON u.id = r.unit_id
        WHERE u.organisation_id = ? AND b.status = 'FREE'""", Long.class, hospital);
    HttpClient api = HttpClient.newHttpClient();
    String basic = "Basic " + Base64.getEncoder().encodeToString("bench-bm:bench-password"
        .getBytes(StandardCharsets.UTF_8));
    double[] millis = new double[n];
    for (int i = 0; i < n + 10; i++) {
      String body = i % 2 == 0 ? "{\"action\":\"BLOCK\",\"reason\":\"Bench\"}" : "{\"action\":\"UNBLOCK\"}";
      events.clear();
      long start = System.nanoTime();
      HttpResponse<String> response = api.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/beds/" + bed
              + "/status")).header("Authorization", basic).header("Content-Type", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("status change answered " + response.statusCode() + ": " + response.body());
      }
      Long heard = events.poll(5, TimeUnit.SECONDS);
      if (heard == null) {
        throw new IllegalStateException("the board stream did not announce change " + i + " within 5 s");
      }
      if (i >= 10) {
        millis[i - 10] = (heard - start) / 1e6;
      }
      Thread.sleep(150); // let the stream's 100 ms gathering window close, so each change is timed on its own
    }
    Arrays.sort(millis);
    System.out.printf("%-50s n=%d  p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  max=%.1f ms%n",
        "change through the API -> board stream event", n, pct(millis, 50), pct(millis, 95), pct(millis, 99),
        millis[n - 1]);
  }

  private static double pct(double[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  /** 200 planned admissions over the next week (half with a wished unit) and 20,000 status changes over 30 days. */
  private static void addQueueAndHistory(JdbcTemplate jdbc, long hospital) {
    Timestamp now = Timestamp.valueOf(LocalDateTime.now());
    List<Long> units = jdbc.queryForList("SELECT id FROM unit WHERE organisation_id = ?", Long.class, hospital);
    jdbc.batchUpdate("""
        INSERT INTO planned_admission (organisation_id, status, planned_date, nights, specialism, sex, age, unit_id,
            created_at, created_by) VALUES (?, 'PLANNED', ?, ?, 'INTERNAL_MEDICINE', ?, ?, ?, ?, 'bench')""",
        java.util.stream.IntStream.range(0, 200).mapToObj(i -> new Object[] {hospital,
            java.sql.Date.valueOf(LocalDate.now().plusDays(i % 7)), 1 + i % 9, i % 2 == 0 ? "F" : "M", 30 + i % 60,
            i % 2 == 0 ? units.get(i % units.size()) : null, now}).toList());
    List<Long> beds = jdbc.queryForList("""
        SELECT b.id FROM bed b JOIN room r ON r.id = b.room_id JOIN unit u ON u.id = r.unit_id
        WHERE u.organisation_id = ?""", Long.class, hospital);
    String[][] cycle = {{"OCCUPIED", "CLEANING"}, {"CLEANING", "FREE"}, {"FREE", "OCCUPIED"}};
    LocalDateTime start = LocalDateTime.now().minusDays(29);
    jdbc.batchUpdate("""
        INSERT INTO bed_status_history (organisation_id, bed_id, from_status, to_status, changed_at)
        VALUES (?, ?, ?, ?, ?)""", java.util.stream.IntStream.range(0, 20_000).mapToObj(i -> {
          long bed = beds.get(i % beds.size());
          int step = i / beds.size();
          String[] change = cycle[step % 3];
          return new Object[] {hospital, bed, change[0], change[1],
              Timestamp.valueOf(start.plusHours(step * 30L).plusMinutes(i % 50))};
        }).toList());
  }

  private BoardLoadBenchmark() {}
}

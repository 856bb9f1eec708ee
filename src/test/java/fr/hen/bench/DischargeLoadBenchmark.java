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
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Load harness of discharge coordination (see BENCHMARKS.md): starts HEN on PostgreSQL ({@code hen_bench}) with the
 * demo network, adds 2,000 partners with a year of referrals and a hospital of about 1,000 in-hospital patients with
 * their plans and open referrals, then times sequential HTTP requests on loopback: partner matching, the discharge
 * worklist (API and page) and a referral sent to 5 partners ({@code POST /api/v1/referrals}, skipped while that
 * endpoint is absent).
 */
public final class DischargeLoadBenchmark {

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
      List<String> partners = DischargeBenchData.addPartners(jdbc, 2_000);
      long hospital = BenchData.addHospital(jdbc, 1_200);
      DischargeBenchData.addHistory(jdbc, hospital, 20_000);
      List<Long> stays = DischargeBenchData.addPlans(jdbc, hospital);
      jdbc.execute("ANALYZE");
      jdbc.execute("CHECKPOINT");
      UserAccounts accounts = context.getBean(UserAccounts.class);
      accounts.create(new UserAccounts.NewAccount("bench-dc", "bench-password", "Bench", null, hospital,
          Set.of(Role.DISCHARGE_COORDINATOR)));
      String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
      System.out.printf("partners (active, not DAC): %d, in-hospital patients: %d, referrals: %d%n",
          jdbc.queryForObject("SELECT COUNT(*) FROM organisation WHERE active AND type NOT IN ('HOSPITAL', "
              + "'NETWORK', 'DAC') AND partnership_status <> 'PROSPECT'", Long.class), stays.size(),
          jdbc.queryForObject("SELECT COUNT(*) FROM referral", Long.class));

      HttpClient api = HttpClient.newHttpClient();
      String basic = "Basic " + Base64.getEncoder().encodeToString("bench-dc:bench-password"
          .getBytes(StandardCharsets.UTF_8));
      // Plans past the referral scenario's stays: with needs or not, a destination type or not.
      List<Long> matched = stays.subList(DischargeBenchData.SEND_STAYS, DischargeBenchData.SEND_STAYS + 16);
      HttpLoadBenchmark.report("partner matching (API, 2,000 partners)", requests, i -> HttpRequest.newBuilder(
          URI.create(base + "/api/v1/stays/" + matched.get(i % matched.size()) + "/partner-matches"))
          .header("Authorization", basic).build(), api);
      String[] filters = {"", "state=READY", "page=3", "q=b1", "state=DAC", "unit=U7"};
      HttpLoadBenchmark.report("discharge worklist (API, ~1,000 in-hospital patients)", requests,
          i -> HttpRequest.newBuilder(URI.create(base + "/api/v1/discharge/worklist?" + filters[i % filters.length]))
              .header("Authorization", basic).build(), api);

      HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NORMAL).build();
      HttpLoadBenchmark.signIn(browser, base, "bench-dc", "bench-password");
      HttpLoadBenchmark.report("discharge worklist page (server-rendered)", Math.max(50, requests / 2),
          i -> HttpRequest.newBuilder(URI.create(base + "/discharge?" + filters[i % filters.length])).build(),
          browser);
      HttpLoadBenchmark.report("partners page (server-rendered)", Math.max(50, requests / 2),
          i -> HttpRequest.newBuilder(URI.create(base + "/stays/" + matched.get(i % matched.size()) + "/partners"))
              .build(), browser);

      referrals(api, base, basic, stays, partners, requests);
    } finally {
      context.close();
    }
  }

  /** A referral to 5 partners per request, each for a stay of its own (warm-up included). */
  private static void referrals(HttpClient api, String base, String basic, List<Long> stays, List<String> partners,
      int requests) throws Exception {
    HttpResponse<String> probe = api.send(post(base, basic, stays.get(0), partners, 0),
        HttpResponse.BodyHandlers.ofString());
    if (probe.statusCode() == 404 || probe.statusCode() == 405) {
      System.out.println("referral to 5 partners: skipped, POST /api/v1/referrals answers " + probe.statusCode()
          + " (the referrals part is not merged)");
      return;
    }
    int n = Math.min(Math.max(50, requests / 4), (DischargeBenchData.SEND_STAYS - 1) * 2 / 3);
    HttpLoadBenchmark.report("referral to 5 partners (POST /api/v1/referrals)", n,
        i -> post(base, basic, stays.get(1 + i), partners, 1 + i), api, 201);
  }

  private static HttpRequest post(String base, String basic, long stay, List<String> partners, int i) {
    StringBuilder codes = new StringBuilder();
    for (int k = 0; k < 5; k++) {
      codes.append(k == 0 ? "" : ",").append('"').append(partners.get((i * 5 + k) % partners.size())).append('"');
    }
    String body = "{\"stay_id\":%d,\"partner_codes\":[%s],\"summary\":\"Patiente de 76 ans, sortie à organiser.\"}"
        .formatted(stay, codes);
    return HttpRequest.newBuilder(URI.create(base + "/api/v1/referrals")).header("Authorization", basic)
        .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  private DischargeLoadBenchmark() {}
}

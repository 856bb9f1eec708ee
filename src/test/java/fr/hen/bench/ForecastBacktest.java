package fr.hen.bench;

import fr.hen.HenApplication;
import fr.hen.planning.forecast.Backtest;
import fr.hen.planning.forecast.ForecastService;
import fr.hen.platform.SystemActor;
import fr.hen.platform.SystemActors;
import fr.hen.stays.StayFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Backtest of the occupancy forecast over the demo history (see BENCHMARKS.md): starts HEN with {@code --demo} on a
 * fresh H2 file database (the README's default), then for each demo hospital replays the forecast from each day of
 * the last {@code -Dbench.weeks} weeks (8 by default) and prints the mean absolute error per horizon day beside the
 * naive forecast (same weekday last week) and the share of census values within the 10th–90th percentile band.
 */
public final class ForecastBacktest {

  public static void main(String[] args) throws Exception {
    int weeks = Integer.getInteger("bench.weeks", 8);
    Path dir = Files.createTempDirectory("hen-forecast-backtest");
    ConfigurableApplicationContext context = new SpringApplicationBuilder(HenApplication.class)
        .run("--demo", "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("hen")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "--server.port=0", "--logging.level.root=WARN");
    try {
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      ForecastService service = context.getBean(ForecastService.class);
      StayFacts stays = context.getBean(StayFacts.class);
      SystemActor actor = SystemActor.of("forecast-backtest", StayFacts.READ_RIGHT);
      LocalDate lastCensusDay = LocalDate.now().minusDays(1);
      for (long organisation : SystemActors.run(actor, stays::organisationsWithStays)) {
        String name = jdbc.queryForObject("SELECT code || ' ' || name FROM organisation WHERE id = ?", String.class,
            organisation);
        long start = System.nanoTime();
        Backtest.Result r = SystemActors.run(actor, () -> service.backtest(organisation, lastCensusDay, weeks));
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%n%s: %d origins %s … %s (%d ms)%n", name, r.origins(), r.firstOrigin(), r.lastOrigin(),
            ms);
        System.out.println("| horizon | MAE forecast (hospital) | MAE naive (hospital) | census in band | "
            + "MAE forecast (per unit) | MAE naive (per unit) |");
        System.out.println("|---|---|---|---|---|---|");
        List<Backtest.Horizon> total = r.total();
        for (int i = 0; i < total.size(); i++) {
          Backtest.Horizon h = total.get(i);
          Backtest.Horizon u = r.units().get(i);
          System.out.printf("| %d | %.2f | %.2f | %.0f %% | %.2f | %.2f |%n", h.day(), h.modelMae(), h.naiveMae(),
              100 * h.coverage(), u.modelMae(), u.naiveMae());
        }
      }
    } finally {
      context.close();
    }
  }
}

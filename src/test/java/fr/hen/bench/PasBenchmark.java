package fr.hen.bench;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import fr.hen.planning.pas.PasAssignment;
import fr.hen.planning.pas.PasInstance;
import fr.hen.planning.pas.PasLowerBound;
import fr.hen.planning.pas.PasParser;
import fr.hen.planning.pas.PasSchedule;
import fr.hen.planning.pas.PasScoreReport;
import fr.hen.planning.pas.PasScorer;
import fr.hen.planning.pas.PasSolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * The placement optimiser on the Patient Admission Scheduling instances (see BENCHMARKS.md): one solve per
 * instance, the best score seen at 10 s and at the end (default 60 s, both counted from the start, construction
 * included), the lower bound and the gap to it, the final solution rescored by the plain scorer.
 * {@code PAS_DATA} = instance folder (default {@code ../shared/data/pas}), {@code PAS_BENCH} = instance names
 * (e.g. {@code testdata01,testdata05}; default all), {@code PAS_BENCH_SECONDS} = search seconds (default 60).
 */
public final class PasBenchmark {

  private record Point(double seconds, HardMediumSoftScore score) {}

  public static void main(String[] args) throws Exception {
    if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
      root.setLevel(ch.qos.logback.classic.Level.WARN);
    }
    Path data = Path.of(System.getenv().getOrDefault("PAS_DATA", "../shared/data/pas"));
    int seconds = Integer.parseInt(System.getenv().getOrDefault("PAS_BENCH_SECONDS", "60"));
    List<Path> files;
    String chosen = System.getenv("PAS_BENCH");
    if (chosen != null && !chosen.isBlank()) {
      files = Arrays.stream(chosen.split(",")).map(n -> data.resolve(n.strip() + ".txt")).toList();
    } else {
      try (Stream<Path> list = Files.list(data)) {
        files = list.filter(p -> p.getFileName().toString().matches("testdata\\d+\\.txt")).sorted().toList();
      }
    }
    System.out.printf("PAS benchmark: %d instance(s), %d s of search each, %d available processors, 1 solver "
        + "thread%n%n", files.size(), seconds, Runtime.getRuntime().availableProcessors());
    System.out.println("| instance | parts | beds | lower bound (soft) | at 10 s | at " + seconds
        + " s | gap to bound at " + seconds + " s | first with 0 hard, all placed | plain rescoring |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    for (Path file : files) {
      PasInstance instance = PasParser.parse(file);
      PasLowerBound bound = PasLowerBound.of(instance);
      List<Point> points = new ArrayList<>();
      long start = System.nanoTime();
      Solver<PasSchedule> solver = PasSolver.create(Duration.ofSeconds(seconds));
      solver.addEventListener(e -> points.add(new Point((System.nanoTime() - start) / 1e9, e.getNewBestSolution().getScore())));
      PasSchedule best = solver.solve(instance.toSchedule());
      HardMediumSoftScore at10 = points.stream().filter(p -> p.seconds() <= 10).reduce((a, b) -> b)
          .map(Point::score).orElse(null);
      String firstFeasible = points.stream()
          .filter(p -> p.score().hardScore() == 0 && p.score().mediumScore() == bound.medium()).findFirst()
          .map(p -> String.format(Locale.ROOT, "%.1f s", p.seconds())).orElse("never");
      HardMediumSoftScore end = best.getScore();
      PasScoreReport plain = PasScorer.score(instance, PasAssignment.of(instance, best.getDesignations()));
      long gap = bound.gap(end.hardScore(), end.mediumScore(), end.softScore());
      double relative = bound.relativeGap(gap);
      System.out.printf(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %s | %s | %s |%n", instance.name(),
          instance.parts().size(), instance.beds().size(), bound.medium() == 0 ? Long.toString(bound.soft())
              : bound.scoreText(), at10 == null ? "(constructing)" : at10, end,
          gap < 0 ? "n/a" : gap + (Double.isNaN(relative) ? "" : String.format(Locale.ROOT, " (%.0f %%)", relative)),
          firstFeasible, plain.scoreText().equals(end.toString()) ? "agrees" : "DIFFERS: " + plain.scoreText());
    }
  }
}

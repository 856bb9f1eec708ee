package fr.hen.planning;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import fr.hen.planning.pas.PasAssignment;
import fr.hen.planning.pas.PasFormatException;
import fr.hen.planning.pas.PasInstance;
import fr.hen.planning.pas.PasLowerBound;
import fr.hen.planning.pas.PasParser;
import fr.hen.planning.pas.PasSchedule;
import fr.hen.planning.pas.PasScoreReport;
import fr.hen.planning.pas.PasScorer;
import fr.hen.planning.pas.PasSolutionFile;
import fr.hen.planning.pas.PasSolver;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar hen.jar pas …}: the Patient Admission Scheduling benchmark's command line, run without starting
 * the application. {@code solve} writes the standard solution, {@code score} rescores one independently of the
 * solver; both print the lower bound and the gap to it. Exit code 0 done, 1 bad input, 2 bad usage.
 */
public final class PasCommand {

  static final String USAGE = "usage: pas solve FILE --seconds N --out SOL | pas score FILE SOL";

  private PasCommand() {}

  /** Runs {@code pas <sub-command> …}; returns the process exit code. */
  public static int run(String[] args) {
    quietLogs();
    return run(args, System.out, System.err);
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      if (args.length == 3 && args[0].equals("score")) {
        return score(Path.of(args[1]), Path.of(args[2]), out);
      }
      if (args.length == 6 && args[0].equals("solve")) {
        Map<String, String> options = Map.of(args[2], args[3], args[4], args[5]);
        if (options.size() == 2 && options.containsKey("--seconds") && options.containsKey("--out")) {
          long seconds = Long.parseLong(options.get("--seconds"));
          if (seconds > 0) {
            return solve(Path.of(args[1]), seconds, Path.of(options.get("--out")), out);
          }
        }
      }
    } catch (PasFormatException e) {
      err.println("pas: " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      err.println(USAGE);
      return 2;
    } catch (NoSuchFileException e) {
      err.println("pas: no such file: " + e.getFile());
      return 1;
    } catch (IOException e) {
      err.println("pas: cannot read or write " + e.getMessage());
      return 1;
    }
    err.println(USAGE);
    return 2;
  }

  private static PasInstance instance(Path file) throws IOException {
    try {
      return PasParser.parse(file);
    } catch (PasFormatException e) {
      throw e.inFile(file);
    }
  }

  private static int solve(Path file, long seconds, Path outFile, PrintStream out) throws IOException {
    PasInstance instance = instance(file);
    if (outFile.getParent() != null && !Files.isDirectory(outFile.getParent())) {
      throw new NoSuchFileException(outFile.getParent().toString());
    }
    out.printf("%s: %d patients, %d admission parts, %d beds, %d nights; construction, then %d s of search%n", instance.name(),
        instance.patients().size(), instance.parts().size(), instance.beds().size(), instance.nightCount(), seconds);
    long start = System.nanoTime();
    AtomicLong lastPrint = new AtomicLong();
    Solver<PasSchedule> solver = PasSolver.create(Duration.ofSeconds(seconds));
    solver.addEventListener(event -> {
      long now = System.nanoTime();
      if (now - lastPrint.get() >= 1_000_000_000L) {
        lastPrint.set(now);
        out.printf(Locale.ROOT, "%6.1f s  best %s%n", (now - start) / 1e9, event.getNewBestScore());
      }
    });
    PasSchedule best = solver.solve(instance.toSchedule());
    HardMediumSoftScore score = best.getScore();
    PasAssignment assignment = PasAssignment.of(instance, best.getDesignations());
    PasSolutionFile.write(instance, assignment, outFile);
    out.printf(Locale.ROOT, "%6.1f s  final %s, written to %s%n", (System.nanoTime() - start) / 1e9, score, outFile);
    report(instance, PasScorer.score(instance, assignment), out);
    return 0;
  }

  private static int score(Path file, Path solutionFile, PrintStream out) throws IOException {
    PasInstance instance = instance(file);
    PasAssignment assignment;
    try {
      assignment = PasSolutionFile.read(instance, solutionFile);
    } catch (PasFormatException e) {
      throw e.inFile(solutionFile);
    }
    report(instance, PasScorer.score(instance, assignment), out);
    return 0;
  }

  private static void report(PasInstance instance, PasScoreReport report, PrintStream out) {
    out.println("hard violations (" + report.hardTotal() + "):");
    report.hard().forEach((rule, cost) -> out.printf("  %-44s %d%n", rule, cost));
    out.println("medium, unplaced nights: " + report.medium());
    out.println("soft cost (" + report.softTotal() + "):");
    report.soft().forEach((rule, cost) -> out.printf("  %-44s %d%n", rule, cost));
    out.println("score " + report.scoreText());
    PasLowerBound bound = PasLowerBound.of(instance);
    long gap = bound.gap(report.hardTotal(), report.medium(), report.softTotal());
    double relative = bound.relativeGap(gap);
    out.println("lower bound " + bound.scoreText() + " (each part in its cheapest allowed bed, others ignored), gap "
        + (gap < 0 ? "n/a (hard violations or more unplaced nights than the bound)"
            : gap + " soft" + (Double.isNaN(relative) ? "" : String.format(Locale.ROOT, " (%.1f %%)", relative))));
  }

  private static void quietLogs() {
    if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
      root.setLevel(ch.qos.logback.classic.Level.WARN);
    }
  }
}

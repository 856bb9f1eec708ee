package fr.hen.planning.placement;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverJob;
import fr.hen.planning.pas.PasSchedule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/** One optimisation of a hospital: its problem, the best solution so far, the score over time, what was accepted. */
final class PlacementRun {

  enum Status { SOLVING, FINISHED, STOPPED, FAILED }

  record ScorePoint(double seconds, HardMediumSoftScore score) {}

  private final HospitalProblem problem;
  private final Instant startedAt = Instant.now();
  private final long startNanos = System.nanoTime();
  private final List<ScorePoint> progress = new ArrayList<>();
  private final Set<Long> accepted = ConcurrentHashMap.newKeySet();
  /** Beds chosen by the bed manager instead of the suggested ones: designation id → bed id (null = no bed). */
  private final Map<Long, Long> edits = new ConcurrentHashMap<>();
  private volatile PasSchedule best;
  private volatile SolverJob<PasSchedule> job;
  private volatile Status status = Status.SOLVING;
  private volatile boolean stopRequested;
  private volatile double seconds;

  PlacementRun(HospitalProblem problem) {
    this.problem = problem;
    this.best = problem.schedule();
  }

  HospitalProblem problem() {
    return problem;
  }

  Instant startedAt() {
    return startedAt;
  }

  PasSchedule best() {
    return best;
  }

  Status status() {
    return status;
  }

  double seconds() {
    return status == Status.SOLVING ? (System.nanoTime() - startNanos) / 1e9 : seconds;
  }

  synchronized List<ScorePoint> progress() {
    return List.copyOf(progress);
  }

  synchronized void improved(PasSchedule solution) {
    if (status != Status.SOLVING) {
      return;
    }
    best = solution;
    progress.add(new ScorePoint((System.nanoTime() - startNanos) / 1e9, solution.getScore()));
  }

  synchronized void ended(PasSchedule solution, boolean failed) {
    if (status != Status.SOLVING) {
      return;
    }
    if (solution != null) {
      best = solution;
    }
    seconds = (System.nanoTime() - startNanos) / 1e9;
    status = failed ? Status.FAILED : stopRequested ? Status.STOPPED : Status.FINISHED;
  }

  void job(SolverJob<PasSchedule> job) {
    this.job = job;
  }

  void requestStop() {
    stopRequested = true;
  }

  /** Ends the solve (when running) and waits for its final best solution, so that a stop answers the final state. */
  void awaitEnd() {
    SolverJob<PasSchedule> running = job;
    if (running == null) {
      return;
    }
    running.terminateEarly();
    try {
      ended(running.getFinalBestSolution(), false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      ended(null, true);
    }
  }

  Set<Long> accepted() {
    return accepted;
  }

  Map<Long, Long> edits() {
    return edits;
  }
}

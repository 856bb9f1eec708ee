package fr.hen.planning.pas;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;

/**
 * The solver configuration tuned on the benchmark instances: first fit decreasing (hardest parts first), then a tabu
 * search (entity tabu 7, best of 50 accepted moves per step) over change moves and bed chain swaps
 * ({@link BedChainSwapMoveFactory}); plain swaps and late acceptance did worse on testdata01. One thread.
 */
public final class PasSolver {

  private PasSolver() {}

  /**
   * The configuration: the construction always completes (a second or two on the benchmark), then the local search
   * runs for {@code limit} (or until stopped on demand when {@code null}).
   */
  public static SolverConfig config(Duration limit) {
    LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig()
        .withMoveSelectorConfig(new UnionMoveSelectorConfig()
            .withMoveSelectors(new ChangeMoveSelectorConfig(),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(BedChainSwapMoveFactory.class)))
        .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(7))
        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(50));
    SolverConfig config = new SolverConfig()
        .withSolutionClass(PasSchedule.class)
        .withEntityClasses(BedDesignation.class)
        .withConstraintProviderClass(PasConstraints.class)
        .withPhases(new ConstructionHeuristicPhaseConfig()
            .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING), localSearch);
    if (limit != null) {
      localSearch.setTerminationConfig(new TerminationConfig().withSpentLimit(limit));
    }
    return config;
  }

  public static Solver<PasSchedule> create(Duration limit) {
    return SolverFactory.<PasSchedule>create(config(limit)).buildSolver();
  }
}

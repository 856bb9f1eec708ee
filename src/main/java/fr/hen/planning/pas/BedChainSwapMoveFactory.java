package fr.hen.planning.pas;

import ai.timefold.solver.core.api.domain.common.Lookup;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningSolutionMetaModel;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedCollection;
import java.util.random.RandomGenerator;

/**
 * Swaps between two beds a chain of parts that overlap each other (the idea of the OptaPlanner example's pillar
 * part swap): a part of bed A, the parts of bed B that share a night with it, the parts of bed A that share a night
 * with those, and so on. The chain moves as a whole, so the swap never puts two patients in one bed on the same
 * night, and the search spends its time on moves that can improve the score. Random selection only.
 */
public final class BedChainSwapMoveFactory implements MoveIteratorFactory<PasSchedule, Move<PasSchedule>> {

  private static final int TRIES = 50;

  @Override
  public long getSize(ScoreDirector<PasSchedule> scoreDirector) {
    PasSchedule schedule = scoreDirector.getWorkingSolution();
    return (long) schedule.getDesignations().size() * schedule.getBeds().size();
  }

  @Override
  public Iterator<Move<PasSchedule>> createOriginalMoveIterator(ScoreDirector<PasSchedule> scoreDirector) {
    throw new UnsupportedOperationException("bed chain swaps are selected at random");
  }

  @Override
  public Iterator<Move<PasSchedule>> createRandomMoveIterator(ScoreDirector<PasSchedule> scoreDirector,
      RandomGenerator random) {
    Map<Bed, List<BedDesignation>> byBed = new HashMap<>();
    List<BedDesignation> movable = new ArrayList<>();
    List<BedDesignation> improvable = new ArrayList<>();
    for (BedDesignation d : scoreDirector.getWorkingSolution().getDesignations()) {
      if (d.getBed() != null) {
        byBed.computeIfAbsent(d.getBed(), b -> new ArrayList<>()).add(d);
        if (!d.isPinned()) {
          movable.add(d);
          if (d.cheaperBedCount(d.getBed()) > 0) {
            improvable.add(d);
          }
        }
      }
    }
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !movable.isEmpty();
      }

      @Override
      public Move<PasSchedule> next() {
        Move<PasSchedule> move = null;
        for (int i = 0; i < TRIES && move == null; i++) {
          // mostly a part that a cheaper room would suit, the others so that they make room
          List<BedDesignation> from = !improvable.isEmpty() && random.nextInt(4) != 0 ? improvable : movable;
          BedDesignation start = from.get(random.nextInt(from.size()));
          move = chain(start, target(start, random), byBed);
        }
        // Nothing found: a move that changes nothing, which the search never takes as an improvement.
        return move != null ? move : new ChainSwap(List.of(), null, List.of(), null);
      }
    };
  }

  /**
   * Three times out of four a bed of a room cheaper for this part than its current one (when there is such a room): the
   * search's nearby selection, since a part's soft cost depends only on its room. Otherwise any allowed bed.
   */
  static Bed target(BedDesignation start, RandomGenerator random) {
    List<Bed> byCost = start.getBedsByCost();
    if (random.nextInt(4) != 0) {
      int cheaper = start.cheaperBedCount(start.getBed());
      if (cheaper > 0) {
        return byCost.get(random.nextInt(cheaper));
      }
    }
    return byCost.get(random.nextInt(byCost.size()));
  }

  /** The chain swap of {@code start} to {@code other}, or {@code null} when a part of the chain cannot move. */
  static ChainSwap chain(BedDesignation start, Bed other, Map<Bed, List<BedDesignation>> byBed) {
    Bed bed = start.getBed();
    if (other == bed) {
      return null;
    }
    List<BedDesignation> onA = byBed.getOrDefault(bed, List.of());
    List<BedDesignation> onB = byBed.getOrDefault(other, List.of());
    LinkedHashSet<BedDesignation> fromA = new LinkedHashSet<>(List.of(start));
    LinkedHashSet<BedDesignation> fromB = new LinkedHashSet<>();
    boolean grew = true;
    while (grew) {
      grew = addOverlapping(onB, fromA, fromB) | addOverlapping(onA, fromB, fromA);
    }
    for (BedDesignation d : fromA) {
      if (d.isPinned() || !d.allows(other)) {
        return null;
      }
    }
    for (BedDesignation d : fromB) {
      if (d.isPinned() || !d.allows(bed)) {
        return null;
      }
    }
    return new ChainSwap(List.copyOf(fromA), other, List.copyOf(fromB), bed);
  }

  private static boolean addOverlapping(List<BedDesignation> candidates, LinkedHashSet<BedDesignation> against,
      LinkedHashSet<BedDesignation> into) {
    boolean grew = false;
    for (BedDesignation c : candidates) {
      if (!into.contains(c)) {
        for (BedDesignation a : against) {
          if (c.getFirstNight() < a.getEndNight() && a.getFirstNight() < c.getEndNight()) {
            into.add(c);
            grew = true;
            break;
          }
        }
      }
    }
    return grew;
  }

  private record VariableCache(PlanningSolutionMetaModel<PasSchedule> solution,
      PlanningVariableMetaModel<PasSchedule, BedDesignation, Bed> variable) {}

  private static volatile VariableCache lastVariable;

  /** Moves {@code toB} to {@code bedB} and {@code toA} to {@code bedA}. */
  record ChainSwap(List<BedDesignation> toB, Bed bedB, List<BedDesignation> toA, Bed bedA)
      implements Move<PasSchedule> {

    @Override
    public void execute(MutableSolutionView<PasSchedule> view) {
      if (toB.isEmpty()) {
        return;
      }
      PlanningVariableMetaModel<PasSchedule, BedDesignation, Bed> variable = bedVariable(view);
      for (BedDesignation d : toB) {
        view.changeVariable(variable, d, bedB);
      }
      for (BedDesignation d : toA) {
        view.changeVariable(variable, d, bedA);
      }
    }

    /** The bed variable's meta model, looked up once per solver (a move is executed thousands of times a second). */
    private static PlanningVariableMetaModel<PasSchedule, BedDesignation, Bed> bedVariable(
        MutableSolutionView<PasSchedule> view) {
      VariableCache cache = lastVariable;
      if (cache == null || cache.solution() != view.getSolutionMetaModel()) {
        cache = new VariableCache(view.getSolutionMetaModel(), view.getSolutionMetaModel()
            .genuineEntity(BedDesignation.class).basicVariable("bed", Bed.class));
        lastVariable = cache;
      }
      return cache.variable();
    }

    @Override
    public Move<PasSchedule> rebase(Lookup lookup) {
      return new ChainSwap(toB.stream().map(lookup::lookUpWorkingObject).toList(), lookup.lookUpWorkingObject(bedB),
          toA.stream().map(lookup::lookUpWorkingObject).toList(), lookup.lookUpWorkingObject(bedA));
    }

    @Override
    public SequencedCollection<Object> getPlanningEntities() {
      List<Object> entities = new ArrayList<>(toB);
      entities.addAll(toA);
      return entities;
    }

    @Override
    public SequencedCollection<Object> getPlanningValues() {
      return bedB == null ? List.of() : List.of(bedB, bedA);
    }

    @Override
    public String describe() {
      return "BedChainSwap";
    }

    @Override
    public String toString() {
      return toB + "↔" + toA;
    }
  }
}

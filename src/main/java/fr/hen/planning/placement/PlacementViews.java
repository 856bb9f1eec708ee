package fr.hen.planning.placement;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import fr.hen.planning.pas.BedDesignation;
import fr.hen.planning.pas.PasCosts;
import fr.hen.planning.pas.PasExplanation;
import fr.hen.planning.pas.PasSchedule;
import fr.hen.planning.placement.PlacementView.PlacementBedOption;
import fr.hen.planning.placement.PlacementView.PlacementReason;
import fr.hen.planning.placement.PlacementView.PlacementSuggestion;
import fr.hen.planning.placement.PlacementView.PlacementTransfer;
import fr.hen.stays.BedOccupancy.Occupant;
import fr.hen.stays.HospitalBeds.BedFact;
import fr.hen.stays.PlannedAdmissions.PlannedAdmissionFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A run as the bed manager sees it: a suggestion per planned admission, and the in-hospital patients that the best
 * solution puts in another bed than theirs (transfers), each with its cost by level and the rules it breaks.
 */
final class PlacementViews {

  private PlacementViews() {}

  static PlacementView of(PlacementRun run, HardMediumSoftScore score) {
    HospitalProblem problem = run.problem();
    PasSchedule best = run.best();
    Map<BedDesignation, List<PlacementReason>> reasons = reasons(best);
    List<PlacementSuggestion> suggestions = new ArrayList<>();
    List<PlacementTransfer> transfers = new ArrayList<>();
    int inHospital = 0;
    for (BedDesignation d : best.getDesignations()) {
      List<PlacementReason> why = reasons.getOrDefault(d, List.of());
      PlannedAdmissionFact a = problem.admissionOf(d);
      if (a == null) {
        inHospital++;
        Occupant o = problem.occupantOf(d);
        if (o != null && d.getBed() != null && d.getBed() != d.getCurrentBed()) {
          transfers.add(transfer(problem, d, o, why));
        }
        continue;
      }
      BedFact bed = problem.bedOf(d.getBed());
      suggestions.add(new PlacementSuggestion(a.id(), a.plannedDate(), a.nights(), a.specialism(), a.sex(), a.age(),
          bed == null ? null : bed.bedId(), bed == null ? null : bed.label(), bed == null ? null : bed.unitCode(),
          run.edits().containsKey(d.getId()), d.isPinned(), run.accepted().contains(a.id()), sum(why, "hard"),
          sum(why, "medium"), sum(why, "soft"), why, options(problem, d)));
    }
    suggestions.sort(Comparator.comparing(PlacementSuggestion::plannedDate)
        .thenComparingLong(PlacementSuggestion::plannedAdmissionId));
    transfers.sort(Comparator.comparing(PlacementTransfer::fromUnitCode).thenComparing(PlacementTransfer::fromBedLabel));
    return new PlacementView(run.status().name(), problem.today(), problem.nights(), run.startedAt(), run.seconds(),
        score == null ? null : score.toString(), score == null || score.hardScore() == 0, inHospital,
        problem.transfers(), run.progress().stream().map(p -> new PlacementView.PlacementProgress(p.seconds(),
            p.score().hardScore(), p.score().mediumScore(), p.score().softScore())).toList(), suggestions,
        transfers);
  }

  private static PlacementTransfer transfer(HospitalProblem problem, BedDesignation d, Occupant o,
      List<PlacementReason> why) {
    BedFact from = problem.bedOf(d.getCurrentBed());
    BedFact to = problem.bedOf(d.getBed());
    return new PlacementTransfer(o.stayId(), o.sex(), o.age(), d.getPart().specialism().name(), d.getNights(),
        from.bedId(), from.label(), from.unitCode(), to.bedId(), to.label(), to.unitCode(), sum(why, "hard"),
        sum(why, "medium"), sum(why, "soft"), why);
  }

  private static Map<BedDesignation, List<PlacementReason>> reasons(PasSchedule schedule) {
    Map<BedDesignation, List<PlacementReason>> reasons = new HashMap<>();
    PasExplanation.of(schedule.getDesignations()).forEach((d, why) -> reasons.put(d, why.stream()
        .map(r -> new PlacementReason(r.rule(), r.level(), r.cost())).toList()));
    return reasons;
  }

  private static long sum(List<PlacementReason> reasons, String level) {
    return reasons.stream().filter(r -> r.level().equals(level)).mapToLong(PlacementReason::cost).sum();
  }

  private static List<PlacementBedOption> options(HospitalProblem problem, BedDesignation d) {
    if (d.isPinned()) {
      return List.of();
    }
    return d.getBedsByCost().stream().limit(25).map(b -> new PlacementBedOption(b.id(), b.label(),
        problem.bedOf(b).unitCode(), PasCosts.softPerNight(d.getPart(), b.room()))).toList();
  }
}

package fr.hen.planning.placement;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolutionUpdatePolicy;
import ai.timefold.solver.core.api.solver.SolverManager;
import fr.hen.planning.PlanningAuditTypes;
import fr.hen.planning.pas.Bed;
import fr.hen.planning.pas.BedDesignation;
import fr.hen.planning.pas.PasSchedule;
import fr.hen.planning.pas.PasSolver;
import fr.hen.platform.Actor;
import fr.hen.platform.AuditAction;
import fr.hen.platform.AuditLog;
import fr.hen.platform.ConflictException;
import fr.hen.platform.InvalidFieldException;
import fr.hen.platform.NotFoundException;
import fr.hen.stays.BedOccupancy;
import fr.hen.stays.HospitalBeds;
import fr.hen.stays.PlannedAdmissions;
import fr.hen.stays.PlannedAdmissions.PlannedAdmissionFact;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The placement optimiser of a hospital: one background solve per hospital at a time (Timefold's SolverManager),
 * progress and best suggestions readable while it runs, stop on demand, then accept a suggestion (the bed is
 * reserved through the planned admissions API) or choose another bed (its cost recomputed). For the bed manager of
 * the hospital only; runs are kept in memory (a restart forgets them; reservations made are in the database).
 */
@Service
@PreAuthorize("hasRole('BED_MANAGER')")
class PlacementService {

  private final HospitalBeds hospitalBeds;
  private final BedOccupancy occupancy;
  private final PlannedAdmissions plannedAdmissions;
  private final AuditLog audit;
  private final SolverManager<PasSchedule> solverManager;
  private final SolutionManager<PasSchedule, HardMediumSoftScore> solutionManager;
  private final int nights;
  private final Map<Long, PlacementRun> runs = new ConcurrentHashMap<>();

  PlacementService(HospitalBeds hospitalBeds, BedOccupancy occupancy, PlannedAdmissions plannedAdmissions,
      AuditLog audit, @Value("${hen.placement.seconds:30}") int seconds, @Value("${hen.placement.nights:14}") int nights) {
    this.hospitalBeds = hospitalBeds;
    this.occupancy = occupancy;
    this.plannedAdmissions = plannedAdmissions;
    this.audit = audit;
    this.nights = nights;
    this.solverManager = SolverManager.create(PasSolver.config(Duration.ofSeconds(seconds)));
    this.solutionManager = SolutionManager.create(solverManager);
  }

  @PreDestroy
  void close() {
    solverManager.close();
  }

  /**
   * Starts optimising the coming nights of the actor's hospital, the in-hospital patients pinned to their beds or,
   * with {@code transfers}, free to move at a cost; a second start while one runs is a conflict.
   */
  @Transactional
  PlacementView start(Actor actor, boolean transfers) {
    long org = actor.organisationId();
    LocalDate today = LocalDate.now();
    List<PlannedAdmissionFact> queue = plannedAdmissions.queue(actor, today.minusDays(60), today.plusDays(nights - 1));
    HospitalProblem problem = HospitalProblem.of(today, nights, hospitalBeds.beds(actor), occupancy.occupants(actor),
        queue, transfers);
    PlacementRun run = new PlacementRun(problem);
    runs.compute(org, (id, old) -> {
      if (old != null && old.status() == PlacementRun.Status.SOLVING) {
        throw new ConflictException("placement-running", "An optimisation of this hospital is running");
      }
      return run;
    });
    audit.record(actor, AuditAction.CREATE, PlanningAuditTypes.PLACEMENT, Long.toString(org), null,
        "optimisation started: " + problem.admissions().size() + " planned admissions, " + nights + " nights"
            + (transfers ? ", transfers allowed" : ""));
    run.job(solverManager.solveBuilder().withProblemId(org).withProblem(problem.schedule())
        .withBestSolutionEventConsumer(event -> run.improved(event.solution()))
        .withFinalBestSolutionEventConsumer(event -> run.ended(event.solution(), false))
        .withExceptionHandler((id, error) -> run.ended(null, true))
        .run());
    return view(actor);
  }

  /** Stops the running optimisation of the actor's hospital (nothing when none runs); its best result stays. */
  @Transactional
  PlacementView stop(Actor actor) {
    PlacementRun run = runs.get(actor.organisationId());
    if (run != null && run.status() == PlacementRun.Status.SOLVING) {
      run.requestStop();
      run.awaitEnd();
      audit.record(actor, AuditAction.UPDATE, PlanningAuditTypes.PLACEMENT, Long.toString(actor.organisationId()),
          null, "optimisation stopped");
    }
    return view(actor);
  }

  /**
   * The last run of the actor's hospital with its suggestions and transfers; status {@code NONE} when none since the
   * start-up.
   */
  PlacementView view(Actor actor) {
    PlacementRun run = runs.get(actor.organisationId());
    if (run == null) {
      return new PlacementView("NONE", LocalDate.now(), nights, null, 0, null, true, 0, false, List.of(), List.of(),
          List.of());
    }
    PasSchedule best = run.best();
    HardMediumSoftScore score = run.status() == PlacementRun.Status.SOLVING ? best.getScore()
        : solutionManager.update(best, SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
    return PlacementViews.of(run, score);
  }

  /**
   * Reserves a bed for this planned admission through the planned admissions API (which checks that both are the
   * hospital's, 404 otherwise, and that the bed suits and is free, 409 otherwise): the given bed, or the one the last
   * optimisation suggests. Accepting again changes nothing.
   */
  PlacementView accept(Actor actor, long plannedAdmissionId, Long bedId) {
    PlacementRun run = runs.get(actor.organisationId());
    long bed;
    if (bedId != null) {
      bed = bedId;
    } else {
      if (run == null) {
        throw new NotFoundException("PlannedAdmission", plannedAdmissionId);
      }
      BedDesignation d = designation(run, plannedAdmissionId);
      if (d.getBed() == null) {
        throw new ConflictException("no-bed-suggested", "No bed is suggested for this planned admission");
      }
      bed = d.getBed().id();
    }
    plannedAdmissions.reserve(actor, plannedAdmissionId, bed);
    if (run != null) {
      run.accepted().add(plannedAdmissionId);
    }
    return view(actor);
  }

  /** Accepts every suggestion with a bed not yet accepted nor reserved; returns those that could not be reserved. */
  Map<Long, String> acceptAll(Actor actor) {
    PlacementRun run = runs.get(actor.organisationId());
    Map<Long, String> refused = new HashMap<>();
    if (run == null) {
      return refused;
    }
    for (BedDesignation d : run.best().getDesignations()) {
      PlannedAdmissionFact a = run.problem().admissionOf(d);
      if (a == null || d.getBed() == null || d.isPinned() || run.accepted().contains(a.id())) {
        continue;
      }
      try {
        plannedAdmissions.reserve(actor, a.id(), d.getBed().id());
        run.accepted().add(a.id());
      } catch (ConflictException e) {
        refused.put(a.id(), e.code());
      }
    }
    return refused;
  }

  /** The bed manager puts this planned admission in another bed (or none); the costs are recomputed. */
  PlacementView choose(Actor actor, long plannedAdmissionId, Long bedId) {
    PlacementRun run = run(actor);
    if (run.status() == PlacementRun.Status.SOLVING) {
      throw new ConflictException("placement-running", "Stop the optimisation before changing a suggestion");
    }
    BedDesignation d = designation(run, plannedAdmissionId);
    if (d.isPinned()) {
      throw new ConflictException("bed-reserved", "A bed is already reserved for this planned admission");
    }
    Bed bed = null;
    if (bedId != null) {
      bed = run.best().getBeds().stream().filter(b -> b.id() == bedId).findFirst()
          .orElseThrow(() -> new NotFoundException("Bed", bedId));
      if (!d.allows(bed)) {
        throw new InvalidFieldException("bed_id",
            "This bed does not suit the patient (sex policy, unit age limits or equipment)");
      }
    }
    d.setBed(bed);
    run.edits().put(d.getId(), bedId);
    run.accepted().remove(plannedAdmissionId);
    return view(actor);
  }

  private PlacementRun run(Actor actor) {
    PlacementRun run = runs.get(actor.organisationId());
    if (run == null) {
      throw new NotFoundException("Placement", actor.organisationId());
    }
    return run;
  }

  private static BedDesignation designation(PlacementRun run, long plannedAdmissionId) {
    return run.best().getDesignations().stream().filter(d -> {
      PlannedAdmissionFact a = run.problem().admissionOf(d);
      return a != null && a.id() == plannedAdmissionId;
    }).findFirst().orElseThrow(() -> new NotFoundException("PlannedAdmission", plannedAdmissionId));
  }
}

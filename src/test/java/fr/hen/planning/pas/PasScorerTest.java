package fr.hen.planning.pas;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolutionUpdatePolicy;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The plain scorer and Timefold's constraints are written apart; they must agree on any assignment, including ones
 * full of broken hard rules, and on the solver's own result read back from the solution file.
 */
class PasScorerTest {

  static PasInstance instance(String name) throws Exception {
    return PasParser.parse(Path.of(PasScorerTest.class.getResource("/pas/" + name + ".txt").toURI()));
  }

  private static HardMediumSoftScore timefoldScore(PasSchedule schedule) {
    SolutionManager<PasSchedule, HardMediumSoftScore> manager =
        SolutionManager.create(SolverFactory.create(PasSolver.config(Duration.ofSeconds(1))));
    return manager.update(schedule, SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
  }

  private static HardMediumSoftScore plainScore(PasInstance instance, PasSchedule schedule) {
    PasScoreReport report = PasScorer.score(instance, PasAssignment.of(instance, schedule.getDesignations()));
    return HardMediumSoftScore.of(report.hardTotal(), report.medium(), report.softTotal());
  }

  /** The problem with every bed allowed to every part, so that hard rules can be broken. */
  private static PasSchedule anyBed(PasInstance instance) {
    List<BedDesignation> designations = instance.parts().stream()
        .map(p -> new BedDesignation(p.id(), p, instance.beds())).toList();
    return new PasSchedule(instance.nightCount(), instance.departments(), instance.rooms(), instance.beds(),
        instance.patients(), designations);
  }

  @Test
  void randomAssignmentsWithEveryKindOfViolation_scoreTheSameInBoth() throws Exception {
    for (String name : List.of("testdata01", "testdata07")) {
      PasInstance instance = instance(name);
      Random random = new Random(42);
      PasSchedule schedule = anyBed(instance);
      for (BedDesignation d : schedule.getDesignations()) {
        // any bed of the hospital (not only allowed ones), a tenth left unplaced
        d.setBed(random.nextInt(10) == 0 ? null : instance.beds().get(random.nextInt(instance.beds().size())));
      }
      HardMediumSoftScore plain = plainScore(instance, schedule);
      assertThat(plain.hardScore()).as(name).isLessThan(-100_000);
      assertThat(plain.mediumScore()).as(name).isLessThan(0);
      assertThat(timefoldScore(schedule)).as(name).isEqualTo(plain);
    }
  }

  @Test
  void explanationPerDesignation_addsUpToTheSolversScore() throws Exception {
    PasInstance instance = instance("testdata07");
    Random random = new Random(3);
    PasSchedule schedule = anyBed(instance);
    for (BedDesignation d : schedule.getDesignations()) {
      d.setBed(random.nextInt(10) == 0 ? null : instance.beds().get(random.nextInt(instance.beds().size())));
    }
    long[] levels = new long[3];
    PasExplanation.of(schedule.getDesignations()).values().forEach(reasons -> reasons.forEach(r -> {
      int level = switch (r.level()) {
        case "hard" -> 0;
        case "medium" -> 1;
        default -> 2;
      };
      levels[level] += r.shared() ? r.cost() : 2 * r.cost();
    }));
    assertThat(HardMediumSoftScore.of(-levels[0] / 2, -levels[1] / 2, -levels[2] / 2))
        .isEqualTo(timefoldScore(schedule));
  }

  @Test
  void everyHardRuleOfTestdata07_isSeenByBothScorers() throws Exception {
    PasInstance instance = instance("testdata07");
    Random random = new Random(7);
    PasSchedule schedule = anyBed(instance);
    schedule.getDesignations().forEach(d -> d.setBed(instance.beds().get(random.nextInt(instance.beds().size()))));
    PasScoreReport report = PasScorer.score(instance, PasAssignment.of(instance, schedule.getDesignations()));
    assertThat(report.hard()).allSatisfy((rule, cost) -> assertThat(cost).as(rule).isNegative());
    assertThat(report.soft()).allSatisfy((rule, cost) -> assertThat(cost).as(rule).isNegative());
  }

  @Test
  void solvedSolution_writtenAndReadBack_scoresAsTheSolverSaid() throws Exception {
    PasInstance instance = instance("testdata07");
    PasSchedule solved = PasSolver.create(Duration.ofSeconds(3)).solve(instance.toSchedule());
    assertThat(solved.getScore().hardScore()).isZero();
    StringWriter file = new StringWriter();
    PasSolutionFile.write(instance, PasAssignment.of(instance, solved.getDesignations()), file);
    List<String> lines = file.toString().lines().toList();
    assertThat(lines).hasSize(instance.patients().size());
    PasScoreReport report = PasScorer.score(instance, PasSolutionFile.read(instance, lines));
    assertThat(HardMediumSoftScore.of(report.hardTotal(), report.medium(), report.softTotal()))
        .isEqualTo(solved.getScore());
  }

  @Test
  void twoPatientsInOneBed_and_aManAmongWomen_costAsPublished() {
    Room sameGender = PasFixtures.room(PasFixtures.ANY_AGE, 2, GenderPolicy.SAME_GENDER,
        java.util.Map.of(PasFixtures.CARDIOLOGY, 1), 0);
    Bed bed = PasFixtures.bed(sameGender);
    Patient man = PasFixtures.patient(Gender.MALE, 40);
    Patient woman = PasFixtures.patient(Gender.FEMALE, 40);
    AdmissionPart a = new AdmissionPart(0, man, 0, 3, PasFixtures.CARDIOLOGY);
    AdmissionPart b = new AdmissionPart(1, woman, 1, 4, PasFixtures.CARDIOLOGY);
    PasInstance instance = new PasInstance("tiny", 5, List.of(PasFixtures.CARDIOLOGY), List.of(),
        List.of(PasFixtures.ANY_AGE), List.of(sameGender), List.of(bed), List.of(man, woman), List.of(a, b));
    PasAssignment assignment = new PasAssignment(java.util.Map.of(man, new Bed[] {bed, bed, bed},
        woman, new Bed[] {bed, bed, null}));
    PasScoreReport report = PasScorer.score(instance, assignment);
    // nights 1 and 2 shared: −1000 × 2 for the bed, −1000 × 2 for the sexes; night 3 of the woman unplaced
    assertThat(report.hard().get(PasConstraints.SAME_BED_IN_SAME_NIGHT)).isEqualTo(-2000);
    assertThat(report.hard().get(PasConstraints.DIFFERENT_GENDER_IN_SAME_GENDER_ROOM)).isEqualTo(-2000);
    assertThat(report.medium()).isEqualTo(-1);
    assertThat(report.softTotal()).isZero();
  }
}

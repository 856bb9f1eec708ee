package fr.hen.planning.pas;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.List;

/** The planning solution: the structure (facts) and one {@link BedDesignation} per admission part. */
@PlanningSolution
public class PasSchedule {

  private int nightCount;
  @ProblemFactCollectionProperty
  private List<Department> departments;
  @ProblemFactCollectionProperty
  private List<Room> rooms;
  @ProblemFactCollectionProperty
  private List<Bed> beds;
  @ProblemFactCollectionProperty
  private List<Patient> patients;
  @PlanningEntityCollectionProperty
  private List<BedDesignation> designations;
  @PlanningScore
  private HardMediumSoftScore score;

  /** For Timefold's cloning. */
  public PasSchedule() {}

  public PasSchedule(int nightCount, List<Department> departments, List<Room> rooms, List<Bed> beds,
      List<Patient> patients, List<BedDesignation> designations) {
    this.nightCount = nightCount;
    this.departments = departments;
    this.rooms = rooms;
    this.beds = beds;
    this.patients = patients;
    this.designations = designations;
  }

  public int getNightCount() {
    return nightCount;
  }

  public List<Department> getDepartments() {
    return departments;
  }

  public List<Room> getRooms() {
    return rooms;
  }

  public List<Bed> getBeds() {
    return beds;
  }

  public List<Patient> getPatients() {
    return patients;
  }

  public List<BedDesignation> getDesignations() {
    return designations;
  }

  public HardMediumSoftScore getScore() {
    return score;
  }

  public void setScore(HardMediumSoftScore score) {
    this.score = score;
  }
}

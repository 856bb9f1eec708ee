package fr.hen.planning.placement;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.planning.pas.Bed;
import fr.hen.planning.pas.BedDesignation;
import fr.hen.planning.pas.Department;
import fr.hen.planning.pas.GenderPolicy;
import fr.hen.stays.BedOccupancy.Occupant;
import fr.hen.stays.BedStatus;
import fr.hen.stays.HospitalBeds.BedFact;
import fr.hen.stays.PlannedAdmissions.PlannedAdmissionFact;
import fr.hen.stays.PlannedAdmissions.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a hospital becomes a Patient Admission Scheduling problem. */
class HospitalProblemTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  static BedFact bed(long id, long room, String policy, BedStatus status, Set<String> equipment) {
    return new BedFact(id, "A" + id, room, "R" + room, 2, policy, equipment, 1, "ONCA", "MEDICAL_ONCOLOGY", null,
        null, status, null);
  }

  static PlannedAdmissionFact planned(long id, LocalDate date, int nights, String sex, Long reservedBed,
      Set<String> required) {
    return new PlannedAdmissionFact(id, 9, Status.PLANNED, date, nights, "MEDICAL_ONCOLOGY", sex, 50, required,
        Set.of(), 1, null, reservedBed);
  }

  @Test
  void blockedBeds_andBedsReservedBeyondTheHorizon_areLeftOut() {
    HospitalProblem problem = HospitalProblem.of(TODAY, 7, List.of(bed(1, 10, "ANY", BedStatus.FREE, Set.of()),
        bed(2, 10, "ANY", BedStatus.BLOCKED, Set.of()), bed(3, 11, "ANY", BedStatus.RESERVED, Set.of()),
        bed(4, 11, "ANY", BedStatus.RESERVED, Set.of())), List.of(),
        List.of(planned(50, TODAY.plusDays(20), 2, "F", 3L, Set.of()), planned(51, TODAY.plusDays(1), 2, "F", 4L,
            Set.of())));
    assertThat(problem.schedule().getBeds()).extracting(Bed::id).containsExactly(1L, 4L);
    BedDesignation reserved = problem.schedule().getDesignations().getFirst();
    assertThat(reserved.isPinned()).isTrue();
    assertThat(reserved.getBed().id()).isEqualTo(4L);
    assertThat(problem.admissions()).hasSize(1);
  }

  @Test
  void inHospitalPatients_arePinnedToTheirBedUntilTheirExpectedDischarge() {
    HospitalProblem problem = HospitalProblem.of(TODAY, 7, List.of(bed(1, 10, "ANY", BedStatus.OCCUPIED, Set.of()),
        bed(2, 10, "ANY", BedStatus.OCCUPIED, Set.of())), List.of(new Occupant(100, 1, "M", 70, TODAY.plusDays(3)),
            new Occupant(101, 2, "F", null, null)), List.of());
    List<BedDesignation> parts = problem.schedule().getDesignations();
    assertThat(parts).allSatisfy(d -> assertThat(d.isPinned()).isTrue());
    assertThat(parts).extracting(BedDesignation::getFirstNight, BedDesignation::getEndNight)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 3), org.assertj.core.groups.Tuple.tuple(0, 7));
    assertThat(problem.admissions()).isEmpty();
  }

  @Test
  void plannedAdmission_isCutToTheHorizon_andAllowedOnlyBedsThatSuitItsSexAndEquipment() {
    HospitalProblem problem = HospitalProblem.of(TODAY, 7, List.of(bed(1, 10, "MALE", BedStatus.FREE, Set.of()),
        bed(2, 11, "SAME", BedStatus.FREE, Set.of("OXYGEN")), bed(3, 12, "ANY", BedStatus.FREE, Set.of("OXYGEN")),
        bed(4, 13, "ANY", BedStatus.FREE, Set.of())), List.of(),
        List.of(planned(60, TODAY.minusDays(1), 3, "F", null, Set.of("OXYGEN")),
            planned(61, TODAY.plusDays(5), 10, "U", null, Set.of())));
    BedDesignation woman = problem.schedule().getDesignations().get(0);
    assertThat(woman.getFirstNight()).isZero();
    assertThat(woman.getEndNight()).isEqualTo(2);
    assertThat(woman.getAllowedBeds()).extracting(Bed::id).containsExactly(2L, 3L);
    BedDesignation unknownSex = problem.schedule().getDesignations().get(1);
    assertThat(unknownSex.getEndNight()).isEqualTo(7);
    assertThat(unknownSex.getAllowedBeds()).extracting(Bed::id).containsExactly(3L, 4L);
    assertThat(problem.schedule().getRooms()).extracting(r -> r.genderPolicy()).containsExactly(
        GenderPolicy.MALE_ONLY, GenderPolicy.SAME_GENDER, GenderPolicy.ANY, GenderPolicy.ANY);
  }

  @Test
  void unitAgeLimits_becomeTheDepartmentsLimits_andKeepTheirBedsFromPatientsOfAnotherAge() {
    BedFact adults = new BedFact(1, "A", 10, "101", 2, "ANY", Set.of(), 1, "ADULT", "MEDICAL_ONCOLOGY", 18, null,
        BedStatus.FREE, null);
    BedFact children = new BedFact(2, "A", 20, "201", 2, "ANY", Set.of(), 2, "PEDS", "MEDICAL_ONCOLOGY", null, 17,
        BedStatus.FREE, null);
    PlannedAdmissionFact child = new PlannedAdmissionFact(70, 9, Status.PLANNED, TODAY, 2, "MEDICAL_ONCOLOGY", "F",
        10, Set.of(), Set.of(), null, null, null);
    HospitalProblem problem = HospitalProblem.of(TODAY, 7, List.of(adults, children), List.of(), List.of(child));
    assertThat(problem.schedule().getDepartments()).extracting(d -> d.minimumAge(), d -> d.maximumAge())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(18, null), org.assertj.core.groups.Tuple.tuple(null, 17));
    BedDesignation part = problem.schedule().getDesignations().getFirst();
    assertThat(part.getPatient().age()).isEqualTo(10);
    assertThat(part.getAllowedBeds()).extracting(Bed::id).containsExactly(2L);
  }

  @Test
  void inHospitalPatients_takeAnAgeWithinTheirUnitsLimits_soThatTheyBreakNoAgeRule() {
    BedFact adults = new BedFact(1, "A", 10, "101", 2, "ANY", Set.of(), 1, "ADULT", "MEDICAL_ONCOLOGY", 18, 65,
        BedStatus.OCCUPIED, null);
    Department unit = new Department(1, "ADULT", 18, 65, Set.of());
    assertThat(HospitalProblem.ageInUnit(null, unit)).isEqualTo(18);
    assertThat(HospitalProblem.ageInUnit(16, unit)).isEqualTo(18);
    assertThat(HospitalProblem.ageInUnit(80, unit)).isEqualTo(65);
    assertThat(HospitalProblem.ageInUnit(40, unit)).isEqualTo(40);
    assertThat(HospitalProblem.ageInUnit(null, new Department(2, "ANY", null, null, Set.of()))).isZero();
    HospitalProblem problem = HospitalProblem.of(TODAY, 7, List.of(adults),
        List.of(new Occupant(100, 1, "M", 16, null)), List.of());
    assertThat(problem.schedule().getDesignations().getFirst().getPatient().age()).isEqualTo(18);
  }

  @Test
  void withTransfers_inHospitalPatientsStartInTheirBed_unpinned_theirBedAlwaysInRange() {
    HospitalProblem problem = HospitalProblem.of(TODAY, 7, List.of(bed(1, 10, "FEMALE", BedStatus.OCCUPIED, Set.of()),
        bed(2, 11, "ANY", BedStatus.FREE, Set.of()), bed(3, 12, "MALE", BedStatus.FREE, Set.of()),
        bed(4, 13, "FEMALE", BedStatus.FREE, Set.of())), List.of(new Occupant(100, 1, "M", 70, TODAY.plusDays(3))),
        List.of(), true);
    assertThat(problem.transfers()).isTrue();
    BedDesignation man = problem.schedule().getDesignations().getFirst();
    assertThat(man.isPinned()).isFalse();
    assertThat(man.getCurrentBed().id()).isEqualTo(1L);
    assertThat(man.getBed()).isSameAs(man.getCurrentBed());
    assertThat(man.getAllowedBeds()).extracting(Bed::id).containsExactly(2L, 3L, 1L);
    assertThat(man.allows(man.getCurrentBed())).isTrue();
    assertThat(problem.occupantOf(man).stayId()).isEqualTo(100L);
    assertThat(man.getEndNight()).isEqualTo(3);
  }

  @Test
  void withoutTransfers_inHospitalPatientsArePinned_evenWithTheOptionOff() {
    HospitalProblem problem = HospitalProblem.of(TODAY, 7, List.of(bed(1, 10, "ANY", BedStatus.OCCUPIED, Set.of()),
        bed(2, 11, "ANY", BedStatus.FREE, Set.of())), List.of(new Occupant(100, 1, "M", 70, null)), List.of(), false);
    BedDesignation man = problem.schedule().getDesignations().getFirst();
    assertThat(problem.transfers()).isFalse();
    assertThat(man.isPinned()).isTrue();
    assertThat(man.getBed().id()).isEqualTo(1L);
    assertThat(man.getAllowedBeds()).extracting(Bed::id).containsExactly(1L);
  }

  @Test
  void withTransfers_aPatientLeavingTodayOrOverdueStaysPinned_anUnknownDateMayMove() {
    HospitalProblem problem = HospitalProblem.of(TODAY, 7, List.of(bed(1, 10, "ANY", BedStatus.OCCUPIED, Set.of()),
        bed(2, 10, "ANY", BedStatus.OCCUPIED, Set.of()), bed(3, 11, "ANY", BedStatus.OCCUPIED, Set.of()),
        bed(4, 11, "ANY", BedStatus.OCCUPIED, Set.of())), List.of(new Occupant(100, 1, "M", 70, TODAY),
            new Occupant(101, 2, "M", 70, TODAY.minusDays(2)), new Occupant(102, 3, "F", 70, null),
            new Occupant(103, 4, "F", 70, TODAY.plusDays(1))), List.of(), true);
    assertThat(problem.schedule().getDesignations()).extracting(BedDesignation::isPinned, BedDesignation::getEndNight)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(true, 1), org.assertj.core.groups.Tuple.tuple(true, 1),
            org.assertj.core.groups.Tuple.tuple(false, 7), org.assertj.core.groups.Tuple.tuple(false, 1));
  }

  @Test
  void inHospitalPatient_isTreatedForTheSpecialismHeWasPlannedFor_elseHisUnits() {
    BedFact surgery = new BedFact(1, "A", 10, "101", 2, "ANY", Set.of(), 1, "CHIR", "GENERAL_SURGERY", null, null,
        BedStatus.OCCUPIED, null);
    BedFact medicine = new BedFact(2, "A", 20, "201", 2, "ANY", Set.of(), 2, "MED", "INTERNAL_MEDICINE", null, null,
        BedStatus.OCCUPIED, null);
    HospitalProblem problem = HospitalProblem.of(TODAY, 7, List.of(surgery, medicine),
        List.of(new Occupant(100, 1, "M", 70, null, "INTERNAL_MEDICINE"), new Occupant(101, 2, "F", 70, null)),
        List.of(), true);
    assertThat(problem.schedule().getDesignations()).extracting(d -> d.getPart().specialism().name())
        .containsExactly("INTERNAL_MEDICINE", "INTERNAL_MEDICINE");
    assertThat(problem.schedule().getRooms().getFirst().department().specialisms())
        .extracting(sp -> sp.name()).containsExactly("GENERAL_SURGERY");
  }
}

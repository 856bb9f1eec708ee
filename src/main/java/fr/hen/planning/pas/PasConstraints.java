package fr.hen.planning.pas;

import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.overlapping;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * The Patient Admission Scheduling rules with the published weights of the OptaPlanner example, so that scores
 * compare: one method per rule, named as its constraint. Weights are per night of the admission part unless said.
 * Plus the hospital's transfer rule (an in-hospital patient moved from the bed he is in), absent from the benchmark.
 */
public class PasConstraints implements ConstraintProvider {

  public static final String SAME_BED_IN_SAME_NIGHT = "sameBedInSameNight";
  public static final String FEMALE_IN_MALE_ROOM = "femaleInMaleRoom";
  public static final String MALE_IN_FEMALE_ROOM = "maleInFemaleRoom";
  public static final String DIFFERENT_GENDER_IN_SAME_GENDER_ROOM = "differentGenderInSameGenderRoomInSameNight";
  public static final String DEPARTMENT_MINIMUM_AGE = "departmentMinimumAge";
  public static final String DEPARTMENT_MAXIMUM_AGE = "departmentMaximumAge";
  public static final String REQUIRED_EQUIPMENT = "requiredPatientEquipment";
  public static final String UNASSIGNED = "assignEveryPatientToABed";
  public static final String PREFERRED_MAXIMUM_ROOM_CAPACITY = "preferredMaximumRoomCapacity";
  public static final String DEPARTMENT_SPECIALISM = "departmentSpecialism";
  public static final String ROOM_SPECIALISM_NOT_EXISTS = "roomSpecialismNotExists";
  public static final String ROOM_SPECIALISM_NOT_FIRST_PRIORITY = "roomSpecialismNotFirstPriority";
  public static final String PREFERRED_EQUIPMENT = "preferredPatientEquipment";
  public static final String TRANSFER = "transfer";
  public static final String IN_HOSPITAL_PATIENT_WITHOUT_BED = "inHospitalPatientWithoutBed";

  /** Soft cost of moving an in-hospital patient out of his current bed (once, whatever the nights). */
  public static final int TRANSFER_WEIGHT = 100;

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {sameBedInSameNight(factory), femaleInMaleRoom(factory), maleInFemaleRoom(factory),
        differentGenderInSameGenderRoomInSameNight(factory), departmentMinimumAge(factory),
        departmentMaximumAge(factory), requiredPatientEquipment(factory), inHospitalPatientWithoutBed(factory),
        assignEveryPatientToABed(factory),
        preferredMaximumRoomCapacity(factory), departmentSpecialism(factory), roomSpecialismNotExists(factory),
        roomSpecialismNotFirstPriority(factory), preferredPatientEquipment(factory), transfer(factory)};
  }

  /** Hard −1000 per night two parts share a bed. */
  Constraint sameBedInSameNight(ConstraintFactory factory) {
    return factory.forEachUniquePair(BedDesignation.class, equal(BedDesignation::getBed),
            overlapping(BedDesignation::getFirstNight, BedDesignation::getEndNight))
        .penalize(HardMediumSoftScore.ofHard(1000), (a, b) -> a.getPart().sharedNights(b.getPart()))
        .asConstraint(SAME_BED_IN_SAME_NIGHT);
  }

  /** Hard −50 per night of a woman in a male-only room. */
  Constraint femaleInMaleRoom(ConstraintFactory factory) {
    return factory.forEach(BedDesignation.class)
        .filter(d -> d.getPatient().gender() == Gender.FEMALE && d.getRoom().genderPolicy() == GenderPolicy.MALE_ONLY)
        .penalize(HardMediumSoftScore.ofHard(50), BedDesignation::getNights)
        .asConstraint(FEMALE_IN_MALE_ROOM);
  }

  /** Hard −50 per night of a man in a female-only room. */
  Constraint maleInFemaleRoom(ConstraintFactory factory) {
    return factory.forEach(BedDesignation.class)
        .filter(d -> d.getPatient().gender() == Gender.MALE && d.getRoom().genderPolicy() == GenderPolicy.FEMALE_ONLY)
        .penalize(HardMediumSoftScore.ofHard(50), BedDesignation::getNights)
        .asConstraint(MALE_IN_FEMALE_ROOM);
  }

  /** Hard −1000 per night a man and a woman share a same-gender room (per pair). */
  Constraint differentGenderInSameGenderRoomInSameNight(ConstraintFactory factory) {
    return factory.forEach(BedDesignation.class)
        .filter(d -> d.getPatient().gender() == Gender.MALE && d.getRoom().genderPolicy() == GenderPolicy.SAME_GENDER)
        .join(factory.forEach(BedDesignation.class)
                .filter(d -> d.getPatient().gender() == Gender.FEMALE
                    && d.getRoom().genderPolicy() == GenderPolicy.SAME_GENDER),
            equal(BedDesignation::getRoom),
            overlapping(BedDesignation::getFirstNight, BedDesignation::getEndNight))
        .penalize(HardMediumSoftScore.ofHard(1000), (a, b) -> a.getPart().sharedNights(b.getPart()))
        .asConstraint(DIFFERENT_GENDER_IN_SAME_GENDER_ROOM);
  }

  /** Hard −100 per night of a patient younger than the department's minimum age. */
  Constraint departmentMinimumAge(ConstraintFactory factory) {
    return factory.forEach(BedDesignation.class)
        .filter(d -> d.getRoom().department().isTooYoung(d.getPatient().age()))
        .penalize(HardMediumSoftScore.ofHard(100), BedDesignation::getNights)
        .asConstraint(DEPARTMENT_MINIMUM_AGE);
  }

  /** Hard −100 per night of a patient older than the department's maximum age. */
  Constraint departmentMaximumAge(ConstraintFactory factory) {
    return factory.forEach(BedDesignation.class)
        .filter(d -> d.getRoom().department().isTooOld(d.getPatient().age()))
        .penalize(HardMediumSoftScore.ofHard(100), BedDesignation::getNights)
        .asConstraint(DEPARTMENT_MAXIMUM_AGE);
  }

  /** Hard −50 per night and per required equipment the room lacks. */
  Constraint requiredPatientEquipment(ConstraintFactory factory) {
    return factory.forEach(BedDesignation.class)
        .filter(d -> d.getRoom().missingEquipment(d.getPatient().requiredEquipment()) > 0)
        .penalize(HardMediumSoftScore.ofHard(50),
            d -> d.getRoom().missingEquipment(d.getPatient().requiredEquipment()) * d.getNights())
        .asConstraint(REQUIRED_EQUIPMENT);
  }

  /**
   * Hard −1000 per night of a part with a current bed left without a bed: the patient is in the hospital, a plan
   * cannot send him away to make room (the medium rule alone would trade his nights for a longer admission's).
   */
  Constraint inHospitalPatientWithoutBed(ConstraintFactory factory) {
    return factory.forEachIncludingUnassigned(BedDesignation.class)
        .filter(d -> d.getCurrentBed() != null && d.getBed() == null)
        .penalize(HardMediumSoftScore.ofHard(1000), BedDesignation::getNights)
        .asConstraint(IN_HOSPITAL_PATIENT_WITHOUT_BED);
  }

  /** Medium −1 per night of a part left without a bed. */
  Constraint assignEveryPatientToABed(ConstraintFactory factory) {
    return factory.forEachIncludingUnassigned(BedDesignation.class)
        .filter(d -> d.getBed() == null)
        .penalize(HardMediumSoftScore.ONE_MEDIUM, BedDesignation::getNights)
        .asConstraint(UNASSIGNED);
  }

  /** Soft −8 per night in a room larger than the patient's preferred maximum capacity. */
  Constraint preferredMaximumRoomCapacity(ConstraintFactory factory) {
    return factory.forEach(BedDesignation.class)
        .filter(d -> d.getPatient().preferredMaximumRoomCapacity() != null
            && d.getPatient().preferredMaximumRoomCapacity() < d.getRoom().capacity())
        .penalize(HardMediumSoftScore.ofSoft(8), BedDesignation::getNights)
        .asConstraint(PREFERRED_MAXIMUM_ROOM_CAPACITY);
  }

  /** Soft −10 per night in a department that does not treat the part's specialism. */
  Constraint departmentSpecialism(ConstraintFactory factory) {
    return factory.forEach(BedDesignation.class)
        .filter(d -> !d.getRoom().department().specialisms().contains(d.getPart().specialism()))
        .penalize(HardMediumSoftScore.ofSoft(10), BedDesignation::getNights)
        .asConstraint(DEPARTMENT_SPECIALISM);
  }

  /** Soft −20 per night in a room without the part's specialism. */
  Constraint roomSpecialismNotExists(ConstraintFactory factory) {
    return factory.forEach(BedDesignation.class)
        .filter(d -> d.getRoom().priorityOf(d.getPart().specialism()) == null)
        .penalize(HardMediumSoftScore.ofSoft(20), BedDesignation::getNights)
        .asConstraint(ROOM_SPECIALISM_NOT_EXISTS);
  }

  /** Soft −10 × (priority − 1) per night in a room whose priority for the part's specialism is not 1. */
  Constraint roomSpecialismNotFirstPriority(ConstraintFactory factory) {
    return factory.forEach(BedDesignation.class)
        .filter(d -> {
          Integer priority = d.getRoom().priorityOf(d.getPart().specialism());
          return priority != null && priority > 1;
        })
        .penalize(HardMediumSoftScore.ofSoft(10),
            d -> (d.getRoom().priorityOf(d.getPart().specialism()) - 1) * d.getNights())
        .asConstraint(ROOM_SPECIALISM_NOT_FIRST_PRIORITY);
  }

  /** Soft −20 per night and per preferred equipment the room lacks. */
  Constraint preferredPatientEquipment(ConstraintFactory factory) {
    return factory.forEach(BedDesignation.class)
        .filter(d -> d.getRoom().missingEquipment(d.getPatient().preferredEquipment()) > 0)
        .penalize(HardMediumSoftScore.ofSoft(20),
            d -> d.getRoom().missingEquipment(d.getPatient().preferredEquipment()) * d.getNights())
        .asConstraint(PREFERRED_EQUIPMENT);
  }

  /**
   * Soft −{@value #TRANSFER_WEIGHT} once for an in-hospital patient placed in another bed than his current one
   * (leaving him without a bed is {@link #inHospitalPatientWithoutBed}'s).
   */
  Constraint transfer(ConstraintFactory factory) {
    return factory.forEach(BedDesignation.class)
        .filter(d -> d.getCurrentBed() != null && d.getBed() != d.getCurrentBed())
        .penalize(HardMediumSoftScore.ofSoft(TRANSFER_WEIGHT))
        .asConstraint(TRANSFER);
  }
}

package fr.hen.planning.pas;

import static fr.hen.planning.pas.PasFixtures.ADULTS;
import static fr.hen.planning.pas.PasFixtures.ANY_AGE;
import static fr.hen.planning.pas.PasFixtures.CARDIOLOGY;
import static fr.hen.planning.pas.PasFixtures.ONCOLOGY;
import static fr.hen.planning.pas.PasFixtures.OXYGEN;
import static fr.hen.planning.pas.PasFixtures.TELEMETRY;
import static fr.hen.planning.pas.PasFixtures.bed;
import static fr.hen.planning.pas.PasFixtures.goodRoom;
import static fr.hen.planning.pas.PasFixtures.patient;
import static fr.hen.planning.pas.PasFixtures.placed;
import static fr.hen.planning.pas.PasFixtures.room;
import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import ai.timefold.solver.core.api.score.stream.test.SingleConstraintAssertion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each rule alone, with Timefold's ConstraintVerifier: a case that costs (the exact score) and one that does not. */
class PasConstraintsTest {

  private final ConstraintVerifier<PasConstraints, PasSchedule> verifier =
      ConstraintVerifier.build(new PasConstraints(), PasSchedule.class, BedDesignation.class);

  private static void costs(SingleConstraintAssertion assertion, HardMediumSoftScore score) {
    assertThat((HardMediumSoftScore) assertion.getScore()).isEqualTo(score);
  }

  @Test
  void sameBedInSameNight_costs1000PerSharedNight() {
    Bed bed = bed(goodRoom());
    BedDesignation a = placed(patient(Gender.MALE, 40), 0, 5, bed);
    BedDesignation b = placed(patient(Gender.MALE, 40), 3, 8, bed);
    costs(verifier.verifyThat(PasConstraints::sameBedInSameNight).given(a, b), HardMediumSoftScore.ofHard(-2000));
    verifier.verifyThat(PasConstraints::sameBedInSameNight).given(a, b).penalizesBy(2);
  }

  @Test
  void sameBedOnFollowingNights_orOtherBeds_costNothing() {
    Room room = goodRoom();
    Bed bed = bed(room);
    BedDesignation a = placed(patient(Gender.MALE, 40), 0, 3, bed);
    BedDesignation b = placed(patient(Gender.MALE, 40), 3, 8, bed);
    BedDesignation c = placed(patient(Gender.MALE, 40), 0, 8, bed(room));
    verifier.verifyThat(PasConstraints::sameBedInSameNight).given(a, b, c).hasNoImpact();
  }

  @Test
  void femaleInMaleRoom_costs50PerNight() {
    Room men = room(ANY_AGE, 2, GenderPolicy.MALE_ONLY, Map.of(CARDIOLOGY, 1), 0);
    costs(verifier.verifyThat(PasConstraints::femaleInMaleRoom).given(placed(patient(Gender.FEMALE, 40), 2, 5, bed(men))),
        HardMediumSoftScore.ofHard(-150));
    verifier.verifyThat(PasConstraints::femaleInMaleRoom)
        .given(placed(patient(Gender.MALE, 40), 2, 5, bed(men)), placed(patient(Gender.FEMALE, 40), 2, 5, null))
        .hasNoImpact();
  }

  @Test
  void maleInFemaleRoom_costs50PerNight() {
    Room women = room(ANY_AGE, 2, GenderPolicy.FEMALE_ONLY, Map.of(CARDIOLOGY, 1), 0);
    costs(verifier.verifyThat(PasConstraints::maleInFemaleRoom).given(placed(patient(Gender.MALE, 40), 0, 4, bed(women))),
        HardMediumSoftScore.ofHard(-200));
    verifier.verifyThat(PasConstraints::maleInFemaleRoom)
        .given(placed(patient(Gender.FEMALE, 40), 0, 4, bed(women))).hasNoImpact();
  }

  @Test
  void manAndWomanInSameGenderRoom_cost1000PerSharedNight() {
    Room room = room(ANY_AGE, 3, GenderPolicy.SAME_GENDER, Map.of(CARDIOLOGY, 1), 0);
    BedDesignation man = placed(patient(Gender.MALE, 40), 0, 4, bed(room));
    BedDesignation woman = placed(patient(Gender.FEMALE, 40), 1, 6, bed(room));
    BedDesignation man2 = placed(patient(Gender.MALE, 40), 5, 7, bed(room));
    // man–woman share nights 1,2,3; man2–woman share night 5
    costs(verifier.verifyThat(PasConstraints::differentGenderInSameGenderRoomInSameNight).given(man, woman, man2),
        HardMediumSoftScore.ofHard(-4000));
  }

  @Test
  void sameGenderRoom_onOtherNightsOrSameSex_orAnyRoom_costsNothing() {
    Room same = room(ANY_AGE, 3, GenderPolicy.SAME_GENDER, Map.of(CARDIOLOGY, 1), 0);
    Room any = goodRoom();
    verifier.verifyThat(PasConstraints::differentGenderInSameGenderRoomInSameNight)
        .given(placed(patient(Gender.MALE, 40), 0, 4, bed(same)), placed(patient(Gender.FEMALE, 40), 4, 6, bed(same)),
            placed(patient(Gender.MALE, 40), 0, 4, bed(same)), placed(patient(Gender.MALE, 40), 0, 4, bed(any)),
            placed(patient(Gender.FEMALE, 40), 0, 4, bed(any)))
        .hasNoImpact();
  }

  @Test
  void departmentMinimumAge_costs100PerNight() {
    Room adults = room(ADULTS, 2, GenderPolicy.ANY, Map.of(CARDIOLOGY, 1), 0);
    costs(verifier.verifyThat(PasConstraints::departmentMinimumAge).given(placed(patient(Gender.MALE, 17), 0, 3,
        bed(adults))), HardMediumSoftScore.ofHard(-300));
    verifier.verifyThat(PasConstraints::departmentMinimumAge)
        .given(placed(patient(Gender.MALE, 18), 0, 3, bed(adults))).hasNoImpact();
  }

  @Test
  void departmentMaximumAge_costs100PerNight() {
    Room adults = room(ADULTS, 2, GenderPolicy.ANY, Map.of(CARDIOLOGY, 1), 0);
    costs(verifier.verifyThat(PasConstraints::departmentMaximumAge).given(placed(patient(Gender.MALE, 66), 0, 2,
        bed(adults))), HardMediumSoftScore.ofHard(-200));
    verifier.verifyThat(PasConstraints::departmentMaximumAge)
        .given(placed(patient(Gender.MALE, 65), 0, 2, bed(adults)), placed(patient(Gender.MALE, 90), 0, 2,
            bed(goodRoom()))).hasNoImpact();
  }

  @Test
  void requiredEquipment_costs50PerMissingItemPerNight() {
    Room bare = room(ANY_AGE, 2, GenderPolicy.ANY, Map.of(CARDIOLOGY, 1), 0);
    Patient needsBoth = patient(Gender.MALE, 40, null, TELEMETRY | OXYGEN, 0);
    costs(verifier.verifyThat(PasConstraints::requiredPatientEquipment).given(placed(needsBoth, 0, 3, bed(bare))),
        HardMediumSoftScore.ofHard(-300));
    verifier.verifyThat(PasConstraints::requiredPatientEquipment)
        .given(placed(needsBoth, 0, 3, bed(goodRoom()))).hasNoImpact();
  }

  @Test
  void unplacedPart_costs1MediumPerNight() {
    costs(verifier.verifyThat(PasConstraints::assignEveryPatientToABed)
        .given(placed(patient(Gender.MALE, 40), 0, 3, null), placed(patient(Gender.MALE, 40), 4, 9, null)),
        HardMediumSoftScore.ofMedium(-8));
    verifier.verifyThat(PasConstraints::assignEveryPatientToABed)
        .given(placed(patient(Gender.MALE, 40), 0, 3, bed(goodRoom()))).hasNoImpact();
  }

  @Test
  void roomLargerThanPreferred_costs8PerNight() {
    Room four = room(ANY_AGE, 4, GenderPolicy.ANY, Map.of(CARDIOLOGY, 1), 0);
    costs(verifier.verifyThat(PasConstraints::preferredMaximumRoomCapacity)
        .given(placed(patient(Gender.MALE, 40, 2, 0, 0), 0, 3, bed(four))), HardMediumSoftScore.ofSoft(-24));
    verifier.verifyThat(PasConstraints::preferredMaximumRoomCapacity)
        .given(placed(patient(Gender.MALE, 40, 4, 0, 0), 0, 3, bed(four)),
            placed(patient(Gender.MALE, 40), 0, 3, bed(four))).hasNoImpact();
  }

  @Test
  void departmentWithoutTheSpecialism_costs10PerNight() {
    Room adults = room(ADULTS, 2, GenderPolicy.ANY, Map.of(ONCOLOGY, 1), 0);
    costs(verifier.verifyThat(PasConstraints::departmentSpecialism)
        .given(placed(patient(Gender.MALE, 40), 0, 5, ONCOLOGY, bed(adults))), HardMediumSoftScore.ofSoft(-50));
    verifier.verifyThat(PasConstraints::departmentSpecialism)
        .given(placed(patient(Gender.MALE, 40), 0, 5, CARDIOLOGY, bed(adults))).hasNoImpact();
  }

  @Test
  void roomWithoutTheSpecialism_costs20PerNight() {
    Room room = goodRoom();
    costs(verifier.verifyThat(PasConstraints::roomSpecialismNotExists)
        .given(placed(patient(Gender.MALE, 40), 0, 2, ONCOLOGY, bed(room))), HardMediumSoftScore.ofSoft(-40));
    verifier.verifyThat(PasConstraints::roomSpecialismNotExists)
        .given(placed(patient(Gender.MALE, 40), 0, 2, CARDIOLOGY, bed(room))).hasNoImpact();
  }

  @Test
  void roomSpecialismOfPriority3_costs20PerNight() {
    Room room = room(ANY_AGE, 2, GenderPolicy.ANY, Map.of(CARDIOLOGY, 1, ONCOLOGY, 3), 0);
    costs(verifier.verifyThat(PasConstraints::roomSpecialismNotFirstPriority)
        .given(placed(patient(Gender.MALE, 40), 0, 2, ONCOLOGY, bed(room))), HardMediumSoftScore.ofSoft(-40));
    verifier.verifyThat(PasConstraints::roomSpecialismNotFirstPriority)
        .given(placed(patient(Gender.MALE, 40), 0, 2, CARDIOLOGY, bed(room))).hasNoImpact();
  }

  @Test
  void preferredEquipment_costs20PerMissingItemPerNight() {
    Room telemetryOnly = room(ANY_AGE, 2, GenderPolicy.ANY, Map.of(CARDIOLOGY, 1), TELEMETRY);
    Patient wantsBoth = patient(Gender.MALE, 40, null, 0, TELEMETRY | OXYGEN);
    costs(verifier.verifyThat(PasConstraints::preferredPatientEquipment).given(placed(wantsBoth, 0, 3,
        bed(telemetryOnly))), HardMediumSoftScore.ofSoft(-60));
    verifier.verifyThat(PasConstraints::preferredPatientEquipment)
        .given(placed(wantsBoth, 0, 3, bed(goodRoom()))).hasNoImpact();
  }

  @Test
  void preferredEquipmentAlsoRequired_countsOnlyAsRequired() {
    Patient p = patient(Gender.MALE, 40, null, OXYGEN, OXYGEN);
    assertThat(p.preferredEquipment()).isZero();
  }

  @Test
  void inHospitalPatientMovedFromHisBed_costsOneTransfer() {
    Room room = goodRoom();
    Bed current = bed(room);
    Bed other = bed(room);
    Patient p = patient(Gender.MALE, 40);
    BedDesignation moved = new BedDesignation(1, new AdmissionPart(1, p, 0, 4, CARDIOLOGY), List.of(current, other),
        current, false);
    moved.setBed(other);
    costs(verifier.verifyThat(PasConstraints::transfer).given(moved),
        HardMediumSoftScore.ofSoft(-PasConstraints.TRANSFER_WEIGHT));
    BedDesignation stays = new BedDesignation(2, new AdmissionPart(2, p, 0, 4, CARDIOLOGY), List.of(current, other),
        current, false);
    stays.setBed(current);
    verifier.verifyThat(PasConstraints::transfer).given(stays, placed(patient(Gender.MALE, 40), 0, 2, other))
        .hasNoImpact();
  }

  @Test
  void inHospitalPatientLeftWithoutBed_costs1000PerNight() {
    Room room = goodRoom();
    Bed current = bed(room);
    Patient p = patient(Gender.MALE, 40);
    BedDesignation sentAway = new BedDesignation(1, new AdmissionPart(1, p, 0, 4, CARDIOLOGY), List.of(current),
        current, false);
    assertThat(sentAway.getBed()).isSameAs(current);
    sentAway.setBed(null);
    costs(verifier.verifyThat(PasConstraints::inHospitalPatientWithoutBed).given(sentAway),
        HardMediumSoftScore.ofHard(-4000));
    BedDesignation stays = new BedDesignation(2, new AdmissionPart(2, p, 0, 4, CARDIOLOGY), List.of(current),
        current, false);
    verifier.verifyThat(PasConstraints::inHospitalPatientWithoutBed)
        .given(stays, placed(patient(Gender.MALE, 40), 0, 2, null)).hasNoImpact();
  }
}

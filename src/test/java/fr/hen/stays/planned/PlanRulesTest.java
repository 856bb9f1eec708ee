package fr.hen.stays.planned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.hen.platform.ConflictException;
import fr.hen.platform.InvalidFieldException;
import fr.hen.stays.BedStatus;
import fr.hen.stays.PlannedAdmissions.Status;
import fr.hen.stays.beds.BedRef;
import fr.hen.stays.beds.GenderPolicy;
import fr.hen.stays.beds.RoomEquipment;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One test per rule of a planned admission (stays/README.md, "Planned admissions"). */
class PlanRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  static String field(Runnable rule) {
    try {
      rule.run();
    } catch (InvalidFieldException e) {
      return e.field();
    }
    return null;
  }

  static String code(Runnable rule) {
    try {
      rule.run();
    } catch (ConflictException e) {
      return e.code();
    }
    return null;
  }

  @Test
  void plannedDateInRange_fromYesterdayToAYearAhead() {
    assertThat(field(() -> PlanRules.plannedDateInRange(TODAY.minusDays(1), TODAY))).isNull();
    assertThat(field(() -> PlanRules.plannedDateInRange(TODAY.plusDays(365), TODAY))).isNull();
    assertThat(field(() -> PlanRules.plannedDateInRange(TODAY.minusDays(2), TODAY))).isEqualTo("planned_date");
    assertThat(field(() -> PlanRules.plannedDateInRange(TODAY.plusDays(366), TODAY))).isEqualTo("planned_date");
    assertThat(field(() -> PlanRules.plannedDateInRange(null, TODAY))).isEqualTo("planned_date");
    assertThat(field(() -> PlanRules.plannedDateInRange(TODAY.minusDays(30), TODAY, true)))
        .as("a feed replaying history holds the back-dating right").isNull();
    assertThat(field(() -> PlanRules.plannedDateInRange(TODAY.plusDays(366), TODAY, true))).isEqualTo("planned_date");
  }

  @Test
  void nightsInRange_oneTo365() {
    assertThat(field(() -> PlanRules.nightsInRange(1))).isNull();
    assertThat(field(() -> PlanRules.nightsInRange(365))).isNull();
    assertThat(field(() -> PlanRules.nightsInRange(0))).isEqualTo("nights");
    assertThat(field(() -> PlanRules.nightsInRange(366))).isEqualTo("nights");
  }

  @Test
  void knownSpecialismAndSex() {
    assertThat(field(() -> PlanRules.knownSpecialism("HAEMATOLOGY"))).isNull();
    assertThat(field(() -> PlanRules.knownSpecialism("haematology"))).isEqualTo("specialism");
    assertThat(field(() -> PlanRules.knownSex("U"))).isNull();
    assertThat(field(() -> PlanRules.knownSex("X"))).isEqualTo("sex");
  }

  @Test
  void ageKnown_anAgeOrABirthDate() {
    assertThat(field(() -> PlanRules.ageKnown(null, LocalDate.of(1950, 1, 1), TODAY))).isNull();
    assertThat(field(() -> PlanRules.ageKnown(40, null, TODAY))).isNull();
    assertThat(field(() -> PlanRules.ageKnown(null, null, TODAY))).isEqualTo("age");
    assertThat(field(() -> PlanRules.ageKnown(131, null, TODAY))).isEqualTo("age");
    assertThat(field(() -> PlanRules.ageKnown(null, TODAY, TODAY))).isEqualTo("patient.birth_date");
    assertThat(field(() -> PlanRules.ageKnown(null, LocalDate.of(1899, 12, 31), TODAY)))
        .isEqualTo("patient.birth_date");
  }

  @Test
  void ageOn_thePlannedDate_fromTheBirthDateWhenKnown() {
    assertThat(PlanRules.ageOn(TODAY, null, LocalDate.of(1950, 12, 2))).isEqualTo(75);
    assertThat(PlanRules.ageOn(TODAY, null, LocalDate.of(1950, 12, 1))).isEqualTo(76);
    assertThat(PlanRules.ageOn(TODAY, 33, null)).isEqualTo(33);
  }

  @Test
  void knownEquipment_andRoomSize() {
    assertThat(field(() -> PlanRules.knownEquipment(Set.of("OXYGEN"), "required_equipment"))).isNull();
    assertThat(field(() -> PlanRules.knownEquipment(Set.of("JACUZZI"), "preferred_equipment")))
        .isEqualTo("preferred_equipment");
    assertThat(field(() -> PlanRules.roomSizeInRange(null))).isNull();
    assertThat(field(() -> PlanRules.roomSizeInRange(13))).isEqualTo("preferred_room_size");
  }

  @Test
  void externalReference_visibleAndShort() {
    assertThat(field(() -> PlanRules.externalReference("V123"))).isNull();
    assertThat(field(() -> PlanRules.externalReference(" "))).isEqualTo("external_reference");
    assertThat(field(() -> PlanRules.externalReference("x".repeat(65)))).isEqualTo("external_reference");
  }

  @Test
  void stillPlanned_refusesAdmittedAndCancelled() {
    assertThatCode(() -> PlanRules.stillPlanned(Status.PLANNED)).doesNotThrowAnyException();
    assertThat(code(() -> PlanRules.stillPlanned(Status.ADMITTED))).isEqualTo("planned-admission-admitted");
    assertThat(code(() -> PlanRules.stillPlanned(Status.CANCELLED))).isEqualTo("planned-admission-cancelled");
  }

  @Test
  void cancelReason_requiredTrimmedAndShort() {
    assertThat(PlanRules.cancelReason("  Reporté ")).isEqualTo("Reporté");
    assertThatThrownBy(() -> PlanRules.cancelReason(" ")).isInstanceOf(InvalidFieldException.class);
    assertThat(field(() -> PlanRules.cancelReason("x".repeat(201)))).isEqualTo("reason");
  }

  @Test
  void genderPolicyFits_onlyFixedPolicies() {
    assertThat(code(() -> PlanRules.genderPolicyFits(GenderPolicy.MALE, "F"))).isEqualTo("gender-policy");
    assertThat(code(() -> PlanRules.genderPolicyFits(GenderPolicy.FEMALE, "F"))).isNull();
    assertThat(code(() -> PlanRules.genderPolicyFits(GenderPolicy.SAME, "F"))).isNull();
    assertThat(code(() -> PlanRules.genderPolicyFits(GenderPolicy.FEMALE, "U"))).isEqualTo("gender-policy");
  }

  @Test
  void equipmentFits_everyRequiredEquipment() {
    assertThat(code(() -> PlanRules.equipmentFits(EnumSet.of(RoomEquipment.OXYGEN), Set.of("OXYGEN")))).isNull();
    assertThat(code(() -> PlanRules.equipmentFits(EnumSet.of(RoomEquipment.OXYGEN), Set.of("OXYGEN", "TELEMETRY"))))
        .isEqualTo("bed-lacks-equipment");
  }

  @Test
  void reservationRespected_aBedHeldForAnotherPlanUnlessOverridden() {
    assertThat(code(() -> PlanRules.reservationRespected(null, null, false))).isNull();
    assertThat(code(() -> PlanRules.reservationRespected(7L, 7L, false))).isNull();
    assertThat(code(() -> PlanRules.reservationRespected(7L, 8L, false))).isEqualTo("bed-reserved");
    assertThat(code(() -> PlanRules.reservationRespected(7L, null, false))).isEqualTo("bed-reserved");
    assertThat(code(() -> PlanRules.reservationRespected(7L, null, true))).isNull();
  }

  static BedRef bed(BedStatus status, String reason) {
    return new BedRef(1, "A", 1, "101", 1, "MED", GenderPolicy.ANY, Set.of(), status, reason);
  }

  static void conflict(Runnable check, String code) {
    assertThatThrownBy(check::run)
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void hold_aFreeBedAtOnce_aBedBeingCleanedOrLeftByThePlannedDate_whenFree() {
    LocalDate planned = LocalDate.of(2026, 12, 3);
    assertThat(PlanRules.hold(bed(BedStatus.FREE, null), planned, null)).isEqualTo(PlanRules.Hold.NOW);
    assertThat(PlanRules.hold(bed(BedStatus.CLEANING, null), planned, null))
        .isEqualTo(PlanRules.Hold.WHEN_FREE);
    assertThat(PlanRules.hold(bed(BedStatus.CLEANED, null), planned, null))
        .isEqualTo(PlanRules.Hold.WHEN_FREE);
    assertThat(PlanRules.hold(bed(BedStatus.OCCUPIED, null), planned, planned))
        .as("leaves on the planned date").isEqualTo(PlanRules.Hold.WHEN_FREE);
    assertThat(PlanRules.hold(bed(BedStatus.OCCUPIED, null), planned, planned.minusDays(2)))
        .isEqualTo(PlanRules.Hold.WHEN_FREE);
  }

  @Test
  void hold_refusesABlockedOrReservedBed_andAPatientLeavingLaterOrWithoutADate() {
    LocalDate planned = LocalDate.of(2026, 12, 3);
    conflict(() -> PlanRules.hold(bed(BedStatus.BLOCKED, "Fuite"), planned, null), "bed-blocked");
    conflict(() -> PlanRules.hold(bed(BedStatus.RESERVED, null), planned, null), "bed-unavailable");
    conflict(() -> PlanRules.hold(bed(BedStatus.OCCUPIED, null), planned, null), "bed-occupied-then");
    conflict(() -> PlanRules.hold(bed(BedStatus.OCCUPIED, null), planned, planned.plusDays(1)),
        "bed-occupied-then");
  }

  @Test
  void aBedIsHeldForOnePlannedAdmission() {
    assertThatCode(() -> PlanRules.notHeldByAnother(bed(BedStatus.CLEANING, null), null, 7))
        .doesNotThrowAnyException();
    assertThatCode(() -> PlanRules.notHeldByAnother(bed(BedStatus.CLEANING, null), 7L, 7))
        .doesNotThrowAnyException();
    conflict(() -> PlanRules.notHeldByAnother(bed(BedStatus.CLEANING, null), 8L, 7), "bed-unavailable");
  }

  @Test
  void sameVersion_onlyWhenGiven() {
    assertThatCode(() -> PlanRules.sameVersion(null, 4)).doesNotThrowAnyException();
    assertThatCode(() -> PlanRules.sameVersion(4, 4)).doesNotThrowAnyException();
    conflict(() -> PlanRules.sameVersion(3, 4), "stale-planned-admission");
  }
}

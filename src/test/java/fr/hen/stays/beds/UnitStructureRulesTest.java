package fr.hen.stays.beds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.hen.platform.ConflictException;
import fr.hen.platform.InvalidFieldException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnitStructureRulesTest {

  @Test
  void capacity_mayGrow_butNotDropBelowTheBeds() {
    assertThatNoException().isThrownBy(() -> UnitStructureService.capacityKeepsBeds(2, 2));
    assertThatNoException().isThrownBy(() -> UnitStructureService.capacityKeepsBeds(4, 2));
    assertThatThrownBy(() -> UnitStructureService.capacityKeepsBeds(1, 2))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("capacity"))
        .hasMessageContaining("2 beds");
  }

  @Test
  void ageLimits_mayBeEqualOrOneSided_butTheMinimumNotAboveTheMaximum() {
    assertThatNoException().isThrownBy(() -> UnitStructureService.agesInOrder(18, 18));
    assertThatNoException().isThrownBy(() -> UnitStructureService.agesInOrder(18, null));
    assertThatNoException().isThrownBy(() -> UnitStructureService.agesInOrder(null, 17));
    assertThatNoException().isThrownBy(() -> UnitStructureService.agesInOrder(null, null));
    assertThatThrownBy(() -> UnitStructureService.agesInOrder(65, 18))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("max_age"))
        .hasMessageContaining("(65)");
  }

  @Test
  void genderPolicy_mustAdmitThePatientsInTheRoom() {
    assertThatNoException().isThrownBy(() -> UnitStructureService.genderPolicyFitsOccupants(GenderPolicy.FEMALE,
        List.of("F", "F")));
    assertThatNoException().isThrownBy(() -> UnitStructureService.genderPolicyFitsOccupants(GenderPolicy.MALE,
        List.of()));
    assertThatNoException().isThrownBy(() -> UnitStructureService.genderPolicyFitsOccupants(GenderPolicy.SAME,
        List.of("M", "M")));
    assertThatNoException().isThrownBy(() -> UnitStructureService.genderPolicyFitsOccupants(GenderPolicy.ANY,
        List.of("M", "F")));
    for (var refused : List.of(
        new Object[] {GenderPolicy.MALE, List.of("M", "F")},
        new Object[] {GenderPolicy.FEMALE, List.of("U")},
        new Object[] {GenderPolicy.SAME, List.of("M", "F")})) {
      @SuppressWarnings("unchecked") List<String> sexes = (List<String>) refused[1];
      assertThatThrownBy(() -> UnitStructureService.genderPolicyFitsOccupants((GenderPolicy) refused[0], sexes))
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("gender-policy"));
    }
  }

  @Test
  void newBeds_takeTheFirstFreeLetters() {
    assertThat(UnitStructureService.nextBedCodes(Set.of(), 3)).containsExactly("A", "B", "C");
    assertThat(UnitStructureService.nextBedCodes(Set.of("A", "C"), 2)).containsExactly("B", "D");
    assertThat(UnitStructureService.nextBedCodes(Set.of("A"), 0)).isEmpty();
  }

  @Test
  void equipment_isStoredInDeclarationOrder_andUnknownStoredCodesAreSkipped() {
    assertThat(RoomEquipment.store(EnumSet.of(RoomEquipment.ISOLATION, RoomEquipment.OXYGEN)))
        .isEqualTo("OXYGEN,ISOLATION");
    assertThat(RoomEquipment.store(null)).isEmpty();
    assertThat(RoomEquipment.parse("oxygen, TELEMETRY,LASER")).containsExactly(RoomEquipment.OXYGEN,
        RoomEquipment.TELEMETRY);
    assertThat(RoomEquipment.parse("")).isEmpty();
  }
}

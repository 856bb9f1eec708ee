package fr.hen.stays.beds;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.stays.BedStatus;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BedRefTest {

  @Test
  void bedLabel_isRoomDashBed_andTheRoomIsDescribedByPolicyThenEquipment() {
    BedRef bed = new BedRef(1, "A", 2, "101", 3, "ONCA", GenderPolicy.FEMALE,
        EnumSet.of(RoomEquipment.ISOLATION, RoomEquipment.OXYGEN), BedStatus.FREE, null);
    assertThat(bed.label()).isEqualTo("101-A");
    assertThat(bed.roomKeys()).containsExactly("genderPolicy.FEMALE", "equipment.OXYGEN", "equipment.ISOLATION");
    assertThat(new BedRef(1, "B", 2, "102", 3, "ONCA", GenderPolicy.ANY, Set.of(), BedStatus.FREE, null).roomKeys())
        .isEmpty();
  }
}

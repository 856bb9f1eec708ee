package fr.hen.stays.beds;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.stays.BedStatus;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UnitDetailTest {

  static UnitDetail.Room room(String code, int beds) {
    List<UnitDetail.Bed> list = IntStream.range(0, beds)
        .mapToObj(i -> new UnitDetail.Bed(i, String.valueOf((char) ('A' + i)), BedStatus.FREE, null)).toList();
    return new UnitDetail.Room(code.hashCode(), code, Math.max(1, beds), GenderPolicy.ANY, Set.of(), list);
  }

  @Test
  void bedCount_addsTheBedsOfEveryRoom() {
    UnitDetail unit = new UnitDetail(1, "ONCA", "Oncologie", "MEDICAL_ONCOLOGY", null, null, List.of(room("101", 2),
        room("102", 3), room("103", 0)));
    assertThat(unit.bedCount()).isEqualTo(5);
    assertThat(new UnitDetail(2, "NEW", "Nouvelle", "GERIATRICS", null, null, List.of()).bedCount()).isZero();
  }

  @Test
  void room_isFoundByItsExactCode() {
    UnitDetail unit = new UnitDetail(1, "ONCA", "Oncologie", "MEDICAL_ONCOLOGY", null, null, List.of(room("101", 1),
        room("101 bis", 2)));
    assertThat(unit.room("101 bis")).hasValueSatisfying(r -> assertThat(r.beds()).hasSize(2));
    assertThat(unit.room("101")).hasValueSatisfying(r -> assertThat(r.beds()).hasSize(1));
    assertThat(unit.room("102")).isEmpty();
  }
}

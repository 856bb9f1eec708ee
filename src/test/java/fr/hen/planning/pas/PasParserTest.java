package fr.hen.planning.pas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasParserTest {

  static final List<String> TINY = List.of(
      "ARTICLE BENCHMARK DATA SET", "Rooms: 2", "Roomproperties: 2", "Beds: 3", "Departments: 1", "Specialisms: 2",
      "Patients: 3", "Planning horizon: 4", "", "SPECIALISMS:", "1 cardio", "2 onco", "", "DEPARTMENTS:",
      "1 dept 0 65 | 1 1 2 2", "", "ROOMPROPERTIES:", "1 telemetry", "2 oxygen", "", "ROOMS:",
      "1 r1 | 1 | 1 | D | 1 1 | 1 0", "2 r2 | 2 | 1 | F | 1 2 2 1 | 0 1", "", "BEDS:", "1 1", "2 2", "3 2", "",
      "PATIENTS:", "1 p1 40 M | 0 3 | 2 1 1 2 2 | 1 | 1 0 | 1 1", "2 p2 30 F | 2 6 | 1 2 4 | 0 | 0 0 | 0 0",
      "3 p3 50 F | 1 1 | 1 2 0 | 0 | 0 0 | 0 0", "", "END.");

  @Test
  void benchmarkInstance_isReadWithItsCounts() throws Exception {
    PasInstance instance = PasScorerTest.instance("testdata01");
    assertThat(instance.rooms()).hasSize(98);
    assertThat(instance.beds()).hasSize(286);
    assertThat(instance.departments()).hasSize(4);
    assertThat(instance.nightCount()).isEqualTo(14);
    assertThat(instance.equipment()).containsExactly("telemetry", "oxygen");
    assertThat(instance.patients()).hasSizeBetween(600, 693);
  }

  @Test
  void tinyInstance_partsSplitBySpecialism_cutAtTheHorizon_andPatientsWithoutNightsLeftOut() {
    PasInstance instance = PasParser.parse("tiny", TINY);
    assertThat(instance.patients()).extracting(Patient::name).containsExactly("p1", "p2");
    assertThat(instance.parts()).extracting(AdmissionPart::firstNight, AdmissionPart::endNight)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1), org.assertj.core.groups.Tuple.tuple(1, 3),
            org.assertj.core.groups.Tuple.tuple(2, 4));
    Patient p1 = instance.patients().getFirst();
    assertThat(p1.requiredEquipment()).isEqualTo(1);
    assertThat(p1.preferredEquipment()).as("telemetry is required, so only oxygen is preferred").isEqualTo(2);
    assertThat(p1.preferredMaximumRoomCapacity()).isEqualTo(1);
    Room r2 = instance.rooms().get(1);
    assertThat(r2.genderPolicy()).isEqualTo(GenderPolicy.FEMALE_ONLY);
    assertThat(r2.priorityOf(instance.specialisms().get(0))).isEqualTo(2);
    assertThat(r2.beds()).hasSize(2);
    assertThat(instance.departments().getFirst().minimumAge()).isNull();
    assertThat(instance.departments().getFirst().maximumAge()).isEqualTo(65);
  }

  private static void failsAt(int line, String message, int index, String replacement) {
    List<String> lines = new ArrayList<>(TINY);
    if (replacement == null) {
      lines.remove(index);
    } else {
      lines.set(index, replacement);
    }
    assertThatThrownBy(() -> PasParser.parse("bad", lines)).isInstanceOf(PasFormatException.class)
        .hasMessageContaining("line " + line + ":").hasMessageContaining(message);
  }

  @Test
  void malformedInstances_nameTheLineAndTheFault() {
    failsAt(1, "ARTICLE BENCHMARK DATA SET", 0, "HELLO");
    failsAt(2, "not a number", 1, "Rooms: many");
    failsAt(22, "fields separated by |", 21, "1 r1 | 1 | 1 | D | 1 1");
    failsAt(23, "gender policy", 22, "2 r2 | 2 | 1 | X | 1 2 2 1 | 0 1");
    failsAt(26, "unknown room 9", 25, "1 9");
    failsAt(31, "gender must be M or F", 30, "1 p1 40 X | 0 3 | 2 1 1 2 2 | 1 | 1 0 | 1 1");
    failsAt(31, "add up to 3, the stay has 4", 30, "1 p1 40 M | 0 4 | 2 1 1 2 2 | 1 | 1 0 | 1 1");
    failsAt(32, "unknown specialism 7", 31, "2 p2 30 F | 2 6 | 1 7 4 | 0 | 0 0 | 0 0");
    failsAt(32, "equipment flag must be 0 or 1", 31, "2 p2 30 F | 2 6 | 1 2 4 | 0 | 0 2 | 0 0");
    failsAt(35, "expected \"END.\"", 34, "THE END");
    failsAt(35, "unexpected end of file", 34, null);
  }
}

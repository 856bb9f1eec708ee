package fr.hen.planning.pas;

import static fr.hen.planning.pas.PasFixtures.ANY_AGE;
import static fr.hen.planning.pas.PasFixtures.CARDIOLOGY;
import static fr.hen.planning.pas.PasFixtures.ONCOLOGY;
import static fr.hen.planning.pas.PasFixtures.OXYGEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PasLowerBoundTest {

  @Test
  void eachPartInItsCheapestAllowedRoom_othersIgnored_andPartsWithoutAllowedRoomUnplaced() {
    Room large = PasFixtures.room(ANY_AGE, 4, GenderPolicy.ANY, Map.of(CARDIOLOGY, 1), 0);
    Room oncology = PasFixtures.room(ANY_AGE, 1, GenderPolicy.MALE_ONLY, Map.of(ONCOLOGY, 1), 0);
    PasFixtures.bed(large);
    PasFixtures.bed(oncology);
    // a woman wanting a single room in cardiology: large room costs 8/night, the single one is men only → 8 × 3
    Patient woman = PasFixtures.patient(Gender.FEMALE, 50, 1, 0, 0);
    // a man in oncology wanting a single room: the oncology room is free of cost → 0
    Patient man = PasFixtures.patient(Gender.MALE, 50, 1, 0, 0);
    // oxygen required, no room has it → unplaced, 2 nights of medium
    Patient needsOxygen = PasFixtures.patient(Gender.MALE, 50, null, OXYGEN, 0);
    List<AdmissionPart> parts = List.of(new AdmissionPart(0, woman, 0, 3, CARDIOLOGY),
        new AdmissionPart(1, man, 0, 3, ONCOLOGY), new AdmissionPart(2, needsOxygen, 1, 3, CARDIOLOGY));
    PasInstance instance = new PasInstance("tiny", 4, List.of(CARDIOLOGY, ONCOLOGY), List.of("telemetry", "oxygen"),
        List.of(ANY_AGE), List.of(large, oncology), List.of(large.beds().getFirst(), oncology.beds().getFirst()),
        List.of(woman, man, needsOxygen), parts);
    PasLowerBound bound = PasLowerBound.of(instance);
    assertThat(bound).isEqualTo(new PasLowerBound(-2, -24));
    assertThat(bound.gap(0, -2, -30)).isEqualTo(6);
    assertThat(bound.relativeGap(6)).isEqualTo(25.0);
    assertThat(bound.gap(-50, -2, -24)).as("infeasible scores do not compare").isEqualTo(-1);
    assertThat(bound.gap(0, -3, -24)).as("more unplaced than the bound").isEqualTo(-1);
  }
}

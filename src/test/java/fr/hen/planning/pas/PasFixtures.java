package fr.hen.planning.pas;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small hand-made structure for the rule tests: one department (cardiology, ages 18–65), rooms as each test needs. */
final class PasFixtures {

  static final Specialism CARDIOLOGY = new Specialism(1, "cardiology");
  static final Specialism ONCOLOGY = new Specialism(2, "oncology");
  static final int TELEMETRY = 1;
  static final int OXYGEN = 2;
  static final Department ADULTS = new Department(1, "adults", 18, 65, Set.of(CARDIOLOGY));
  static final Department ANY_AGE = new Department(2, "any age", null, null, Set.of(CARDIOLOGY, ONCOLOGY));

  private static long ids;

  private PasFixtures() {}

  static Room room(Department department, int capacity, GenderPolicy policy, Map<Specialism, Integer> specialisms,
      int equipment) {
    return new Room(++ids, "room" + ids, capacity, department, policy, specialisms, equipment);
  }

  /** A cardiology room of the any-age department, open to any gender, with telemetry and oxygen, 2 beds. */
  static Room goodRoom() {
    return room(ANY_AGE, 2, GenderPolicy.ANY, Map.of(CARDIOLOGY, 1), TELEMETRY | OXYGEN);
  }

  static Bed bed(Room room) {
    long id = ++ids;
    return new Bed(id, room, Long.toString(id));
  }

  static Patient patient(Gender gender, int age) {
    return new Patient(++ids, "patient" + ids, age, gender, null, 0, 0);
  }

  static Patient patient(Gender gender, int age, Integer preferredCapacity, int required, int preferred) {
    return new Patient(++ids, "patient" + ids, age, gender, preferredCapacity, required, preferred);
  }

  /** The patient's part over nights [first, end) in cardiology, placed in this bed. */
  static BedDesignation placed(Patient patient, int first, int end, Bed bed) {
    return placed(patient, first, end, CARDIOLOGY, bed);
  }

  static BedDesignation placed(Patient patient, int first, int end, Specialism specialism, Bed bed) {
    BedDesignation d = new BedDesignation(++ids, new AdmissionPart(ids, patient, first, end, specialism),
        bed == null ? List.of() : List.of(bed));
    d.setBed(bed);
    return d;
  }
}

package fr.hen.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Units, rooms and beds of the three member hospitals. */
final class DemoHospitals {

  record UnitSpec(String code, String name, String specialism, int beds, double meanLos) {}

  record Unit(long id, long organisationId, UnitSpec spec) {}

  record Room(long id, long unitId, String code, int capacity, String genderPolicy, String equipment) {}

  record Bed(long id, long roomId, Unit unit, String code) {}

  record Layout(List<Unit> units, List<Room> rooms, List<Bed> beds) {}

  /** The regional cancer centre: 12 units, 300 beds. */
  static final List<UnitSpec> CANCER_CENTRE = List.of(
      new UnitSpec("ONCA", "Oncologie médicale A", "MEDICAL_ONCOLOGY", 32, 6.5),
      new UnitSpec("ONCB", "Oncologie médicale B", "MEDICAL_ONCOLOGY", 32, 6.5),
      new UnitSpec("HEMA", "Hématologie", "HAEMATOLOGY", 28, 11.0),
      new UnitSpec("CDIG", "Chirurgie digestive", "DIGESTIVE_SURGERY", 28, 7.5),
      new UnitSpec("CGYN", "Chirurgie gynécologique et sénologique", "GYNAECOLOGICAL_SURGERY", 26, 4.0),
      new UnitSpec("CORL", "Chirurgie ORL et cervico-faciale", "ENT_SURGERY", 22, 8.0),
      new UnitSpec("USP", "Unité de soins palliatifs", "PALLIATIVE_CARE", 14, 14.0),
      new UnitSpec("RTH", "Radiothérapie — hospitalisation", "RADIOTHERAPY", 20, 5.0),
      new UnitSpec("SSUP", "Soins de support et douleur", "SUPPORTIVE_CARE", 24, 6.0),
      new UnitSpec("HDS", "Hôpital de semaine", "MEDICAL_ONCOLOGY", 30, 3.0),
      new UnitSpec("USC", "Unité de surveillance continue", "CRITICAL_CARE", 12, 4.5),
      new UnitSpec("THOR", "Chirurgie thoracique", "THORACIC_SURGERY", 32, 7.0));

  static final List<UnitSpec> ARTOIS = List.of(
      new UnitSpec("MED", "Médecine polyvalente", "INTERNAL_MEDICINE", 30, 7.0),
      new UnitSpec("CARD", "Cardiologie", "CARDIOLOGY", 24, 5.5),
      new UnitSpec("PNEU", "Pneumologie", "PNEUMOLOGY", 24, 8.0),
      new UnitSpec("GER", "Gériatrie aiguë", "GERIATRICS", 28, 10.0),
      new UnitSpec("CHIR", "Chirurgie viscérale", "DIGESTIVE_SURGERY", 26, 5.0),
      new UnitSpec("ORTH", "Orthopédie", "ORTHOPAEDICS", 28, 6.0));

  static final List<UnitSpec> LITTORAL = List.of(
      new UnitSpec("MED", "Médecine interne", "INTERNAL_MEDICINE", 28, 7.0),
      new UnitSpec("ONCO", "Oncologie", "MEDICAL_ONCOLOGY", 20, 6.0),
      new UnitSpec("GER", "Gériatrie", "GERIATRICS", 24, 11.0),
      new UnitSpec("CHIR", "Chirurgie", "GENERAL_SURGERY", 26, 5.0),
      new UnitSpec("NEUR", "Neurologie", "NEUROLOGY", 20, 8.0));

  private final Random random;
  private final List<Unit> units = new ArrayList<>();
  private final List<Room> rooms = new ArrayList<>();
  private final List<Bed> beds = new ArrayList<>();

  DemoHospitals(Random random) {
    this.random = random;
  }

  DemoHospitals add(long organisationId, List<UnitSpec> specs) {
    for (UnitSpec spec : specs) {
      Unit unit = new Unit(units.size() + 1L, organisationId, spec);
      units.add(unit);
      int placed = 0;
      int roomNumber = 1;
      while (placed < spec.beds()) {
        int capacity = Math.min(spec.beds() - placed, random.nextInt(100) < 60 ? 1 : 2);
        String equipment = equipment(spec);
        Room room = new Room(rooms.size() + 1L, unit.id(), String.valueOf(100 * (1 + units.size() % 5) + roomNumber++),
            capacity, capacity == 1 ? "ANY" : "SAME", equipment);
        rooms.add(room);
        for (int b = 0; b < capacity; b++) {
          beds.add(new Bed(beds.size() + 1L, room.id(), unit, b == 0 ? "A" : "B"));
        }
        placed += capacity;
      }
    }
    return this;
  }

  Layout layout() {
    return new Layout(List.copyOf(units), List.copyOf(rooms), List.copyOf(beds));
  }

  private String equipment(UnitSpec spec) {
    List<String> items = new ArrayList<>();
    if (random.nextInt(100) < 70) {
      items.add("OXYGEN");
    }
    if ("CRITICAL_CARE".equals(spec.specialism()) || random.nextInt(100) < 8) {
      items.add("TELEMETRY");
    }
    if (random.nextInt(100) < 10) {
      items.add("ISOLATION");
    }
    return String.join(",", items);
  }
}

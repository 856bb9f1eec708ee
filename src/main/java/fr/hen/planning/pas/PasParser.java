package fr.hen.planning.pas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a benchmark instance ({@code ../shared/data/pas/README.md} gives the format). Any deviation is a
 * {@link PasFormatException} naming the line. Admission parts follow the OptaPlanner example's importer: a patient
 * without a night in the horizon is left out, nights past the horizon are cut.
 */
public final class PasParser {

  private final List<String> lines;
  private int next;
  private int lineNumber;

  private PasParser(List<String> lines) {
    this.lines = lines;
  }

  public static PasInstance parse(Path file) throws IOException {
    String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
    return parse(name, Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  public static PasInstance parse(String name, List<String> lines) {
    return new PasParser(lines).read(name);
  }

  private PasInstance read(String name) {
    expect("ARTICLE BENCHMARK DATA SET");
    int roomCount = count("Rooms:");
    int equipmentCount = count("Roomproperties:");
    int bedCount = count("Beds:");
    int departmentCount = count("Departments:");
    int specialismCount = count("Specialisms:");
    int patientCount = count("Patients:");
    int nightCount = count("Planning horizon:");
    if (equipmentCount > 31) {
      throw error("at most 31 room properties are supported, not " + equipmentCount);
    }

    expect("SPECIALISMS:");
    Map<Long, Specialism> specialisms = new LinkedHashMap<>();
    for (int i = 0; i < specialismCount; i++) {
      String[] t = tokens(nextLine(), 2);
      Specialism s = new Specialism(number(t[0]), t[1]);
      unique(specialisms.put(s.id(), s), "specialism", s.id());
    }

    expect("DEPARTMENTS:");
    Map<Long, Department> departments = new LinkedHashMap<>();
    for (int i = 0; i < departmentCount; i++) {
      String[] parts = pipes(nextLine(), 2);
      String[] t = tokens(parts[0], 4);
      int min = (int) number(t[2]);
      int max = (int) number(t[3]);
      Set<Specialism> treated = new HashSet<>(priorities(parts[1], specialisms).keySet());
      Department d = new Department(number(t[0]), t[1], min == 0 ? null : min, max == 0 ? null : max, treated);
      unique(departments.put(d.id(), d), "department", d.id());
    }

    expect("ROOMPROPERTIES:");
    List<String> equipment = new ArrayList<>();
    for (int i = 0; i < equipmentCount; i++) {
      equipment.add(tokens(nextLine(), 2)[1]);
    }

    expect("ROOMS:");
    Map<Long, Room> rooms = new LinkedHashMap<>();
    for (int i = 0; i < roomCount; i++) {
      String[] parts = pipes(nextLine(), 6);
      String[] t = tokens(parts[0], 2);
      Department department = departments.get(number(parts[2]));
      if (department == null) {
        throw error("unknown department " + parts[2]);
      }
      GenderPolicy policy;
      try {
        policy = GenderPolicy.ofCode(parts[3]);
      } catch (IllegalArgumentException e) {
        throw error(e.getMessage());
      }
      Room room = new Room(number(t[0]), t[1], (int) number(parts[1]), department, policy,
          priorities(parts[4], specialisms), flags(parts[5], equipmentCount));
      unique(rooms.put(room.id(), room), "room", room.id());
    }

    expect("BEDS:");
    Map<Long, Bed> beds = new LinkedHashMap<>();
    for (int i = 0; i < bedCount; i++) {
      String[] t = tokens(nextLine(), 2);
      Room room = rooms.get(number(t[1]));
      if (room == null) {
        throw error("unknown room " + t[1]);
      }
      long id = number(t[0]);
      if (beds.containsKey(id)) {
        throw error("bed " + id + " is listed twice");
      }
      beds.put(id, new Bed(id, room, t[0]));
    }

    expect("PATIENTS:");
    List<Patient> patients = new ArrayList<>();
    List<AdmissionPart> admissionParts = new ArrayList<>();
    Set<Long> patientIds = new HashSet<>();
    for (int i = 0; i < patientCount; i++) {
      readPatient(nextLine(), specialisms, equipmentCount, nightCount, patientIds, patients, admissionParts);
    }
    expect("END.");
    return new PasInstance(name, nightCount, List.copyOf(specialisms.values()), List.copyOf(equipment),
        List.copyOf(departments.values()), List.copyOf(rooms.values()), List.copyOf(beds.values()),
        List.copyOf(patients), List.copyOf(admissionParts));
  }

  private void readPatient(String line, Map<Long, Specialism> specialisms, int equipmentCount, int nightCount,
      Set<Long> patientIds, List<Patient> patients, List<AdmissionPart> admissionParts) {
    String[] parts = pipes(line, 6);
    String[] t = tokens(parts[0], 4);
    long id = number(t[0]);
    if (!patientIds.add(id)) {
      throw error("patient " + id + " is listed twice");
    }
    Gender gender;
    try {
      gender = Gender.ofCode(t[3]);
    } catch (IllegalArgumentException e) {
      throw error(e.getMessage());
    }
    String[] stay = tokens(parts[1], 2);
    int admission = (int) number(stay[0]);
    int discharge = (int) number(stay[1]);
    if (discharge < admission) {
      throw error("discharge night " + discharge + " is before admission night " + admission);
    }
    String[] specialismTokens = tokens(parts[2], -1);
    int partCount = (int) number(specialismTokens[0]);
    if (specialismTokens.length != 2 * partCount + 1) {
      throw error("expected " + partCount + " pairs of specialism and nights after the 2nd |");
    }
    int capacity = (int) number(parts[3]);
    Patient patient = new Patient(id, t[1], (int) number(t[2]), gender, capacity == 0 ? null : capacity,
        flags(parts[4], equipmentCount), flags(parts[5], equipmentCount));
    int night = admission;
    List<AdmissionPart> ofPatient = new ArrayList<>();
    for (int j = 1; j < specialismTokens.length; j += 2) {
      Specialism specialism = specialisms.get(number(specialismTokens[j]));
      if (specialism == null) {
        throw error("unknown specialism " + specialismTokens[j]);
      }
      int nights = (int) number(specialismTokens[j + 1]);
      int end = Math.min(night + nights, nightCount);
      if (night < end) {
        ofPatient.add(new AdmissionPart(admissionParts.size() + ofPatient.size(), patient, night, end, specialism));
      }
      night += nights;
    }
    if (night != discharge) {
      throw error("the parts' nights add up to " + (night - admission) + ", the stay has " + (discharge - admission));
    }
    if (!ofPatient.isEmpty()) {
      patients.add(patient);
      admissionParts.addAll(ofPatient);
    }
  }

  private Map<Specialism, Integer> priorities(String text, Map<Long, Specialism> specialisms) {
    String[] t = tokens(text, -1);
    if (t.length % 2 != 0) {
      throw error("expected pairs of priority and specialism");
    }
    Map<Specialism, Integer> priorities = new HashMap<>();
    for (int j = 0; j < t.length; j += 2) {
      long specialismId = number(t[j + 1]);
      if (specialismId == 0) {
        continue;
      }
      Specialism specialism = specialisms.get(specialismId);
      if (specialism == null) {
        throw error("unknown specialism " + specialismId);
      }
      priorities.merge(specialism, (int) number(t[j]), Math::min);
    }
    return priorities;
  }

  private int flags(String text, int count) {
    String[] t = tokens(text, count);
    int mask = 0;
    for (int j = 0; j < count; j++) {
      switch (t[j]) {
        case "1" -> mask |= 1 << j;
        case "0" -> { }
        default -> throw error("equipment flag must be 0 or 1, not " + t[j]);
      }
    }
    return mask;
  }

  private void expect(String constant) {
    String line = nextLine();
    if (!line.equals(constant)) {
      throw error("expected \"" + constant + "\", found \"" + line + "\"");
    }
  }

  private int count(String key) {
    String line = nextLine();
    if (!line.startsWith(key)) {
      throw error("expected \"" + key + " <number>\", found \"" + line + "\"");
    }
    long n = number(line.substring(key.length()).trim());
    if (n < 0 || n > 1_000_000) {
      throw error(key + " out of range: " + n);
    }
    return (int) n;
  }

  private String nextLine() {
    while (next < lines.size()) {
      String line = lines.get(next++).strip();
      lineNumber = next;
      if (!line.isEmpty()) {
        return line;
      }
    }
    lineNumber = lines.size() + 1;
    throw error("unexpected end of file");
  }

  private String[] pipes(String line, int expected) {
    String[] parts = line.split("\\|", -1);
    if (parts.length != expected) {
      throw error("expected " + expected + " fields separated by |, found " + parts.length);
    }
    for (int i = 0; i < parts.length; i++) {
      parts[i] = parts[i].strip();
    }
    return parts;
  }

  /** Splits on spaces; {@code expected} −1 = any number but at least one. */
  private String[] tokens(String text, int expected) {
    String[] t = text.isBlank() ? new String[0] : text.strip().split("\\s+");
    if (expected >= 0 ? t.length != expected : t.length == 0) {
      throw error("expected " + (expected >= 0 ? expected : "some") + " values in \"" + text + "\", found "
          + t.length);
    }
    return t;
  }

  private long number(String token) {
    try {
      return Long.parseLong(token);
    } catch (NumberFormatException e) {
      throw error("not a number: \"" + token + "\"");
    }
  }

  private void unique(Object previous, String what, long id) {
    if (previous != null) {
      throw error(what + " " + id + " is listed twice");
    }
  }

  private PasFormatException error(String message) {
    return new PasFormatException(lineNumber, message);
  }
}

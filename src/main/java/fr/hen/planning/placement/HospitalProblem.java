package fr.hen.planning.placement;

import fr.hen.planning.pas.AdmissionPart;
import fr.hen.planning.pas.Bed;
import fr.hen.planning.pas.BedDesignation;
import fr.hen.planning.pas.Department;
import fr.hen.planning.pas.Gender;
import fr.hen.planning.pas.GenderPolicy;
import fr.hen.planning.pas.PasCosts;
import fr.hen.planning.pas.PasSchedule;
import fr.hen.planning.pas.Patient;
import fr.hen.planning.pas.Room;
import fr.hen.planning.pas.Specialism;
import fr.hen.stays.BedOccupancy.Occupant;
import fr.hen.stays.BedStatus;
import fr.hen.stays.HospitalBeds.BedFact;
import fr.hen.stays.PlannedAdmissions.PlannedAdmissionFact;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A hospital mapped onto the Patient Admission Scheduling model, night 0 being tonight: units → departments (their
 * specialism and age limits), rooms (capacity, gender policy, equipment; the unit's specialism at priority 1), beds
 * (blocked ones left out, and reserved ones whose admission is not in the horizon); planned admissions → parts to
 * place (one with a reserved bed is pinned to it, the patient's age on the planned date); in-hospital patients → parts
 * in their bed until their expected discharge date (to the horizon's end when none), their age taken within their
 * unit's limits ({@link #ageInUnit}), their specialism the one they were planned for (else their unit's). Without
 * transfers they are pinned to their bed; with transfers they start in it and may move to any bed that suits them
 * alone, their own always allowed ({@link #movable}).
 */
record HospitalProblem(LocalDate today, int nights, boolean transfers, PasSchedule schedule,
    Map<Long, PlannedAdmissionFact> admissions, Map<Long, Occupant> occupants, Map<Long, BedFact> beds) {

  /** Designation id → the planned admission it places (the other designations are in-hospital patients). */
  PlannedAdmissionFact admissionOf(BedDesignation d) {
    return admissions.get(d.getId());
  }

  /** The in-hospital patient a designation places, or null (a planned admission). */
  Occupant occupantOf(BedDesignation d) {
    return occupants.get(d.getId());
  }

  BedFact bedOf(Bed bed) {
    return bed == null ? null : beds.get(bed.id());
  }

  /** The hospital with its in-hospital patients pinned to their beds. */
  static HospitalProblem of(LocalDate today, int nights, List<BedFact> bedFacts, List<Occupant> occupants,
      List<PlannedAdmissionFact> queue) {
    return of(today, nights, bedFacts, occupants, queue, false);
  }

  static HospitalProblem of(LocalDate today, int nights, List<BedFact> bedFacts, List<Occupant> occupants,
      List<PlannedAdmissionFact> queue, boolean transfers) {
    Map<String, Specialism> specialisms = new LinkedHashMap<>();
    Map<String, Integer> equipmentBits = new HashMap<>();
    Map<Long, Department> departments = new LinkedHashMap<>();
    Map<Long, Room> rooms = new LinkedHashMap<>();
    Map<Long, Bed> beds = new LinkedHashMap<>();
    Map<Long, BedFact> factsById = new HashMap<>();
    Set<Long> reservedInHorizon = new java.util.HashSet<>();
    for (PlannedAdmissionFact a : queue) {
      if (a.reservedBedId() != null && inHorizon(a, today, nights)) {
        reservedInHorizon.add(a.reservedBedId());
      }
    }
    for (BedFact f : bedFacts) {
      if (f.status() == BedStatus.BLOCKED
          || f.status() == BedStatus.RESERVED && !reservedInHorizon.contains(f.bedId())) {
        continue;
      }
      Specialism unitSpecialism = specialisms.computeIfAbsent(f.unitSpecialism(),
          code -> new Specialism(specialisms.size() + 1, code));
      Department department = departments.computeIfAbsent(f.unitId(),
          id -> new Department(id, f.unitCode(), f.unitMinimumAge(), f.unitMaximumAge(), Set.of(unitSpecialism)));
      Room room = rooms.computeIfAbsent(f.roomId(), id -> new Room(id, f.unitCode() + " " + f.roomCode(),
          f.roomCapacity(), department, policy(f.genderPolicy()), Map.of(unitSpecialism, 1),
          bits(f.equipment(), equipmentBits)));
      beds.put(f.bedId(), new Bed(f.bedId(), room, f.label()));
      factsById.put(f.bedId(), f);
    }
    List<Bed> bedList = List.copyOf(beds.values());
    List<Patient> patients = new ArrayList<>();
    List<BedDesignation> designations = new ArrayList<>();
    Map<Long, PlannedAdmissionFact> admissions = new HashMap<>();
    Map<Long, Occupant> inHospital = new HashMap<>();
    long id = 0;
    for (Occupant o : occupants) {
      Bed bed = beds.get(o.bedId());
      int end = o.expectedDischargeDate() == null ? nights
          : (int) Math.clamp(ChronoUnit.DAYS.between(today, o.expectedDischargeDate()), 1, nights);
      if (bed == null) {
        continue;
      }
      Patient patient = new Patient(++id, "stay " + o.stayId(), ageInUnit(o.age(), bed.room().department()),
          gender(o.sex()), null, 0, 0);
      patients.add(patient);
      Specialism specialism = o.specialism() == null
          ? bed.room().specialismPriorities().keySet().iterator().next()
          : specialisms.computeIfAbsent(o.specialism(), code -> new Specialism(specialisms.size() + 1, code));
      AdmissionPart part = new AdmissionPart(id, patient, 0, end, specialism);
      designations.add(transfers && movable(o, today)
          ? new BedDesignation(id, part, withCurrent(PasCosts.allowedBeds(patient, bedList), bed), bed, false)
          : new BedDesignation(id, part, List.of(bed), bed, true));
      inHospital.put(id, o);
    }
    for (PlannedAdmissionFact a : queue) {
      if (!inHorizon(a, today, nights)) {
        continue;
      }
      int first = (int) Math.max(0, ChronoUnit.DAYS.between(today, a.plannedDate()));
      int end = (int) Math.min(nights, ChronoUnit.DAYS.between(today, a.plannedEnd()));
      Patient patient = new Patient(++id, "planned " + a.id(), a.age(), gender(a.sex()), a.preferredRoomSize(),
          bits(a.requiredEquipment(), equipmentBits), bits(a.preferredEquipment(), equipmentBits));
      patients.add(patient);
      Specialism specialism = specialisms.computeIfAbsent(a.specialism(),
          code -> new Specialism(specialisms.size() + 1, code));
      AdmissionPart part = new AdmissionPart(id, patient, first, end, specialism);
      Bed reserved = a.reservedBedId() == null ? null : beds.get(a.reservedBedId());
      BedDesignation d = reserved != null
          ? new BedDesignation(id, part, List.of(reserved), reserved, true)
          : new BedDesignation(id, part, PasCosts.allowedBeds(patient, bedList));
      designations.add(d);
      admissions.put(id, a);
    }
    PasSchedule schedule = new PasSchedule(nights, List.copyOf(departments.values()), List.copyOf(rooms.values()),
        bedList, patients, designations);
    return new HospitalProblem(today, nights, transfers, schedule, admissions, inHospital, factsById);
  }

  /**
   * Whether an in-hospital patient may be moved when transfers are allowed: not on the day he is expected to leave
   * (an expected discharge date today or past: a move on his last day gains nothing worth disturbing him and his
   * team, and tonight's bed is uncertain anyway). An unknown expected discharge date counts as staying to the
   * horizon's end, as for the costs.
   */
  static boolean movable(Occupant o, LocalDate today) {
    return o.expectedDischargeDate() == null || o.expectedDischargeDate().isAfter(today);
  }

  /** The beds that suit the patient alone, plus his own (he is there already: perhaps an exception made by staff). */
  private static List<Bed> withCurrent(List<Bed> allowed, Bed current) {
    if (allowed.contains(current)) {
      return allowed;
    }
    List<Bed> range = new ArrayList<>(allowed);
    range.add(current);
    return List.copyOf(range);
  }

  /**
   * An in-hospital patient's age as the model sees it: within the unit's limits, since the patient is there already
   * (pinned, an exception the staff made or an unknown age) and the age rules are for placing the planned admissions;
   * otherwise every plan would look infeasible.
   */
  static int ageInUnit(Integer age, Department unit) {
    int known = age == null ? 0 : age;
    if (unit.isTooYoung(known)) {
      return unit.minimumAge();
    }
    return unit.isTooOld(known) ? unit.maximumAge() : known;
  }

  private static boolean inHorizon(PlannedAdmissionFact a, LocalDate today, int nights) {
    return a.plannedEnd().isAfter(today) && a.plannedDate().isBefore(today.plusDays(nights)) && a.nights() > 0;
  }

  static GenderPolicy policy(String code) {
    return switch (code) {
      case "MALE" -> GenderPolicy.MALE_ONLY;
      case "FEMALE" -> GenderPolicy.FEMALE_ONLY;
      case "SAME" -> GenderPolicy.SAME_GENDER;
      default -> GenderPolicy.ANY;
    };
  }

  static Gender gender(String sex) {
    return switch (sex == null ? "U" : sex) {
      case "M" -> Gender.MALE;
      case "F" -> Gender.FEMALE;
      default -> Gender.UNKNOWN;
    };
  }

  private static int bits(Set<String> codes, Map<String, Integer> index) {
    int mask = 0;
    for (String code : codes) {
      int bit = index.computeIfAbsent(code, c -> index.size());
      if (bit < 31) {
        mask |= 1 << bit;
      }
    }
    return mask;
  }
}

package fr.hen.planning.pas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why each designation costs what it costs: the rules it breaks with their cost, by the published weights of
 * {@link PasConstraints} (Timefold's per-match score analysis is a commercial feature, so the explanation is
 * computed here; a test checks it adds up to the solver's score). A rule between two parts (a shared bed, mixed
 * sexes) is told on both, each with the whole cost.
 */
public final class PasExplanation {

  /** A rule broken by a designation: its constraint name, level ({@code hard}, {@code medium}, {@code soft}), cost. */
  public record Reason(String rule, String level, long cost, boolean shared) {}

  private PasExplanation() {}

  public static Map<BedDesignation, List<Reason>> of(List<BedDesignation> designations) {
    Map<BedDesignation, List<Reason>> reasons = new LinkedHashMap<>();
    Map<Object, List<BedDesignation>> byBed = new HashMap<>();
    Map<Object, List<BedDesignation>> bySameGenderRoom = new HashMap<>();
    for (BedDesignation d : designations) {
      List<Reason> why = new ArrayList<>();
      reasons.put(d, why);
      int nights = d.getNights();
      Bed bed = d.getBed();
      if (bed == null) {
        if (d.getCurrentBed() != null) {
          why.add(new Reason(PasConstraints.IN_HOSPITAL_PATIENT_WITHOUT_BED, "hard", 1000L * nights, false));
        }
        why.add(new Reason(PasConstraints.UNASSIGNED, "medium", nights, false));
        continue;
      }
      byBed.computeIfAbsent(bed, b -> new ArrayList<>()).add(d);
      Room room = bed.room();
      Patient p = d.getPatient();
      if (room.genderPolicy() == GenderPolicy.SAME_GENDER && p.gender() != Gender.UNKNOWN) {
        bySameGenderRoom.computeIfAbsent(room, r -> new ArrayList<>()).add(d);
      }
      if (p.gender() == Gender.FEMALE && room.genderPolicy() == GenderPolicy.MALE_ONLY) {
        why.add(new Reason(PasConstraints.FEMALE_IN_MALE_ROOM, "hard", 50L * nights, false));
      }
      if (p.gender() == Gender.MALE && room.genderPolicy() == GenderPolicy.FEMALE_ONLY) {
        why.add(new Reason(PasConstraints.MALE_IN_FEMALE_ROOM, "hard", 50L * nights, false));
      }
      if (room.department().isTooYoung(p.age())) {
        why.add(new Reason(PasConstraints.DEPARTMENT_MINIMUM_AGE, "hard", 100L * nights, false));
      }
      if (room.department().isTooOld(p.age())) {
        why.add(new Reason(PasConstraints.DEPARTMENT_MAXIMUM_AGE, "hard", 100L * nights, false));
      }
      add(why, PasConstraints.REQUIRED_EQUIPMENT, "hard", 50L * room.missingEquipment(p.requiredEquipment()) * nights);
      if (p.preferredMaximumRoomCapacity() != null && p.preferredMaximumRoomCapacity() < room.capacity()) {
        why.add(new Reason(PasConstraints.PREFERRED_MAXIMUM_ROOM_CAPACITY, "soft", 8L * nights, false));
      }
      if (!room.department().specialisms().contains(d.getPart().specialism())) {
        why.add(new Reason(PasConstraints.DEPARTMENT_SPECIALISM, "soft", 10L * nights, false));
      }
      Integer priority = room.priorityOf(d.getPart().specialism());
      if (priority == null) {
        why.add(new Reason(PasConstraints.ROOM_SPECIALISM_NOT_EXISTS, "soft", 20L * nights, false));
      } else {
        add(why, PasConstraints.ROOM_SPECIALISM_NOT_FIRST_PRIORITY, "soft", 10L * (priority - 1) * nights);
      }
      add(why, PasConstraints.PREFERRED_EQUIPMENT, "soft", 20L * room.missingEquipment(p.preferredEquipment()) * nights);
      if (d.getCurrentBed() != null && bed != d.getCurrentBed()) {
        why.add(new Reason(PasConstraints.TRANSFER, "soft", PasConstraints.TRANSFER_WEIGHT, false));
      }
    }
    for (List<BedDesignation> sharing : byBed.values()) {
      pairs(sharing, false, PasConstraints.SAME_BED_IN_SAME_NIGHT, reasons);
    }
    for (List<BedDesignation> inRoom : bySameGenderRoom.values()) {
      pairs(inRoom, true, PasConstraints.DIFFERENT_GENDER_IN_SAME_GENDER_ROOM, reasons);
    }
    return reasons;
  }

  private static void pairs(List<BedDesignation> list, boolean mixedSexesOnly, String rule,
      Map<BedDesignation, List<Reason>> reasons) {
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        BedDesignation a = list.get(i);
        BedDesignation b = list.get(j);
        if (mixedSexesOnly && a.getPatient().gender() == b.getPatient().gender()) {
          continue;
        }
        int shared = a.getPart().sharedNights(b.getPart());
        if (shared > 0) {
          reasons.get(a).add(new Reason(rule, "hard", 1000L * shared, true));
          reasons.get(b).add(new Reason(rule, "hard", 1000L * shared, true));
        }
      }
    }
  }

  private static void add(List<Reason> why, String rule, String level, long cost) {
    if (cost > 0) {
      why.add(new Reason(rule, level, cost, false));
    }
  }
}

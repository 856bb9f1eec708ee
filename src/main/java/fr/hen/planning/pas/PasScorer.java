package fr.hen.planning.pas;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a solution file night by night, in plain Java and independently of the solver's constraint streams (tests
 * check that both agree), with the published weights of {@link PasConstraints}.
 */
public final class PasScorer {

  private PasScorer() {}

  public static PasScoreReport score(PasInstance instance, PasAssignment assignment) {
    Map<String, Long> hard = new LinkedHashMap<>();
    for (String rule : List.of(PasConstraints.SAME_BED_IN_SAME_NIGHT, PasConstraints.FEMALE_IN_MALE_ROOM,
        PasConstraints.MALE_IN_FEMALE_ROOM, PasConstraints.DIFFERENT_GENDER_IN_SAME_GENDER_ROOM,
        PasConstraints.DEPARTMENT_MINIMUM_AGE, PasConstraints.DEPARTMENT_MAXIMUM_AGE,
        PasConstraints.REQUIRED_EQUIPMENT)) {
      hard.put(rule, 0L);
    }
    Map<String, Long> soft = new LinkedHashMap<>();
    for (String rule : List.of(PasConstraints.PREFERRED_MAXIMUM_ROOM_CAPACITY, PasConstraints.DEPARTMENT_SPECIALISM,
        PasConstraints.ROOM_SPECIALISM_NOT_EXISTS, PasConstraints.ROOM_SPECIALISM_NOT_FIRST_PRIORITY,
        PasConstraints.PREFERRED_EQUIPMENT)) {
      soft.put(rule, 0L);
    }
    long medium = 0;
    Map<Patient, int[]> spans = PasSolutionFile.spans(instance);
    List<Map<Bed, Integer>> bedCounts = new java.util.ArrayList<>();
    List<Map<Room, int[]>> genderCounts = new java.util.ArrayList<>();
    for (int n = 0; n < instance.nightCount(); n++) {
      bedCounts.add(new HashMap<>());
      genderCounts.add(new HashMap<>());
    }
    for (AdmissionPart part : instance.parts()) {
      Patient p = part.patient();
      for (int n = part.firstNight(); n < part.endNight(); n++) {
        Bed bed = assignment.bedOf(p, spans.get(p)[0], n);
        if (bed == null) {
          medium -= 1;
          continue;
        }
        Room room = bed.room();
        bedCounts.get(n).merge(bed, 1, Integer::sum);
        if (room.genderPolicy() == GenderPolicy.SAME_GENDER && p.gender() != Gender.UNKNOWN) {
          genderCounts.get(n).computeIfAbsent(room, r -> new int[2])[p.gender() == Gender.MALE ? 0 : 1]++;
        }
        if (p.gender() == Gender.FEMALE && room.genderPolicy() == GenderPolicy.MALE_ONLY) {
          hard.merge(PasConstraints.FEMALE_IN_MALE_ROOM, -50L, Long::sum);
        }
        if (p.gender() == Gender.MALE && room.genderPolicy() == GenderPolicy.FEMALE_ONLY) {
          hard.merge(PasConstraints.MALE_IN_FEMALE_ROOM, -50L, Long::sum);
        }
        Department department = room.department();
        if (department.minimumAge() != null && p.age() < department.minimumAge()) {
          hard.merge(PasConstraints.DEPARTMENT_MINIMUM_AGE, -100L, Long::sum);
        }
        if (department.maximumAge() != null && p.age() > department.maximumAge()) {
          hard.merge(PasConstraints.DEPARTMENT_MAXIMUM_AGE, -100L, Long::sum);
        }
        int missingRequired = Integer.bitCount(p.requiredEquipment() & ~room.equipment());
        hard.merge(PasConstraints.REQUIRED_EQUIPMENT, -50L * missingRequired, Long::sum);
        if (p.preferredMaximumRoomCapacity() != null && room.capacity() > p.preferredMaximumRoomCapacity()) {
          soft.merge(PasConstraints.PREFERRED_MAXIMUM_ROOM_CAPACITY, -8L, Long::sum);
        }
        if (!department.specialisms().contains(part.specialism())) {
          soft.merge(PasConstraints.DEPARTMENT_SPECIALISM, -10L, Long::sum);
        }
        Integer priority = room.specialismPriorities().get(part.specialism());
        if (priority == null) {
          soft.merge(PasConstraints.ROOM_SPECIALISM_NOT_EXISTS, -20L, Long::sum);
        } else {
          soft.merge(PasConstraints.ROOM_SPECIALISM_NOT_FIRST_PRIORITY, -10L * (priority - 1), Long::sum);
        }
        int missingPreferred = Integer.bitCount(p.preferredEquipment() & ~room.equipment());
        soft.merge(PasConstraints.PREFERRED_EQUIPMENT, -20L * missingPreferred, Long::sum);
      }
    }
    for (int n = 0; n < instance.nightCount(); n++) {
      for (int k : bedCounts.get(n).values()) {
        hard.merge(PasConstraints.SAME_BED_IN_SAME_NIGHT, -1000L * k * (k - 1) / 2, Long::sum);
      }
      for (int[] menAndWomen : genderCounts.get(n).values()) {
        hard.merge(PasConstraints.DIFFERENT_GENDER_IN_SAME_GENDER_ROOM, -1000L * menAndWomen[0] * menAndWomen[1],
            Long::sum);
      }
    }
    return new PasScoreReport(hard, medium, soft);
  }
}

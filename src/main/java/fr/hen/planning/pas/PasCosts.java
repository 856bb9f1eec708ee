package fr.hen.planning.pas;

import java.util.List;

/**
 * The costs of one part in one room taken alone (no other patient): used by the lower bound, the allowed beds and
 * the explanation of a suggestion. Same published weights as {@link PasConstraints}.
 */
public final class PasCosts {

  private PasCosts() {}

  /** Whether the room breaks none of the hard rules that concern this patient alone (sex, age, equipment). */
  public static boolean allows(Room room, Patient patient) {
    return room.genderPolicy().admits(patient.gender())
        && !room.department().isTooYoung(patient.age())
        && !room.department().isTooOld(patient.age())
        && room.missingEquipment(patient.requiredEquipment()) == 0;
  }

  public static List<Bed> allowedBeds(Patient patient, List<Bed> beds) {
    return beds.stream().filter(b -> allows(b.room(), patient)).toList();
  }

  /** The soft cost of one night of this part in this room (a positive number). */
  public static long softPerNight(AdmissionPart part, Room room) {
    Patient patient = part.patient();
    long cost = 0;
    if (patient.preferredMaximumRoomCapacity() != null && patient.preferredMaximumRoomCapacity() < room.capacity()) {
      cost += 8;
    }
    if (!room.department().specialisms().contains(part.specialism())) {
      cost += 10;
    }
    Integer priority = room.priorityOf(part.specialism());
    cost += priority == null ? 20 : 10L * (priority - 1);
    cost += 20L * room.missingEquipment(patient.preferredEquipment());
    return cost;
  }
}

package fr.hen.planning.pas;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A Patient Admission Scheduling problem: the structure and the admission parts to place over {@code nightCount}
 * nights. {@code patients} holds the patients with at least one night in the horizon (the benchmark ignores the
 * others).
 */
public record PasInstance(String name, int nightCount, List<Specialism> specialisms, List<String> equipment,
    List<Department> departments, List<Room> rooms, List<Bed> beds, List<Patient> patients,
    List<AdmissionPart> parts) {

  public Map<Long, Bed> bedsById() {
    return beds.stream().collect(Collectors.toMap(Bed::id, Function.identity()));
  }

  public Map<Long, Patient> patientsById() {
    return patients.stream().collect(Collectors.toMap(Patient::id, Function.identity()));
  }

  /** The parts of each patient, in night order. */
  public Map<Patient, List<AdmissionPart>> partsByPatient() {
    return parts.stream().collect(Collectors.groupingBy(AdmissionPart::patient));
  }

  /** The problem for the solver: every part unplaced, each with the beds that break no hard rule for it alone. */
  public PasSchedule toSchedule() {
    List<BedDesignation> designations = new ArrayList<>(parts.size());
    for (AdmissionPart part : parts) {
      designations.add(new BedDesignation(part.id(), part, PasCosts.allowedBeds(part.patient(), beds)));
    }
    return new PasSchedule(nightCount, departments, rooms, beds, patients, designations);
  }
}

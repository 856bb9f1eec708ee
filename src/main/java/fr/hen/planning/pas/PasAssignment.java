package fr.hen.planning.pas;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A solution as the benchmark writes it: for each patient, his bed on each night of his stay in the horizon
 * ({@code null} = no bed that night). Independent of the solver's model, so that it can be scored on its own.
 */
public record PasAssignment(Map<Patient, Bed[]> nightlyBeds) {

  /** The bed of this patient on this night of the horizon, or {@code null}. */
  public Bed bedOf(Patient patient, int firstNight, int night) {
    Bed[] beds = nightlyBeds.get(patient);
    return beds == null ? null : beds[night - firstNight];
  }

  /** The solver's designations, night by night. */
  public static PasAssignment of(PasInstance instance, List<BedDesignation> designations) {
    Map<Patient, int[]> span = PasSolutionFile.spans(instance);
    Map<Patient, Bed[]> beds = new HashMap<>();
    for (Patient p : instance.patients()) {
      int[] s = span.get(p);
      beds.put(p, new Bed[s[1] - s[0]]);
    }
    for (BedDesignation d : designations) {
      Bed[] nights = beds.get(d.getPatient());
      int first = span.get(d.getPatient())[0];
      for (int n = d.getFirstNight(); n < d.getEndNight(); n++) {
        nights[n - first] = d.getBed();
      }
    }
    return new PasAssignment(beds);
  }
}

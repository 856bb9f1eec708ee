package fr.hen.planning.pas;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's solution file: a line per patient, his id then his bed id for each night of his stay in the
 * horizon ({@code -} for a night without a bed, which the standard format has no word for).
 */
public final class PasSolutionFile {

  private PasSolutionFile() {}

  public static void write(PasInstance instance, PasAssignment assignment, Writer out) throws IOException {
    for (Patient p : instance.patients()) {
      StringBuilder line = new StringBuilder().append(p.id());
      for (Bed bed : assignment.nightlyBeds().get(p)) {
        line.append(' ').append(bed == null ? "-" : Long.toString(bed.id()));
      }
      out.write(line.append('\n').toString());
    }
  }

  public static void write(PasInstance instance, PasAssignment assignment, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(instance, assignment, out);
    }
  }

  public static PasAssignment read(PasInstance instance, Path file) throws IOException {
    return read(instance, Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  /**
   * Reads a solution of this instance. A patient missing from the file has no bed; an unknown patient or bed, a
   * patient given twice or a wrong number of nights is a {@link PasFormatException} naming the line.
   */
  public static PasAssignment read(PasInstance instance, List<String> lines) {
    Map<Long, Patient> patients = instance.patientsById();
    Map<Long, Bed> beds = instance.bedsById();
    Map<Patient, int[]> span = spans(instance);
    Map<Patient, Bed[]> result = new HashMap<>();
    for (Patient p : instance.patients()) {
      int[] s = span.get(p);
      result.put(p, new Bed[s[1] - s[0]]);
    }
    java.util.Set<Patient> seen = new java.util.HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      int lineNumber = i + 1;
      String[] t = line.split("\\s+");
      Patient patient = patients.get(parse(t[0], lineNumber));
      if (patient == null) {
        throw new PasFormatException(lineNumber, "unknown patient " + t[0]
            + " (or a patient without a night in the horizon)");
      }
      if (!seen.add(patient)) {
        throw new PasFormatException(lineNumber, "patient " + t[0] + " is given twice");
      }
      Bed[] nights = result.get(patient);
      if (t.length - 1 != nights.length) {
        throw new PasFormatException(lineNumber, "patient " + t[0] + " stays " + nights.length
            + " nights in the horizon, the line gives " + (t.length - 1) + " beds");
      }
      for (int n = 0; n < nights.length; n++) {
        if (t[n + 1].equals("-")) {
          continue;
        }
        Bed bed = beds.get(parse(t[n + 1], lineNumber));
        if (bed == null) {
          throw new PasFormatException(lineNumber, "unknown bed " + t[n + 1]);
        }
        nights[n] = bed;
      }
    }
    return new PasAssignment(result);
  }

  /** Each patient's first night and end night (exclusive) in the horizon. */
  static Map<Patient, int[]> spans(PasInstance instance) {
    Map<Patient, int[]> span = new HashMap<>();
    for (AdmissionPart part : instance.parts()) {
      span.merge(part.patient(), new int[] {part.firstNight(), part.endNight()},
          (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
    }
    return span;
  }

  private static long parse(String token, int lineNumber) {
    try {
      return Long.parseLong(token);
    } catch (NumberFormatException e) {
      throw new PasFormatException(lineNumber, "not a number: \"" + token + "\"");
    }
  }
}

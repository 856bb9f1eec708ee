package fr.hen.stays.planned;

import fr.hen.stays.PlannedAdmissions.Status;
import java.time.LocalDate;

/**
 * What the queue shows: a status, a planned date range, a unit, only those without a bed, a search on the patient
 * (MRN or family name, beginning) and a sort ({@code date}, {@code -date} or {@code unit}).
 */
record PlannedAdmissionFilter(Status status, LocalDate from, LocalDate to, String unit, boolean withoutBed,
    String search, String sort) {

  String orderBy() {
    return switch (sort == null ? "date" : sort) {
      case "-date" -> "pa.planned_date DESC, pa.id DESC";
      case "unit" -> "u.code, pa.planned_date, pa.id";
      default -> "pa.planned_date, pa.id";
    };
  }
}

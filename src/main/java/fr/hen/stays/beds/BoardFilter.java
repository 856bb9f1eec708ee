package fr.hen.stays.beds;

import fr.hen.stays.BedStatus;
import java.time.LocalDate;

/**
 * Which beds the board shows (the counts stay those of the whole unit): a status, isolated beds only, patients
 * medically ready only, expected discharges today or tomorrow ({@code edd}: {@code today}, {@code tomorrow},
 * {@code soon} for both, {@code overdue}).
 */
record BoardFilter(BedStatus status, boolean isolated, boolean ready, String edd) {

  static final BoardFilter NONE = new BoardFilter(null, false, false, null);

  boolean isEmpty() {
    return status == null && !isolated && !ready && (edd == null || edd.isBlank());
  }

  boolean matches(Board.Bed bed, LocalDate today) {
    if (status != null && bed.status() != status) {
      return false;
    }
    if (isolated && bed.isolation() == null) {
      return false;
    }
    if (ready && (!bed.hasPatient() || bed.medicallyReadyAt() == null)) {
      return false;
    }
    if (edd == null || edd.isBlank()) {
      return true;
    }
    LocalDate date = bed.hasPatient() ? bed.expectedDischargeDate() : null;
    if (date == null) {
      return false;
    }
    return switch (edd) {
      case "today" -> date.isEqual(today);
      case "tomorrow" -> date.isEqual(today.plusDays(1));
      case "soon" -> !date.isBefore(today) && !date.isAfter(today.plusDays(1));
      case "overdue" -> date.isBefore(today);
      default -> true;
    };
  }
}

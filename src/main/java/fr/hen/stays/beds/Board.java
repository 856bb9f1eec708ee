package fr.hen.stays.beds;

import fr.hen.stays.BedStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The bed board of one hospital: its units, their beds with the patient in each, and the bed counts. */
public record Board(List<Unit> units, Counts total) {

  /** A unit on the board with its beds and counts. */
  public record Unit(long id, String code, String name, List<Bed> beds, Counts counts) {}

  /** One bed and, when occupied, its patient's stay. */
  public record Bed(long id, String code, String roomCode, BedStatus status, String blockedReason, Long stayId,
      Long patientId, String familyName, String givenName, LocalDate birthDate, String sex, LocalDateTime admittedAt,
      LocalDate expectedDischargeDate, LocalDateTime medicallyReadyAt) {

    public String label() {
      return roomCode + "-" + code;
    }

    public boolean hasPatient() {
      return patientId != null;
    }

    public int age(LocalDate today) {
      return Period.between(birthDate, today).getYears();
    }

    /** Avoidable days so far of a medically ready patient: max(0, today − medically-ready date). */
    public long avoidableDays(LocalDate today) {
      return medicallyReadyAt == null ? 0
          : Math.max(0, ChronoUnit.DAYS.between(medicallyReadyAt.toLocalDate(), today));
    }
  }

  /** Beds by status and the occupancy: occupied beds over available (not blocked) beds, in percent. */
  public record Counts(int free, int occupied, int reserved, int cleaning, int blocked) {

    static Counts of(List<Bed> beds) {
      int[] n = new int[BedStatus.values().length];
      beds.forEach(b -> n[b.status().ordinal()]++);
      return new Counts(n[BedStatus.FREE.ordinal()], n[BedStatus.OCCUPIED.ordinal()],
          n[BedStatus.RESERVED.ordinal()], n[BedStatus.CLEANING.ordinal()], n[BedStatus.BLOCKED.ordinal()]);
    }

    public int beds() {
      return free + occupied + reserved + cleaning + blocked;
    }

    public int occupancyPercent() {
      int available = beds() - blocked;
      return available == 0 ? 0 : Math.round(occupied * 100f / available);
    }
  }
}

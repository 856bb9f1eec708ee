package fr.hen.stays.beds;

import fr.hen.stays.BedStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The bed board of one hospital: its units, their beds with the patient in each, and the bed counts. */
public record Board(List<Unit> units, Counts total) {

  /**
   * What the bed manager watches beyond the beds: patients medically ready and still here, and expected discharges
   * (by the stay's expected discharge date) already past, today and tomorrow.
   */
  public record Outlook(int medicallyReady, int overdue, int today, int tomorrow) {}

  /** The outlook of the patients on this board, on this day. */
  public Outlook outlook(LocalDate day) {
    int ready = 0;
    int overdue = 0;
    int today = 0;
    int tomorrow = 0;
    for (Unit unit : units) {
      for (Bed bed : unit.beds()) {
        if (!bed.hasPatient()) {
          continue;
        }
        if (bed.medicallyReadyAt() != null) {
          ready++;
        }
        LocalDate edd = bed.expectedDischargeDate();
        if (edd != null) {
          if (edd.isBefore(day)) {
            overdue++;
          } else if (edd.isEqual(day)) {
            today++;
          } else if (edd.isEqual(day.plusDays(1))) {
            tomorrow++;
          }
        }
      }
    }
    return new Outlook(ready, overdue, today, tomorrow);
  }

  /** A unit on the board with its beds and counts. */
  public record Unit(long id, String code, String name, List<Bed> beds, Counts counts) {}

  /**
   * One bed and, when occupied, its patient's stay; {@code heldFor} is the planned date of the planned admission
   * the bed is reserved for (the bed is {@code RESERVED}), or held for once it is free (null: none).
   */
  public record Bed(long id, String code, String roomCode, BedStatus status, String blockedReason, Long stayId,
      Long patientId, String familyName, String givenName, LocalDate birthDate, String sex, LocalDateTime admittedAt,
      LocalDate expectedDischargeDate, LocalDateTime medicallyReadyAt, fr.hen.stays.BedIsolation isolation,
      LocalDate heldFor) {

    public Bed(long id, String code, String roomCode, BedStatus status, String blockedReason, Long stayId,
        Long patientId, String familyName, String givenName, LocalDate birthDate, String sex,
        LocalDateTime admittedAt, LocalDate expectedDischargeDate, LocalDateTime medicallyReadyAt,
        fr.hen.stays.BedIsolation isolation) {
      this(id, code, roomCode, status, blockedReason, stayId, patientId, familyName, givenName, birthDate, sex,
          admittedAt, expectedDischargeDate, medicallyReadyAt, isolation, null);
    }

    public Bed(long id, String code, String roomCode, BedStatus status, String blockedReason, Long stayId,
        Long patientId, String familyName, String givenName, LocalDate birthDate, String sex,
        LocalDateTime admittedAt, LocalDate expectedDischargeDate, LocalDateTime medicallyReadyAt) {
      this(id, code, roomCode, status, blockedReason, stayId, patientId, familyName, givenName, birthDate, sex,
          admittedAt, expectedDischargeDate, medicallyReadyAt, null);
    }

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
  public record Counts(int free, int occupied, int reserved, int cleaning, int cleaned, int blocked) {

    static Counts of(List<Bed> beds) {
      int[] n = new int[BedStatus.values().length];
      beds.forEach(b -> n[b.status().ordinal()]++);
      return new Counts(n[BedStatus.FREE.ordinal()], n[BedStatus.OCCUPIED.ordinal()],
          n[BedStatus.RESERVED.ordinal()], n[BedStatus.CLEANING.ordinal()], n[BedStatus.CLEANED.ordinal()],
          n[BedStatus.BLOCKED.ordinal()]);
    }

    public int beds() {
      return free + occupied + reserved + cleaning + cleaned + blocked;
    }

    public int occupancyPercent() {
      int available = beds() - blocked;
      return available == 0 ? 0 : Math.round(occupied * 100f / available);
    }
  }
}

package fr.hen.stays;

import fr.hen.platform.Actor;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The movements an interface feed (the HL7 v2 ADT feed of the {@code adt} module) records, addressed by the feed's
 * own identifiers: the patient's MRN (PID-3), the visit number (PV1-19, kept as the stay's external id) and the point
 * of care, room and bed codes (PV1-3). Each call is one set of the stays module's own rules, events and audit entries
 * ({@code StayService}, {@code StayRules}), run by the feed's system actor ({@code BED_MANAGER} of its hospital with
 * the back-dating right {@code stays:backdate}). Errors are the platform's exceptions ({@code NotFoundException},
 * {@code ConflictException} with its code, {@code InvalidFieldException} naming the field); a call that fails has
 * changed nothing (its transaction is rolled back). Before addressing a stay by its visit number, ask
 * {@link #stay} whether it is known: the feed keeps a message about a stay not yet known until it is.
 */
public interface HospitalFeed {

  /** A patient's identity as the feed sends it; sex is {@code M}, {@code F} or {@code U}. */
  record FeedPatient(String mrn, String familyName, String givenName, LocalDate birthDate, String sex) {}

  /** A place of the hospital by its codes: unit (point of care), room, bed. */
  record FeedPlace(String unit, String room, String bed) {}

  /** What the feed knows of a stay it addressed by its visit number. */
  record FeedStay(long stayId, StayStatus status, FeedPlace place) {}

  /** An admission, transfer or discharge of a batch ({@link #record}), with what the single call of its kind takes. */
  record FeedMovement(Kind kind, String visitNumber, FeedPatient patient, FeedPlace place, LocalDateTime at,
      AdmissionSource source, DischargeDestination destination) {

    public enum Kind { ADMISSION, TRANSFER, DISCHARGE }
  }

  /**
   * Records a run of movements of the actor's hospital, in order, with the same rules, rows, events and audit
   * entries as calling {@link #admit}, {@link #transfer} and {@link #discharge} one after another, but with a few
   * statements for the whole run. Stops before the first movement it does not apply in bulk: one that breaks a rule,
   * addresses a stay not known yet, meets a reservation or a planned admission. Returns how many of the first
   * movements it applied; the caller applies the next one with its single call (which reports its error or handles
   * the case), then may call this again with the rest.
   */
  int record(Actor actor, java.util.List<FeedMovement> movements);

  /** The stay of the actor's hospital with this visit number (not voided), if any. */
  Optional<FeedStay> stay(Actor actor, String visitNumber);

  /**
   * Links a stay recorded before the feed (on screen, by an import or the demo) to the feed's visit number: the
   * in-hospital stay of the patient with this MRN that has no visit number yet takes this one. Empty when there is
   * none (the stay is then not known yet).
   */
  Optional<FeedStay> adopt(Actor actor, String visitNumber, String mrn);

  /** Admits the patient (created or matched by MRN) into the bed; the stay gets the visit number. */
  long admit(Actor actor, String visitNumber, FeedPatient patient, FeedPlace place, LocalDateTime at,
      AdmissionSource source);

  /** Moves the stay to another bed. */
  void transfer(Actor actor, String visitNumber, FeedPlace place, LocalDateTime at);

  /** Discharges the stay. */
  void discharge(Actor actor, String visitNumber, LocalDateTime at, DischargeDestination destination);

  /** Cancels the stay's admission (the stay is voided, its visit number freed for a new admission). */
  void cancelAdmission(Actor actor, String visitNumber, String reason);

  /** Cancels the stay's last transfer: it goes back to the bed it left, the transfer is kept voided. */
  void cancelTransfer(Actor actor, String visitNumber, String reason);

  /** Cancels the stay's discharge: in hospital again in the bed it left. */
  void cancelDischarge(Actor actor, String visitNumber, String reason);

  /** Two in-hospital stays exchange their beds. */
  void swap(Actor actor, String visitNumber, String otherVisitNumber, LocalDateTime at);

  /** Creates the patient, or updates the identity of the patient with this MRN; returns the patient id. */
  long registerPatient(Actor actor, FeedPatient patient);

  /**
   * Sets the status of a bed nobody occupies: {@code FREE}, {@code CLEANING} or {@code BLOCKED} with its reason; an
   * {@code OCCUPIED} status is accepted only for a bed that is occupied.
   */
  void bedStatus(Actor actor, FeedPlace place, BedStatus status, String reason);

  /** The visit number of a stay of the actor's hospital, if it has one. */
  Optional<String> visitNumber(Actor actor, long stayId);

  /** The patient id of a known MRN in the actor's hospital (for the audit of a message naming it). */
  Optional<Long> patient(Actor actor, String mrn);

  /**
   * Runs work made of calls of this feed inside the caller's transaction and publishes their admissions, transfers
   * and discharges at its end as one {@link StayMovementsRecorded} per organisation instead of one event each (a
   * batch of messages applied in one transaction). Work that throws publishes nothing.
   */
  <T> T together(Supplier<T> work);
}

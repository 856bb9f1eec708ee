package fr.hen.stays;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The stays read API for other modules' computations: it resolves the ids an event carries into dates and places,
 * with no identity of the patient (an internal patient id only). It needs the right {@link #READ_RIGHT}, held by
 * system actors (census, indicators), and it is not a view of a patient: nothing is written to the audit log.
 */
public interface StayFacts {

  /** The right to read stay facts. */
  String READ_RIGHT = "stays:read-facts";

  /** Where a stay was from one time to the next ({@code to} null while it is still there). */
  record Placement(long unitId, String unitCode, Long bedId, LocalDateTime from, LocalDateTime to) {}

  /** A stay's facts; {@code placements} in time order. */
  record StayFact(long stayId, long organisationId, long patientId, StayStatus status, LocalDateTime admittedAt,
      AdmissionSource admissionSource, boolean planned, LocalDate expectedDischargeDate,
      LocalDateTime medicallyReadyAt, LocalDateTime dischargedAt, DischargeDestination dischargeDestination,
      List<Placement> placements) {}

  Optional<StayFact> find(long stayId);

  /** The facts of these stays (voided ones left out), in id order: two queries whatever their number. */
  List<StayFact> findAll(java.util.Collection<Long> stayIds);

  /** Every stay of an organisation, voided ones left out. */
  List<StayFact> ofOrganisation(long organisationId);

  /** The organisations that have stays (voided ones left out). */
  List<Long> organisationsWithStays();
}

package fr.hen.stays;

import fr.hen.platform.Actor;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The stays of the actor's own hospital with the identity of their patients, for other modules' screens (the
 * discharge worklist, the discharge tab of a stay). Open to the clinical roles ({@code BED_MANAGER},
 * {@code DISCHARGE_COORDINATOR}, {@code PHYSICIAN}); every query is scoped to the actor's organisation in its SQL,
 * so a stay of another organisation is simply absent. It writes nothing to the audit log: the caller records the
 * view it makes of what it shows ({@code AuditLog.record} / {@code recordRead}).
 */
public interface StayRoster {

  /** A stay as a line of a clinical list: patient identity, place, dates and exit. */
  record RosterLine(long stayId, long patientId, String mrn, String familyName, String givenName,
      LocalDate birthDate, String sex, long unitId, String unitCode, String unitName, String bed,
      LocalDateTime admittedAt, boolean planned, LocalDate expectedDischargeDate, LocalDateTime medicallyReadyAt,
      StayStatus status, LocalDateTime dischargedAt, DischargeDestination dischargeDestination,
      Long dischargeOrganisationId) {

    /** "FAMILY Given", as lists show a patient. */
    public String displayName() {
      return familyName.toUpperCase(java.util.Locale.ROOT) + " " + givenName;
    }
  }

  /** One stay of the actor's organisation (voided stays are absent). */
  Optional<RosterLine> find(Actor actor, long stayId);

  /** These stays of the actor's organisation, in no particular order; ids of other organisations are left out. */
  List<RosterLine> find(Actor actor, Collection<Long> stayIds);

  /** Every in-hospital stay of the actor's organisation, oldest admission first. */
  List<RosterLine> inHospital(Actor actor);
}

package fr.hen.adt.feed;

import fr.hen.platform.ConflictException;
import fr.hen.platform.InvalidFieldException;
import fr.hen.platform.SystemActor;
import fr.hen.platform.SystemActors;
import fr.hen.stays.AdmissionSource;
import fr.hen.stays.BedIsolation;
import fr.hen.stays.BedStatus;
import fr.hen.stays.HospitalBeds;
import fr.hen.stays.PlannedAdmissions;
import fr.hen.stays.DischargeDestination;
import fr.hen.stays.HospitalFeed;
import fr.hen.stays.HospitalFeed.FeedStay;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Applies one read message to the stays module through {@link HospitalFeed}, as the hospital's feed actor, inside
 * the caller's transaction. Returns {@link Outcome#DONE}, or {@link Outcome#WAITING} when the stay it is about is not
 * known yet (nothing changed); a broken rule throws the stays module's exception (the caller rolls back).
 */
@Component
class AdtHandler {

  enum Outcome { DONE, WAITING }

  private final HospitalFeed feed;
  private final PlannedAdmissions plans;
  private final HospitalBeds beds;
  private final PendingMovements pending;
  private final Clock clock;

  AdtHandler(HospitalFeed feed, PlannedAdmissions plans, HospitalBeds beds, PendingMovements pending, Clock clock) {
    this.feed = feed;
    this.plans = plans;
    this.beds = beds;
    this.pending = pending;
    this.clock = clock;
  }

  /** Whether a message can go in a run applied in bulk ({@link #applyRun}): an accepted A01, A02 or A03. */
  static boolean bulk(Prepared m) {
    return !m.refused() && m.hospital() != null && m.event() != null
        && switch (m.event()) {
          case "A01", "A02", "A03" -> true;
          default -> false;
        };
  }

  /**
   * Applies a run of A01 / A02 / A03 of one hospital in bulk ({@link HospitalFeed#record}) inside the caller's
   * transaction, as {@link #apply} would one by one; returns how many of the first it applied. The next one, if any,
   * goes through {@link #apply}.
   */
  int applyRun(List<Prepared> run) {
    Facilities.Hospital hospital = run.getFirst().hospital();
    SystemActor actor = hospital.actor();
    List<HospitalFeed.FeedMovement> movements = run.stream().map(m -> switch (m.event()) {
      case "A01" -> new HospitalFeed.FeedMovement(HospitalFeed.FeedMovement.Kind.ADMISSION, m.visit(), m.patient(),
          m.place(), m.eventTime(), source(m), null);
      case "A02" -> new HospitalFeed.FeedMovement(HospitalFeed.FeedMovement.Kind.TRANSFER, m.visit(), m.patient(),
          m.place(), m.eventTime(), null, null);
      default -> new HospitalFeed.FeedMovement(HospitalFeed.FeedMovement.Kind.DISCHARGE, m.visit(), m.patient(),
          m.place(), m.eventTime(), null, destination(m.disposition()));
    }).toList();
    int applied = SystemActors.run(actor, () -> feed.record(actor, movements));
    if (applied > 0) {
      LocalDateTime now = LocalDateTime.now(clock);
      List<String> transferred = new ArrayList<>();
      List<String> discharged = new ArrayList<>();
      for (Prepared m : run.subList(0, applied)) {
        if ("A02".equals(m.event())) {
          transferred.add(m.visit());
        } else if ("A03".equals(m.event())) {
          discharged.add(m.visit());
        }
      }
      pending.closeDone(hospital.id(), transferred, discharged, now);
    }
    return applied;
  }

  Outcome apply(Prepared m) {
    SystemActor actor = m.hospital().actor();
    long org = m.hospital().id();
    LocalDateTime now = LocalDateTime.now(clock);
    String visit = m.visit();
    String why = "HL7 " + m.event() + " " + Hl7Reader.clip(m.controlId(), 60);
    switch (m.event()) {
      case "A20" -> {
        return bed(m);
      }
      case "A04", "A08" -> feed.registerPatient(actor, m.patient());
      case "A05", "A14" -> plans.planByReference(actor, plan(m, actor));
      case "A27" -> plans.cancel(actor, plannedOf(actor, visit).orElseThrow(() -> new ConflictException(
          "nothing-pending", "no planned admission for visit " + visit)).id(), why);
      case "A01" -> feed.admit(actor, visit, m.patient(), requirePlace(m), m.eventTime(), source(m));
      case "A11" -> {
        if (feed.stay(actor, visit).isPresent()) {
          feed.cancelAdmission(actor, visit, why);
        } else {
          Optional<PlannedAdmissions.PlannedAdmission> planned = plannedOf(actor, visit);
          if (planned.isEmpty()) {
            return Outcome.WAITING;
          }
          plans.cancel(actor, planned.get().id(), why);
        }
      }
      default -> {
        Optional<FeedStay> stay = feed.stay(actor, visit);
        if (stay.isEmpty()) {
          stay = feed.adopt(actor, visit, m.patient().mrn());
        }
        if (stay.isEmpty()) {
          return Outcome.WAITING;
        }
        return stayEvent(m, actor, org, visit, why, now);
      }
    }
    return Outcome.DONE;
  }

  private Outcome stayEvent(Prepared m, SystemActor actor, long org, String visit, String why, LocalDateTime now) {
    switch (m.event()) {
      case "A02" -> {
        feed.transfer(actor, visit, requirePlace(m), m.eventTime());
        pending.close(org, visit, PendingMovements.Kind.TRANSFER, "DONE", now);
      }
      case "A12" -> feed.cancelTransfer(actor, visit, why);
      case "A03" -> {
        feed.discharge(actor, visit, m.eventTime(), destination(m.disposition()));
        pending.close(org, visit, PendingMovements.Kind.DISCHARGE, "DONE", now);
        pending.close(org, visit, PendingMovements.Kind.LEAVE, "DONE", now);
      }
      case "A13" -> feed.cancelDischarge(actor, visit, why);
      case "A15" -> pending.open(org, visit, PendingMovements.Kind.TRANSFER, null,
          m.pendingPlace() != null ? m.pendingPlace() : m.place(), m.expectedTime(), m.controlId(), now);
      case "A26" -> requireOpen(pending.close(org, visit, PendingMovements.Kind.TRANSFER, "CANCELLED", now),
          "no pending transfer for visit " + visit);
      case "A16" -> pending.open(org, visit, PendingMovements.Kind.DISCHARGE, null, null, m.expectedTime(),
          m.controlId(), now);
      case "A25" -> requireOpen(pending.close(org, visit, PendingMovements.Kind.DISCHARGE, "CANCELLED", now),
          "no pending discharge for visit " + visit);
      case "A21" -> pending.open(org, visit, PendingMovements.Kind.LEAVE, null, null, m.eventTime(),
          m.controlId(), now);
      case "A22" -> requireOpen(pending.close(org, visit, PendingMovements.Kind.LEAVE, "DONE", now),
          "no leave of absence for visit " + visit);
      case "A17" -> {
        if (feed.stay(actor, m.otherVisit()).isEmpty()) {
          return Outcome.WAITING; // the second patient's stay (its MRN is not read: no adoption for it)
        }
        feed.swap(actor, visit, m.otherVisit(), m.eventTime());
      }
      default -> throw new IllegalStateException("event " + m.event());
    }
    return Outcome.DONE;
  }

  /**
   * A20: bed status of table 0116. {@code C} closed → blocked; {@code H} housekeeping → cleaning; {@code U}
   * unoccupied → free, its isolation lifted; {@code O} occupied → checked (a bed is occupied by an admission, not by
   * a status); {@code I} isolated and {@code K} contaminated → the bed's isolation, its status unchanged.
   */
  Outcome bed(Prepared m) {
    SystemActor actor = m.hospital().actor();
    String code = m.bedStatus().toUpperCase(Locale.ROOT);
    switch (code) {
      case "C" -> feed.bedStatus(actor, m.place(), BedStatus.BLOCKED, "Fermé (HL7 A20)");
      case "H" -> feed.bedStatus(actor, m.place(), BedStatus.CLEANING, null);
      case "O" -> feed.bedStatus(actor, m.place(), BedStatus.OCCUPIED, null);
      case "U" -> {
        feed.bedStatus(actor, m.place(), BedStatus.FREE, null);
        HospitalBeds.BedFact bed = bedAt(actor, m.place());
        if (bed.isolation() != null) {
          beds.isolate(actor, bed.bedId(), null, null);
        }
      }
      case "I" -> beds.isolate(actor, bedAt(actor, m.place()).bedId(), BedIsolation.ISOLATED, "HL7 A20");
      case "K" -> beds.isolate(actor, bedAt(actor, m.place()).bedId(), BedIsolation.CONTAMINATED, "HL7 A20");
      default -> throw new InvalidFieldException("NPU-2", "bed status '" + m.bedStatus()
          + "' is not in table 0116 (C, H, I, K, O, U)");
    }
    return Outcome.DONE;
  }

  private HospitalBeds.BedFact bedAt(SystemActor actor, HospitalFeed.FeedPlace place) {
    return beds.find(actor, place.unit(), place.room(), place.bed()).orElseThrow(() -> new InvalidFieldException(
        "NPU-1", "unknown bed " + place.unit() + "^" + place.room() + "^" + place.bed()));
  }

  private Optional<PlannedAdmissions.PlannedAdmission> plannedOf(SystemActor actor, String visit) {
    return plans.findByReference(actor, visit).filter(p -> p.status() == PlannedAdmissions.Status.PLANNED);
  }

  /**
   * The planned admission of an A05 / A14: the date PV2-8 (else EVN-3, else the event's), nights PV2-10 (else 1),
   * specialism PV1-10 when it is one of HEN's codes, else the specialism of the unit in PV1-3; the patient of PID;
   * the unit of PV1-3; the visit number as its reference.
   */
  private PlannedAdmissions.Plan plan(Prepared m, SystemActor actor) {
    Prepared.Planning p = m.planning();
    LocalDateTime when = p.expectedAdmit() != null ? p.expectedAdmit()
        : m.expectedTime() != null ? m.expectedTime() : m.eventTime();
    int nights = 1;
    if (p.nights() != null && !p.nights().isBlank()) {
      try {
        nights = Integer.parseInt(p.nights().trim());
      } catch (NumberFormatException e) {
        throw new InvalidFieldException("PV2-10", "'" + p.nights() + "' is not a number of days");
      }
    }
    String unit = m.place() == null ? null : m.place().unit();
    String specialism = p.service() == null ? null : p.service().trim().toUpperCase(Locale.ROOT);
    if (specialism == null || specialism.isEmpty() || !specialism.matches("[A-Z_]+")) {
      specialism = unit == null ? null : beds.beds(actor).stream()
          .filter(b -> b.unitCode().equalsIgnoreCase(unit)).map(HospitalBeds.BedFact::unitSpecialism)
          .findFirst().orElse(null);
    }
    if (specialism == null) {
      throw new InvalidFieldException("PV1-10", "the service (PV1-10) or a known unit (PV1-3) is required");
    }
    HospitalFeed.FeedPatient patient = m.patient();
    String sex = patient.sex() == null ? "U" : switch (patient.sex().trim()) {
      case "M" -> "M";
      case "F" -> "F";
      default -> "U";
    };
    return new PlannedAdmissions.Plan(when.toLocalDate(), nights, specialism, sex, null, null, null, null,
        unit == null ? null : unit.toUpperCase(Locale.ROOT), m.visit(), new PlannedAdmissions.Patient(
            patient.mrn(), patient.familyName(), patient.givenName(), patient.birthDate()), null);
  }

  private static HospitalFeed.FeedPlace requirePlace(Prepared m) {
    if (m.place() == null) {
      throw new InvalidFieldException("PV1-3", "the assigned location (PV1-3) is required for " + m.event());
    }
    return m.place();
  }

  private static void requireOpen(int closed, String message) {
    if (closed == 0) {
      throw new ConflictException("nothing-pending", message);
    }
  }

  /** PV1-4 admission type {@code E} (emergency) or PV1-14 admit source 7; 4–6 a transfer from a hospital. */
  static AdmissionSource source(Prepared m) {
    String type = m.admissionType() == null ? "" : m.admissionType().trim().toUpperCase(Locale.ROOT);
    String source = m.admitSource() == null ? "" : m.admitSource().trim();
    if ("E".equals(type) || "7".equals(source)) {
      return AdmissionSource.EMERGENCY;
    }
    if ("4".equals(source) || "5".equals(source) || "6".equals(source)) {
      return AdmissionSource.TRANSFER_ACUTE;
    }
    return AdmissionSource.HOME;
  }

  /**
   * PV1-36 discharge disposition: HEN's own codes (HOME, HAD, SMR, EHPAD, SSIAD, OTHER_PARTNER, TRANSFER_ACUTE,
   * DEATH, AGAINST_ADVICE, OTHER), or the usual numeric codes (01 home, 02 short-term hospital, 06 home health care,
   * 07 against advice, 20 expired); anything else is OTHER.
   */
  static DischargeDestination destination(String disposition) {
    String d = disposition == null ? "" : disposition.trim().toUpperCase(Locale.ROOT);
    for (DischargeDestination value : DischargeDestination.values()) {
      if (value.name().equals(d)) {
        return value;
      }
    }
    return switch (d) {
      case "01", "1", "" -> DischargeDestination.HOME;
      case "02", "2" -> DischargeDestination.TRANSFER_ACUTE;
      case "06", "6" -> DischargeDestination.HAD;
      case "07", "7" -> DischargeDestination.AGAINST_ADVICE;
      case "20" -> DischargeDestination.DEATH;
      default -> DischargeDestination.OTHER;
    };
  }
}

package fr.hen.adt.feed;

import fr.hen.platform.InvalidFieldException;
import fr.hen.platform.SystemActor;
import fr.hen.stays.AdmissionSource;
import fr.hen.stays.BedStatus;
import fr.hen.stays.DischargeDestination;
import fr.hen.stays.HospitalFeed;
import fr.hen.stays.HospitalFeed.FeedStay;
import java.time.Clock;
import java.time.LocalDateTime;
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
  private final PendingMovements pending;
  private final Clock clock;

  AdtHandler(HospitalFeed feed, PendingMovements pending, Clock clock) {
    this.feed = feed;
    this.pending = pending;
    this.clock = clock;
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
      case "A05", "A14" -> {
        feed.registerPatient(actor, m.patient());
        pending.open(org, visit, PendingMovements.Kind.ADMISSION, m.patient().mrn(), m.place(),
            m.expectedTime() != null ? m.expectedTime() : m.eventTime(), m.controlId(), now);
      }
      case "A27" -> requireOpen(pending.close(org, visit, PendingMovements.Kind.ADMISSION, "CANCELLED", now),
          "no pending admission for visit " + visit);
      case "A01" -> {
        feed.admit(actor, visit, m.patient(), requirePlace(m), m.eventTime(), source(m));
        pending.close(org, visit, PendingMovements.Kind.ADMISSION, "DONE", now);
      }
      case "A11" -> {
        if (feed.stay(actor, visit).isPresent()) {
          feed.cancelAdmission(actor, visit, why);
        } else if (pending.close(org, visit, PendingMovements.Kind.ADMISSION, "CANCELLED", now) == 0) {
          return Outcome.WAITING;
        }
      }
      default -> {
        Optional<FeedStay> stay = feed.stay(actor, visit);
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
          return Outcome.WAITING;
        }
        feed.swap(actor, visit, m.otherVisit(), m.eventTime());
      }
      default -> throw new IllegalStateException("event " + m.event());
    }
    return Outcome.DONE;
  }

  /** A20: bed status of table 0116 (C closed, H housekeeping, I isolated, K contaminated, O occupied, U free). */
  Outcome bed(Prepared m) {
    String code = m.bedStatus().toUpperCase(Locale.ROOT);
    BedStatus status;
    String reason = null;
    switch (code) {
      case "C" -> {
        status = BedStatus.BLOCKED;
        reason = "Fermé (HL7 A20)";
      }
      case "H" -> status = BedStatus.CLEANING;
      case "I" -> {
        status = BedStatus.BLOCKED;
        reason = "Isolement (HL7 A20)";
      }
      case "K" -> {
        status = BedStatus.BLOCKED;
        reason = "Contaminé (HL7 A20)";
      }
      case "O" -> status = BedStatus.OCCUPIED;
      case "U" -> status = BedStatus.FREE;
      default -> throw new InvalidFieldException("NPU-2", "bed status '" + m.bedStatus()
          + "' is not in table 0116 (C, H, I, K, O, U)");
    }
    feed.bedStatus(m.hospital().actor(), m.place(), status, reason);
    return Outcome.DONE;
  }

  private static HospitalFeed.FeedPlace requirePlace(Prepared m) {
    if (m.place() == null) {
      throw new InvalidFieldException("PV1-3", "the assigned location (PV1-3) is required for " + m.event());
    }
    return m.place();
  }

  private static void requireOpen(int closed, String message) {
    if (closed == 0) {
      throw new fr.hen.platform.ConflictException("nothing-pending", message);
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

package fr.hen.demo;

import fr.hen.demo.DemoHospitals.Bed;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Twelve months of stays, bed by bed: back-to-back stays with realistic lengths of stay per unit, idle gaps,
 * medically-ready delays and readmissions; the stays still running today are the current inpatients.
 */
final class DemoStays {

  record Patient(long id, long organisationId, String mrn, String familyName, String givenName, LocalDate birthDate,
      String sex) {}

  record Stay(long id, long organisationId, long patientId, Bed bed, LocalDateTime admittedAt, String source,
      boolean planned, LocalDate expectedDischargeDate, LocalDateTime medicallyReadyAt, LocalDateTime dischargedAt,
      String destination, Long destinationOrganisationId) {

    boolean inHospital() {
      return dischargedAt == null;
    }
  }

  record BedState(long bedId, String status, String blockedReason) {}

  record Result(List<Patient> patients, List<Stay> stays, List<BedState> bedStates) {}

  private record Slot(Bed bed, LocalDateTime admittedAt, LocalDateTime dischargedAt, int plannedLos) {}

  private static final String[] BLOCK_REASONS = {"Travaux de plomberie", "Panne du lève-malade",
      "Désinfection après isolement BMR", "Fermeture temporaire faute de personnel"};

  private final Random random;
  private final LocalDateTime now;
  private final Map<String, List<Long>> partnersByType;
  private final java.util.Set<Long> rarelyChosen;

  /**
   * {@code partnersByType}: the partners stays may be discharged to; {@code rarelyChosen}: those chosen about ten
   * times less often (the demo's deliberately under-solicited partners).
   */
  DemoStays(Random random, LocalDateTime now, Map<String, List<Long>> partnersByType,
      java.util.Set<Long> rarelyChosen) {
    this.random = random;
    this.now = now;
    this.partnersByType = partnersByType;
    this.rarelyChosen = rarelyChosen;
  }

  Result simulate(List<Bed> beds, Map<Long, String> mrnPrefixByOrganisation) {
    List<Slot> slots = new ArrayList<>();
    List<BedState> bedStates = new ArrayList<>();
    for (Bed bed : beds) {
      boolean occupiedNow = timeline(bed, slots);
      if (occupiedNow) {
        bedStates.add(new BedState(bed.id(), "OCCUPIED", null));
      } else {
        int r = random.nextInt(100);
        bedStates.add(r < 60 ? new BedState(bed.id(), "FREE", null)
            : r < 72 ? new BedState(bed.id(), "CLEANING", null)
            : r < 78 ? new BedState(bed.id(), "CLEANED", null)
            : r < 88 ? new BedState(bed.id(), "RESERVED", null)
            : new BedState(bed.id(), "BLOCKED", BLOCK_REASONS[random.nextInt(BLOCK_REASONS.length)]));
      }
    }
    slots.sort(Comparator.comparing(Slot::admittedAt));
    return assignPatients(slots, mrnPrefixByOrganisation, bedStates);
  }

  /** Fills one bed with back-to-back stays over the last 365 days; true when a stay is running now. */
  private boolean timeline(Bed bed, List<Slot> slots) {
    LocalDateTime t = now.minusDays(365).withHour(8).withMinute(0).withSecond(0).withNano(0);
    while (true) {
      LocalDateTime admission = atHour(t.plusHours(2 + (long) (-Math.log(1 - random.nextDouble()) * 20)), 7, 20);
      if (admission.isAfter(now) || (now.minusDays(1).isBefore(admission) && random.nextInt(100) < 50)) {
        return false;
      }
      int los = lengthOfStay(bed.unit().spec().meanLos());
      boolean morning = random.nextInt(100) < 35;
      LocalDateTime discharge = atHour(admission.toLocalDate().plusDays(los).atStartOfDay(), morning ? 9 : 12,
          morning ? 11 : 18);
      if (!discharge.isAfter(admission)) {
        discharge = admission.plusHours(4);
      }
      if (discharge.isAfter(now)) {
        slots.add(new Slot(bed, admission, null, los));
        return true;
      }
      slots.add(new Slot(bed, admission, discharge, los));
      t = discharge;
    }
  }

  private Result assignPatients(List<Slot> slots, Map<Long, String> mrnPrefix, List<BedState> bedStates) {
    List<Patient> patients = new ArrayList<>();
    List<Stay> stays = new ArrayList<>();
    Map<Long, Deque<long[]>> recentlyDischarged = new HashMap<>();
    Map<Long, LocalDateTime> patientFreeFrom = new HashMap<>();
    for (Slot slot : slots) {
      long org = slot.bed().unit().organisationId();
      Deque<long[]> recent = recentlyDischarged.computeIfAbsent(org, k -> new ArrayDeque<>());
      Long patientId = null;
      boolean readmission = random.nextInt(100) < 14;
      if (readmission) {
        patientId = pickRecent(recent, slot.admittedAt(), patientFreeFrom);
      }
      if (patientId == null) {
        Patient p = DemoPeople.patient(random, patients.size() + 1L, org, mrnPrefix.get(org), now.toLocalDate());
        patients.add(p);
        patientId = p.id();
      }
      stays.add(stay(stays.size() + 1L, org, patientId, slot, readmission));
      patientFreeFrom.put(patientId, slot.dischargedAt() == null ? LocalDateTime.MAX : slot.dischargedAt());
      if (slot.dischargedAt() != null) {
        recent.addLast(new long[] {patientId});
        if (recent.size() > 400) {
          recent.removeFirst();
        }
      }
    }
    return new Result(patients, stays, bedStates);
  }

  private Long pickRecent(Deque<long[]> recent, LocalDateTime admittedAt, Map<Long, LocalDateTime> freeFrom) {
    List<long[]> candidates = new ArrayList<>(recent);
    for (int tries = 0; tries < 12 && !candidates.isEmpty(); tries++) {
      long id = candidates.get(candidates.size() - 1 - random.nextInt(Math.min(150, candidates.size())))[0];
      LocalDateTime free = freeFrom.get(id);
      if (free != null && free.isBefore(admittedAt) && free.plusDays(45).isAfter(admittedAt)) {
        return id;
      }
    }
    return null;
  }

  /**
   * One stay. A current stay whose expected discharge date has passed keeps it one time in four (not yet updated,
   * as on a real ward); the others were moved to tomorrow.
   */
  private Stay stay(long id, long org, long patientId, Slot slot, boolean readmission) {
    int r = random.nextInt(100);
    String source = readmission ? (random.nextInt(100) < 55 ? "EMERGENCY" : "HOME")
        : r < 45 ? "HOME" : r < 80 ? "EMERGENCY" : r < 88 ? "TRANSFER_ACUTE" : r < 95 ? "PARTNER" : "OTHER";
    boolean planned = "HOME".equals(source) && random.nextInt(100) < 80;
    LocalDate edd = slot.dischargedAt() == null && random.nextInt(100) < 85
        ? slot.admittedAt().toLocalDate().plusDays(Math.max(1, slot.plannedLos() + random.nextInt(3) - 1)) : null;
    LocalDateTime ready = medicallyReady(slot);
    if (slot.dischargedAt() == null) {
      return new Stay(id, org, patientId, slot.bed(), slot.admittedAt(), source, planned,
          edd == null || !edd.isBefore(now.toLocalDate()) || id % 4 == 0 ? edd : now.toLocalDate().plusDays(1),
          ready, null,
          null, null);
    }
    String destination = destination(slot.bed().unit().spec().specialism());
    return new Stay(id, org, patientId, slot.bed(), slot.admittedAt(), source, planned, null, ready,
        slot.dischargedAt(), destination, partnerFor(destination));
  }

  private LocalDateTime medicallyReady(Slot slot) {
    LocalDateTime end = slot.dischargedAt() == null ? now : slot.dischargedAt();
    long days = java.time.temporal.ChronoUnit.DAYS.between(slot.admittedAt().toLocalDate(), end.toLocalDate());
    if (days < 3 || random.nextInt(100) >= 30) {
      return null;
    }
    int avoidable = 1 + Math.min((int) days - 2, (int) (-Math.log(1 - random.nextDouble()) * 3));
    return end.toLocalDate().minusDays(avoidable).atTime(10, 30);
  }

  private String destination(String specialism) {
    int r = random.nextInt(100);
    if ("PALLIATIVE_CARE".equals(specialism)) {
      return r < 40 ? "DEATH" : r < 65 ? "HOME" : r < 80 ? "HAD" : r < 90 ? "EHPAD" : "OTHER_PARTNER";
    }
    return r < 60 ? "HOME" : r < 68 ? "HAD" : r < 80 ? "SMR" : r < 85 ? "EHPAD" : r < 90 ? "SSIAD"
        : r < 92 ? "OTHER_PARTNER" : r < 95 ? "TRANSFER_ACUTE" : r < 98 ? "DEATH" : r < 99 ? "AGAINST_ADVICE"
        : "OTHER";
  }

  private Long partnerFor(String destination) {
    String type = switch (destination) {
      case "HAD", "SMR", "EHPAD", "SSIAD" -> destination;
      case "OTHER_PARTNER" -> "PALLIATIVE";
      default -> null;
    };
    List<Long> candidates = type == null ? List.of() : partnersByType.getOrDefault(type, List.of());
    if (candidates.isEmpty()) {
      return null;
    }
    Long chosen = candidates.get(random.nextInt(candidates.size()));
    for (int tries = 0; tries < 3 && rarelyChosen.contains(chosen) && random.nextInt(100) < 90; tries++) {
      chosen = candidates.get(random.nextInt(candidates.size()));
    }
    return chosen;
  }

  private int lengthOfStay(double mean) {
    if (random.nextInt(100) < 5) {
      return 0;
    }
    double sigma = 0.6;
    double mu = Math.log(mean) - sigma * sigma / 2;
    return Math.max(1, (int) Math.round(Math.exp(mu + sigma * random.nextGaussian())));
  }

  private LocalDateTime atHour(LocalDateTime t, int from, int to) {
    int hour = t.getHour();
    if (hour < from || hour > to) {
      t = (hour > to ? t.toLocalDate().plusDays(1) : t.toLocalDate()).atTime(from + random.nextInt(to - from + 1), 0);
    }
    return t.withMinute(5 * random.nextInt(12)).withSecond(0).withNano(0);
  }
}

package fr.hen.stays.planned;

import fr.hen.platform.ConflictException;
import fr.hen.platform.InvalidFieldException;
import fr.hen.platform.Text;
import fr.hen.stays.BedStatus;
import fr.hen.stays.PlannedAdmissions.Plan;
import fr.hen.stays.PlannedAdmissions.Status;
import fr.hen.stays.beds.BedRef;
import fr.hen.stays.beds.GenderPolicy;
import fr.hen.stays.beds.RoomEquipment;
import fr.hen.stays.beds.Specialism;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Set;

/** The rules of a planned admission, each a named method with its test ({@code PlanRulesTest}). */
final class PlanRules {

  static final int MAX_NIGHTS = 365;
  static final int MAX_AGE = 130;
  static final int MAX_REASON = 200;
  static final int MAX_NOTE = 500;
  /** How far back a planned date may lie: a feed may announce yesterday's late admission. */
  static final int DAYS_BACK = 1;
  static final int DAYS_AHEAD = 365;
  static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  private PlanRules() {}

  /** Every field rule of a plan, in form order. */
  static void check(Plan plan, LocalDate today) {
    check(plan, today, false);
  }

  /**
   * Every field rule of a plan; {@code mayBackdate}: the actor holds the deliberate back-dating right of the stays
   * module (a feed replaying history), so an earlier planned date is accepted.
   */
  static void check(Plan plan, LocalDate today, boolean mayBackdate) {
    plannedDateInRange(plan.plannedDate(), today, mayBackdate);
    nightsInRange(plan.nights());
    knownSpecialism(plan.specialism());
    knownSex(plan.sex());
    ageKnown(plan.age(), plan.patient() == null ? null : plan.patient().birthDate(), today);
    knownEquipment(plan.requiredEquipment(), "required_equipment");
    knownEquipment(plan.preferredEquipment(), "preferred_equipment");
    roomSizeInRange(plan.preferredRoomSize());
    externalReference(plan.externalReference());
    patient(plan.patient());
    if (plan.note() != null && plan.note().length() > MAX_NOTE) {
      throw new InvalidFieldException("note", "at most " + MAX_NOTE + " characters");
    }
  }

  static void plannedDateInRange(LocalDate date, LocalDate today) {
    plannedDateInRange(date, today, false);
  }

  static void plannedDateInRange(LocalDate date, LocalDate today, boolean mayBackdate) {
    if (date == null) {
      throw new InvalidFieldException("planned_date", "required");
    }
    if ((!mayBackdate && date.isBefore(today.minusDays(DAYS_BACK))) || date.isAfter(today.plusDays(DAYS_AHEAD))) {
      throw new InvalidFieldException("planned_date", "from yesterday to a year ahead");
    }
  }

  static void nightsInRange(int nights) {
    if (nights < 1 || nights > MAX_NIGHTS) {
      throw new InvalidFieldException("nights", "from 1 to " + MAX_NIGHTS);
    }
  }

  static void knownSpecialism(String specialism) {
    if (specialism == null || Arrays.stream(Specialism.values()).noneMatch(s -> s.name().equals(specialism))) {
      throw new InvalidFieldException("specialism", "unknown specialism " + specialism);
    }
  }

  static void knownSex(String sex) {
    if (!"M".equals(sex) && !"F".equals(sex) && !"U".equals(sex)) {
      throw new InvalidFieldException("sex", "M, F or U");
    }
  }

  /** An age from 0 to 130, or a birth date (in the past, not before 1900) to compute it from. */
  static void ageKnown(Integer age, LocalDate birthDate, LocalDate today) {
    if (birthDate != null) {
      if (!birthDate.isBefore(today) || birthDate.isBefore(EARLIEST_BIRTH)) {
        throw new InvalidFieldException("patient.birth_date", "in the past, not before 1900");
      }
      return;
    }
    if (age == null) {
      throw new InvalidFieldException("age", "an age or the patient's birth date is required");
    }
    if (age < 0 || age > MAX_AGE) {
      throw new InvalidFieldException("age", "from 0 to " + MAX_AGE);
    }
  }

  static void knownEquipment(Set<String> equipment, String field) {
    for (String code : equipment) {
      if (Arrays.stream(RoomEquipment.values()).noneMatch(e -> e.name().equals(code))) {
        throw new InvalidFieldException(field, "unknown equipment " + code);
      }
    }
  }

  static void roomSizeInRange(Integer size) {
    if (size != null && (size < 1 || size > 12)) {
      throw new InvalidFieldException("preferred_room_size", "from 1 to 12");
    }
  }

  static void externalReference(String reference) {
    if (reference != null && (reference.isBlank() || reference.length() > 64 || !Text.isVisible(reference))) {
      throw new InvalidFieldException("external_reference", "1 to 64 visible characters");
    }
  }

  static void patient(fr.hen.stays.PlannedAdmissions.Patient patient) {
    if (patient == null) {
      return;
    }
    if (patient.mrn() == null || patient.mrn().isBlank() || patient.mrn().length() > 32
        || !Text.isVisible(patient.mrn())) {
      throw new InvalidFieldException("patient.mrn", "1 to 32 visible characters");
    }
    name(patient.familyName(), "patient.family_name");
    name(patient.givenName(), "patient.given_name");
  }

  private static void name(String name, String field) {
    if (name != null && !name.isEmpty() && (name.length() > 100 || !Text.isVisible(name))) {
      throw new InvalidFieldException(field, "at most 100 characters, showing a letter or a digit");
    }
  }

  /** The age on the planned date: from the birth date when known, else as given. */
  static int ageOn(LocalDate plannedDate, Integer age, LocalDate birthDate) {
    return birthDate != null ? Period.between(birthDate, plannedDate).getYears() : age;
  }

  /** Only a planned admission still waiting changes, is reserved or cancelled. */
  static void stillPlanned(Status status) {
    if (status == Status.ADMITTED) {
      throw new ConflictException("planned-admission-admitted", "The patient was admitted already");
    }
    if (status == Status.CANCELLED) {
      throw new ConflictException("planned-admission-cancelled", "The planned admission is cancelled");
    }
  }

  static String cancelReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidFieldException("reason", "required");
    }
    String trimmed = reason.trim();
    if (trimmed.length() > MAX_REASON) {
      throw new InvalidFieldException("reason", "at most " + MAX_REASON + " characters");
    }
    return trimmed;
  }

  /** When a reserved bed is held for its planned admission: at once, or from when it is free. */
  enum Hold { NOW, WHEN_FREE }

  /**
   * How a bed takes a reservation for a planned admission on {@code plannedDate}: a free bed is reserved at once; a
   * bed being cleaned, or occupied by a patient expected to leave by the planned date ({@code occupantLeaves}), is
   * held and becomes reserved when it is free. A blocked bed ({@code bed-blocked}), a bed reserved for another
   * planned admission ({@code bed-unavailable}) and a bed whose patient has no expected discharge date or leaves
   * after the planned date ({@code bed-occupied-then}) refuse.
   */
  static Hold hold(BedRef bed, LocalDate plannedDate, LocalDate occupantLeaves) {
    return switch (bed.status()) {
      case FREE -> Hold.NOW;
      case CLEANING, CLEANED -> Hold.WHEN_FREE;
      case OCCUPIED -> {
        if (occupantLeaves == null) {
          throw new ConflictException("bed-occupied-then", "Bed " + bed.label()
              + " is occupied by a patient without an expected discharge date");
        }
        if (occupantLeaves.isAfter(plannedDate)) {
          throw new ConflictException("bed-occupied-then", "Bed " + bed.label() + " is occupied until "
              + occupantLeaves + " (expected discharge), after the planned date " + plannedDate);
        }
        yield Hold.WHEN_FREE;
      }
      case BLOCKED -> throw new ConflictException("bed-blocked", "Bed " + bed.label() + " is blocked: "
          + bed.blockedReason());
      case RESERVED -> throw new ConflictException("bed-unavailable", "Bed " + bed.label() + " is RESERVED");
    };
  }

  /**
   * An edit made on what was read at {@code read} applies only if nothing changed since ({@code current}); null reads
   * are not checked (409 {@code stale-planned-admission}).
   */
  static void sameVersion(Integer read, int current) {
    if (read != null && read != current) {
      throw new ConflictException("stale-planned-admission", "The planned admission was changed meanwhile (version "
          + current + ", read at " + read + "): reload it and make the change again");
    }
  }

  /** A bed is held for one planned admission at a time ({@code bed-unavailable}). */
  static void notHeldByAnother(BedRef bed, Long holder, long planned) {
    if (holder != null && holder != planned) {
      throw new ConflictException("bed-unavailable", "Bed " + bed.label()
          + " is already held for another planned admission");
    }
  }

  /**
   * A unit with age limits takes only patients of those ages on the planned date (409 {@code unit-age}), as the
   * optimiser's department age rule.
   */
  static void ageFits(String unitCode, Integer minimumAge, Integer maximumAge, int age) {
    if (minimumAge != null && age < minimumAge || maximumAge != null && age > maximumAge) {
      String range = minimumAge == null ? "up to " + maximumAge : maximumAge == null ? minimumAge + " and over"
          : minimumAge + " to " + maximumAge;
      throw new ConflictException("unit-age", "Unit " + unitCode + " takes patients aged " + range
          + "; this patient is " + age + " on the planned date");
    }
  }

  /** A room for men or for women only takes the planned patient of that sex (a SAME room is checked on arrival). */
  static void genderPolicyFits(GenderPolicy policy, String sex) {
    if ((policy == GenderPolicy.MALE || policy == GenderPolicy.FEMALE) && !policy.admits(sex, Set.of())) {
      throw new ConflictException("gender-policy", "The room is " + policy + " only");
    }
  }

  /** The bed's room has every required equipment. */
  static void equipmentFits(Set<RoomEquipment> room, Set<String> required) {
    for (String code : required) {
      if (room.stream().noneMatch(e -> e.name().equals(code))) {
        throw new ConflictException("bed-lacks-equipment", "The room has no " + code);
      }
    }
  }

  /** A bed reserved for another planned admission takes no other patient unless the bed manager overrides. */
  static void reservationRespected(Long holder, Long matched, boolean override) {
    if (holder != null && !holder.equals(matched) && !override) {
      throw new ConflictException("bed-reserved", "The bed is reserved for another planned admission");
    }
  }
}

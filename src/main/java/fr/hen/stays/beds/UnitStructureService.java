package fr.hen.stays.beds;

import fr.hen.platform.AuditAction;
import fr.hen.platform.AuditLog;
import fr.hen.platform.ConflictException;
import fr.hen.platform.HenUser;
import fr.hen.platform.InvalidFieldException;
import fr.hen.platform.NotFoundException;
import fr.hen.platform.Visible;
import fr.hen.stays.StaysAuditTypes;
import fr.hen.stays.UnitStructureChanged;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The structure of the user's hospital: units, their rooms and beds. Any user of the hospital reads it (it holds
 * no patient data); its administrator creates units and rooms and edits them, each change written to the audit
 * log. A new room gets as many free beds as its capacity (A, B, C…); a larger capacity adds beds, a smaller one
 * is refused (beds keep their history: block a bed instead).
 */
@Service
public class UnitStructureService {

  /** A unit or room code: letters, digits, dash or underscore; a new unit's code is kept in capitals. */
  static final String CODE = "[A-Za-z0-9_-]+";

  /** The oldest age a unit's limit may name. */
  static final int MAX_AGE = 150;

  private static final String AGE_RANGE = "{unit.age.range}";

  /**
   * A new unit; the pages validate these same records, so the rules are written once. Its age limits (whole years,
   * both included; none when absent) keep the placement optimiser from suggesting its beds to younger or older
   * patients; the minimum may not exceed the maximum ({@link #agesInOrder}).
   */
  public record NewUnit(
      @NotBlank @Size(max = 20) @Pattern(regexp = CODE, message = "{unit.code.pattern}") String code,
      @NotBlank @Size(max = 120) @Visible String name, @NotNull Specialism specialism,
      @Schema(description = "Youngest age admitted, in years (0 to 150); none when absent")
      @Min(value = 0, message = AGE_RANGE) @Max(value = MAX_AGE, message = AGE_RANGE) Integer minAge,
      @Schema(description = "Oldest age admitted, in years (0 to 150, not below min_age); none when absent")
      @Min(value = 0, message = AGE_RANGE) @Max(value = MAX_AGE, message = AGE_RANGE) Integer maxAge) {}

  /** The new state of a unit's editable fields, replacing the old one: an absent age limit is none. */
  public record UnitChange(@NotBlank @Size(max = 120) @Visible String name, @NotNull Specialism specialism,
      @Schema(description = "Youngest age admitted, in years (0 to 150); none when absent")
      @Min(value = 0, message = AGE_RANGE) @Max(value = MAX_AGE, message = AGE_RANGE) Integer minAge,
      @Schema(description = "Oldest age admitted, in years (0 to 150, not below min_age); none when absent")
      @Min(value = 0, message = AGE_RANGE) @Max(value = MAX_AGE, message = AGE_RANGE) Integer maxAge) {}

  /** A new room; no equipment given means none. */
  public record NewRoom(
      @NotBlank @Size(max = 20) @Pattern(regexp = CODE, message = "{unit.code.pattern}") String code,
      @NotNull @Min(1) @Max(12) Integer capacity, @NotNull GenderPolicy genderPolicy,
      Set<@NotNull RoomEquipment> equipment) {}

  /** The new state of a room's editable fields, replacing the old one: the equipment is the whole list. */
  public record RoomChange(@NotNull @Min(1) @Max(12) Integer capacity, @NotNull GenderPolicy genderPolicy,
      @NotNull Set<@NotNull RoomEquipment> equipment) {}

  private final UnitStructureRepository units;
  private final BedRepository beds;
  private final AuditLog audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  UnitStructureService(UnitStructureRepository units, BedRepository beds, AuditLog audit, Clock clock,
      ApplicationEventPublisher events) {
    this.units = units;
    this.beds = beds;
    this.audit = audit;
    this.clock = clock;
    this.events = events;
  }

  /** The units of the user's organisation with their bed counts (none for a partner without beds). */
  @Transactional(readOnly = true)
  public List<UnitSummary> units(HenUser user) {
    return beds.units(user.organisationId());
  }

  /**
   * One unit of the user's organisation with its rooms and beds; another organisation's unit is not found. Blocked
   * beds' reasons only for the roles of {@link BedNotes}.
   */
  @Transactional(readOnly = true)
  public UnitDetail unit(HenUser user, String unitCode) {
    return BedNotes.forReader(user, units.find(user.organisationId(), unitCode == null ? null : unitCode.trim())
        .orElseThrow(() -> new NotFoundException(StaysAuditTypes.UNIT, unitCode)));
  }

  @Transactional
  @PreAuthorize("hasRole('ADMIN')")
  public UnitDetail createUnit(HenUser user, NewUnit unit) {
    String code = normalise(unit.code());
    agesInOrder(unit.minAge(), unit.maxAge());
    if (units.unitExistsIgnoringCase(user.organisationId(), code)) {
      throw unitTaken(code);
    }
    try {
      units.insertUnit(user.organisationId(), code, unit.name().trim(), unit.specialism(), unit.minAge(),
          unit.maxAge());
    } catch (DuplicateKeyException e) {
      throw unitTaken(code);
    }
    UnitDetail created = unit(user, code);
    audit.record(user, AuditAction.CREATE, StaysAuditTypes.UNIT, String.valueOf(created.id()), null,
        "code=" + code + "; specialism=" + unit.specialism() + ages(unit.minAge(), unit.maxAge()));
    changed(user, created.id());
    return created;
  }

  @Transactional
  @PreAuthorize("hasRole('ADMIN')")
  public UnitDetail updateUnit(HenUser user, String unitCode, UnitChange change) {
    UnitDetail unit = unit(user, unitCode);
    agesInOrder(change.minAge(), change.maxAge());
    units.updateUnit(unit.id(), change.name().trim(), change.specialism(), change.minAge(), change.maxAge());
    audit.record(user, AuditAction.UPDATE, StaysAuditTypes.UNIT, String.valueOf(unit.id()), null,
        "code=" + unit.code() + "; name=" + change.name().trim() + "; specialism=" + change.specialism()
            + ages(change.minAge(), change.maxAge()));
    changed(user, unit.id());
    return unit(user, unit.code());
  }

  @Transactional
  @PreAuthorize("hasRole('ADMIN')")
  public UnitDetail createRoom(HenUser user, String unitCode, NewRoom room) {
    UnitDetail unit = unit(user, unitCode);
    String code = room.code().trim();
    if (unit.room(code).isPresent()) {
      throw roomTaken(unit.code(), code);
    }
    String equipment = RoomEquipment.store(room.equipment());
    long roomId;
    try {
      roomId = units.insertRoom(unit.id(), code, room.capacity(), room.genderPolicy(), equipment);
    } catch (DuplicateKeyException e) {
      throw roomTaken(unit.code(), code);
    }
    addBeds(roomId, Set.of(), room.capacity());
    audit.record(user, AuditAction.CREATE, StaysAuditTypes.ROOM, String.valueOf(roomId), null, "unit=" + unit.code()
        + "; room=" + code + "; capacity=" + room.capacity() + "; gender_policy=" + room.genderPolicy()
        + "; equipment=" + equipment);
    changed(user, unit.id());
    return unit(user, unit.code());
  }

  @Transactional
  @PreAuthorize("hasRole('ADMIN')")
  public UnitDetail updateRoom(HenUser user, String unitCode, String roomCode, RoomChange change) {
    long roomId = units.roomId(user.organisationId(), unitCode.trim(), roomCode)
        .orElseThrow(() -> new NotFoundException(StaysAuditTypes.ROOM, roomCode));
    beds.lockRoom(roomId); // serialises with admissions, transfers and other changes of the room
    UnitDetail unit = unit(user, unitCode);
    UnitDetail.Room room = unit.room(roomCode).orElseThrow();
    capacityKeepsBeds(change.capacity(), room.beds().size());
    genderPolicyFitsOccupants(change.genderPolicy(), units.occupantSexes(user.organisationId(), roomId));
    String equipment = RoomEquipment.store(change.equipment());
    units.updateRoom(roomId, change.capacity(), change.genderPolicy(), equipment);
    Set<String> taken = room.beds().stream().map(UnitDetail.Bed::code).collect(Collectors.toSet());
    addBeds(roomId, taken, change.capacity() - room.beds().size());
    audit.record(user, AuditAction.UPDATE, StaysAuditTypes.ROOM, String.valueOf(roomId), null, "unit=" + unit.code()
        + "; room=" + room.code() + "; capacity=" + change.capacity() + "; gender_policy=" + change.genderPolicy()
        + "; equipment=" + equipment);
    changed(user, unit.id());
    return unit(user, unit.code());
  }

  /** A unit's minimum age may not exceed its maximum age (422 naming {@code max_age}). */
  static void agesInOrder(Integer minAge, Integer maxAge) {
    if (minAge != null && maxAge != null && minAge > maxAge) {
      throw new InvalidFieldException("max_age", "The maximum age is below the minimum age (" + minAge + ")");
    }
  }

  /** A room's capacity never drops below its beds: a bed keeps its history and is blocked, not removed (422). */
  static void capacityKeepsBeds(int capacity, int beds) {
    if (capacity < beds) {
      throw new InvalidFieldException("capacity",
          "The room has " + beds + " beds; block a bed instead of lowering the capacity below that");
    }
  }

  /** A new gender policy must admit the patients in the room now (409 {@code gender-policy}). */
  static void genderPolicyFitsOccupants(GenderPolicy policy, List<String> sexes) {
    if (!policy.admitsAll(sexes)) {
      throw new ConflictException("gender-policy",
          "The room holds patients that the " + policy + " policy excludes; move them first");
    }
  }

  /** Bed codes A, B, C… not yet used in the room. */
  static List<String> nextBedCodes(Set<String> taken, int count) {
    List<String> codes = new ArrayList<>();
    for (char c = 'A'; codes.size() < count; c++) {
      String code = String.valueOf(c);
      if (!taken.contains(code)) {
        codes.add(code);
      }
    }
    return codes;
  }

  private void changed(HenUser user, long unitId) {
    events.publishEvent(new UnitStructureChanged(unitId, user.organisationId()));
  }

  private void addBeds(long roomId, Set<String> taken, int count) {
    LocalDateTime now = LocalDateTime.now(clock);
    nextBedCodes(taken, Math.max(0, count)).forEach(code -> units.insertBed(roomId, code, now));
  }

  private static String ages(Integer minAge, Integer maxAge) {
    return "; min_age=" + (minAge == null ? "" : minAge) + "; max_age=" + (maxAge == null ? "" : maxAge);
  }

  private static String normalise(String unitCode) {
    return unitCode == null ? null : unitCode.trim().toUpperCase(Locale.ROOT);
  }

  private static ConflictException unitTaken(String code) {
    return new ConflictException("unit-code-taken", "The hospital already has a unit " + code);
  }

  private static ConflictException roomTaken(String unit, String room) {
    return new ConflictException("room-code-taken", "Unit " + unit + " already has a room " + room);
  }
}

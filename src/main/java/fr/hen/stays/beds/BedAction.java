package fr.hen.stays.beds;

import fr.hen.platform.ConflictException;
import fr.hen.platform.InvalidFieldException;
import fr.hen.stays.BedStatus;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What a bed manager may do to a bed by hand, with the statuses each action starts from and leads to. */
enum BedAction {
  BLOCK(EnumSet.of(BedStatus.FREE, BedStatus.RESERVED, BedStatus.CLEANING, BedStatus.CLEANED, BedStatus.BLOCKED),
      BedStatus.BLOCKED),
  UNBLOCK(EnumSet.of(BedStatus.BLOCKED), BedStatus.FREE),
  /** Housekeeping done: the bed is clean, still to be made up and checked. */
  CLEANED(EnumSet.of(BedStatus.CLEANING), BedStatus.CLEANED),
  /** The cleaned bed is made up and checked: it takes the next patient. */
  READY(EnumSet.of(BedStatus.CLEANED), BedStatus.FREE),
  RESERVE(EnumSet.of(BedStatus.FREE), BedStatus.RESERVED),
  UNRESERVE(EnumSet.of(BedStatus.RESERVED), BedStatus.FREE);

  /** Longest reason a blocked bed keeps (the column's size). */
  static final int REASON_MAX = 200;

  private final Set<BedStatus> from;
  private final BedStatus target;

  BedAction(Set<BedStatus> from, BedStatus target) {
    this.from = from;
    this.target = target;
  }

  /**
   * The actions the board offers on a bed in {@code current}: every action allowed from it, except re-blocking an
   * already blocked bed. An occupied bed gets none.
   */
  static List<BedAction> offeredFor(BedStatus current) {
    return Arrays.stream(values()).filter(a -> a.from.contains(current))
        .filter(a -> !(a == BLOCK && current == BedStatus.BLOCKED)).toList();
  }

  /**
   * The status a bed in {@code current} gets from this action. An occupied bed is changed only by admissions,
   * transfers and discharges ({@code bed-occupied}); any other illegal move is {@code bed-status-transition}.
   */
  BedStatus apply(BedStatus current) {
    if (current == BedStatus.OCCUPIED) {
      throw new ConflictException("bed-occupied", "An occupied bed changes only through a transfer or discharge");
    }
    if (!from.contains(current)) {
      throw new ConflictException("bed-status-transition", "Cannot " + name().toLowerCase() + " a bed that is "
          + current);
    }
    return target;
  }

  /** The reason stored with the new status: required to block (at most 200 characters), dropped otherwise. */
  String reason(String given) {
    if (this != BLOCK) {
      return null;
    }
    if (given == null || given.isBlank()) {
      throw new InvalidFieldException("reason", "A blocked bed needs a reason");
    }
    String reason = given.trim();
    if (reason.length() > REASON_MAX) {
      throw new InvalidFieldException("reason", "A reason has at most " + REASON_MAX + " characters");
    }
    return reason;
  }
}

package fr.hen.stays.beds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.hen.platform.ConflictException;
import fr.hen.platform.InvalidFieldException;
import fr.hen.stays.BedStatus;
import org.junit.jupiter.api.Test;

class BedActionTest {

  @Test
  void blockingAFreeBed_blocksIt() {
    assertThat(BedAction.BLOCK.apply(BedStatus.FREE)).isEqualTo(BedStatus.BLOCKED);
  }

  @Test
  void blockingWithoutReason_isRejectedNamingReason() {
    assertThatThrownBy(() -> BedAction.BLOCK.reason("  "))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("reason"));
    assertThat(BedAction.BLOCK.reason(" Leak ")).isEqualTo("Leak");
  }

  @Test
  void blockingWithAReasonLongerThan200Characters_isRejectedNamingReason() {
    assertThatThrownBy(() -> BedAction.BLOCK.reason("x".repeat(201)))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("reason"));
    assertThat(BedAction.BLOCK.reason("x".repeat(200))).hasSize(200);
  }

  @Test
  void board_offersOnlyTheActionsAllowedFromTheBedsStatus() {
    assertThat(BedAction.offeredFor(BedStatus.FREE)).containsExactly(BedAction.BLOCK, BedAction.RESERVE);
    assertThat(BedAction.offeredFor(BedStatus.RESERVED)).containsExactly(BedAction.BLOCK, BedAction.UNRESERVE);
    assertThat(BedAction.offeredFor(BedStatus.CLEANING)).containsExactly(BedAction.BLOCK, BedAction.CLEANED);
    assertThat(BedAction.offeredFor(BedStatus.CLEANED)).containsExactly(BedAction.BLOCK, BedAction.READY);
    assertThat(BedAction.offeredFor(BedStatus.BLOCKED)).containsExactly(BedAction.UNBLOCK);
    assertThat(BedAction.offeredFor(BedStatus.OCCUPIED)).isEmpty();
  }

  @Test
  void otherActions_dropTheReason() {
    assertThat(BedAction.UNBLOCK.reason("anything")).isNull();
  }

  @Test
  void occupiedBed_cannotBeChangedByHand() {
    for (BedAction action : BedAction.values()) {
      assertThatThrownBy(() -> action.apply(BedStatus.OCCUPIED))
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("bed-occupied"));
    }
  }

  @Test
  void unblockAndReady_freeTheBed_cleanedIsAStepBeforeReady() {
    assertThat(BedAction.UNBLOCK.apply(BedStatus.BLOCKED)).isEqualTo(BedStatus.FREE);
    assertThat(BedAction.CLEANED.apply(BedStatus.CLEANING)).isEqualTo(BedStatus.CLEANED);
    assertThat(BedAction.READY.apply(BedStatus.CLEANED)).isEqualTo(BedStatus.FREE);
  }

  @Test
  void readyOnlyAfterCleaningDone_andCleanedOnlyOnce() {
    for (BedStatus from : new BedStatus[] {BedStatus.CLEANING, BedStatus.FREE, BedStatus.RESERVED,
        BedStatus.BLOCKED}) {
      assertThatThrownBy(() -> BedAction.READY.apply(from)).as("READY from %s", from)
          .isInstanceOfSatisfying(ConflictException.class,
              e -> assertThat(e.code()).isEqualTo("bed-status-transition"));
    }
    assertThatThrownBy(() -> BedAction.CLEANED.apply(BedStatus.CLEANED))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("bed-status-transition"));
  }

  @Test
  void reserveOnlyAFreeBed() {
    assertThat(BedAction.RESERVE.apply(BedStatus.FREE)).isEqualTo(BedStatus.RESERVED);
    assertThat(BedAction.UNRESERVE.apply(BedStatus.RESERVED)).isEqualTo(BedStatus.FREE);
    assertThatThrownBy(() -> BedAction.RESERVE.apply(BedStatus.CLEANING))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("bed-status-transition"));
  }

  @Test
  void occupancy_isOccupiedOverNotBlockedBeds() {
    assertThat(new Board.Counts(1, 2, 0, 1, 0, 4).occupancyPercent()).isEqualTo(50);
    assertThat(new Board.Counts(0, 2, 0, 1, 1, 4).occupancyPercent()).isEqualTo(50); // a cleaned bed is available
    assertThat(new Board.Counts(0, 0, 0, 0, 0, 3).occupancyPercent()).isZero();
  }
}

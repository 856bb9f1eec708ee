package fr.hen.stays.beds;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.stays.BedStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoardOutlookTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private static Board.Bed bed(long id, LocalDate edd, LocalDateTime ready) {
    return new Board.Bed(id, "A", "10" + id, BedStatus.OCCUPIED, null, id, id, "Nom", "Prénom",
        LocalDate.of(1950, 1, 1), "F", TODAY.minusDays(5).atStartOfDay(), edd, ready);
  }

  private static Board.Bed free(long id) {
    return new Board.Bed(id, "B", "10" + id, BedStatus.FREE, null, null, null, null, null, null, null, null, null,
        null);
  }

  @Test
  void countsMedicallyReadyPatients_andExpectedDischargesByDay() {
    List<Board.Bed> beds = List.of(
        bed(1, TODAY.minusDays(2), TODAY.minusDays(3).atTime(9, 0)), // overdue and medically ready
        bed(2, TODAY, null),
        bed(3, TODAY, TODAY.atTime(8, 0)),
        bed(4, TODAY.plusDays(1), null),
        bed(5, TODAY.plusDays(2), null), // later: not counted
        bed(6, null, null), // no EDD yet
        free(7));
    Board board = new Board(List.of(new Board.Unit(1, "ONCA", "Oncologie", beds, Board.Counts.of(beds))),
        Board.Counts.of(beds));

    assertThat(board.outlook(TODAY)).isEqualTo(new Board.Outlook(2, 1, 2, 1));
    assertThat(board.outlook(TODAY.plusDays(1))).isEqualTo(new Board.Outlook(2, 3, 1, 1));
  }

  @Test
  void anEmptyBoard_hasAnEmptyOutlook() {
    assertThat(new Board(List.of(), Board.Counts.of(List.of())).outlook(TODAY))
        .isEqualTo(new Board.Outlook(0, 0, 0, 0));
  }

  @Test
  void counts_ofAUnit_tallyEachStatus_andTheOccupancyLeavesBlockedBedsOut() {
    List<Board.Bed> beds = List.of(bed(1, null, null), bed(2, null, null), free(3), free(4),
        new Board.Bed(5, "C", "105", BedStatus.BLOCKED, "Leak", null, null, null, null, null, null, null, null, null),
        new Board.Bed(6, "D", "106", BedStatus.CLEANING, null, null, null, null, null, null, null, null, null, null),
        new Board.Bed(7, "E", "107", BedStatus.RESERVED, null, null, null, null, null, null, null, null, null,
            null),
        new Board.Bed(8, "F", "108", BedStatus.CLEANED, null, null, null, null, null, null, null, null, null, null));
    Board.Counts counts = Board.Counts.of(beds);
    assertThat(counts).isEqualTo(new Board.Counts(2, 2, 1, 1, 1, 1));
    assertThat(counts.beds()).isEqualTo(8);
    assertThat(counts.occupancyPercent()).isEqualTo(29); // 2 of the 7 beds not blocked
  }
}

package fr.hen.stays.beds;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.stays.BedStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class BedCardsTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  final BedCards cards = new BedCards(messages());

  static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames("i18n/stays");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }

  static Board board(Board.Bed... beds) {
    List<Board.Bed> list = List.of(beds);
    return new Board(List.of(new Board.Unit(7, "ONCA", "Oncologie", list, Board.Counts.of(list))),
        Board.Counts.of(list));
  }

  @Test
  void occupiedBed_showsPatientAgeSexAdmissionEddAndAvoidableDays_inFrench() {
    Board.Bed bed = new Board.Bed(1, "A", "101", BedStatus.OCCUPIED, null, 10L, 20L, "Martin", "Claire",
        LocalDate.of(1950, 1, 1), "F", LocalDateTime.of(2026, 11, 20, 9, 30), LocalDate.of(2026, 11, 28),
        LocalDateTime.of(2026, 11, 23, 10, 0));
    BedCards.Card card = cards.of(board(bed), TODAY, Locale.FRENCH).get(7L).getFirst();
    assertThat(card.label()).isEqualTo("101-A");
    assertThat(card.statusText()).isEqualTo("Occupé");
    assertThat(card.patient()).isEqualTo("Martin Claire");
    assertThat(card.details()).containsExactly("76 ans, F", "Entré le 20/11/2026", "Sortie prévue le 28/11/2026");
    assertThat(card.ready()).isEqualTo("Sortant médicalement (2 journées évitables)");
    assertThat(card.takesPatient()).isFalse();
  }

  @Test
  void blockedBed_showsItsReason_andNoPatient_inEnglish() {
    Board.Bed bed = new Board.Bed(2, "B", "102", BedStatus.BLOCKED, "Leak", null, null, null, null, null, null,
        null, null, null);
    BedCards.Card card = cards.of(board(bed), TODAY, Locale.ENGLISH).get(7L).getFirst();
    assertThat(card.statusText()).isEqualTo("Blocked");
    assertThat(card.patient()).isNull();
    assertThat(card.details()).isEmpty();
    assertThat(card.blocked()).isEqualTo("Reason: Leak");
  }
}

package fr.hen.stays.beds;

import fr.hen.stays.BedStatus;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the beds of a board into display cards, with every text already localised: the board of 1,000 beds is
 * rendered with plain property reads instead of thousands of template expressions and message look-ups.
 */
@Component
public class BedCards {

  /** One bed as shown: its texts, and the patient's stay id when a patient is in it. */
  public record Card(long id, String label, BedStatus status, String statusText, Long stayId, String patient,
      List<String> details, String ready, String blocked, boolean takesPatient, String isolation, String edd,
      String held) {}

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final MessageSource messages;

  BedCards(MessageSource messages) {
    this.messages = messages;
  }

  /** The cards of each unit of the board, by unit id. */
  Map<Long, List<Card>> of(Board board, LocalDate today, Locale locale) {
    return of(board, today, locale, BoardFilter.NONE);
  }

  /** The cards of the beds this filter keeps, by unit id. */
  Map<Long, List<Card>> of(Board board, LocalDate today, Locale locale, BoardFilter filter) {
    Map<BedStatus, String> statusText = new EnumMap<>(BedStatus.class);
    for (BedStatus status : BedStatus.values()) {
      statusText.put(status, messages.getMessage("bed.status." + status, null, locale));
    }
    Map<String, String> sexText = Map.of("M", messages.getMessage("sex.M", null, locale),
        "F", messages.getMessage("sex.F", null, locale), "U", messages.getMessage("sex.U", null, locale));
    Map<Long, List<Card>> cards = new java.util.HashMap<>();
    for (Board.Unit unit : board.units()) {
      List<Card> list = new ArrayList<>(unit.beds().size());
      for (Board.Bed bed : unit.beds()) {
        if (!filter.matches(bed, today)) {
          continue;
        }
        list.add(card(bed, statusText.get(bed.status()), sexText, today, locale));
      }
      cards.put(unit.id(), list);
    }
    return cards;
  }

  private Card card(Board.Bed bed, String statusText, Map<String, String> sexText, LocalDate today, Locale locale) {
    List<String> details = new ArrayList<>(3);
    String ready = null;
    if (bed.hasPatient()) {
      details.add(messages.getMessage("board.ageSex",
          new Object[] {bed.age(today), sexText.getOrDefault(bed.sex(), bed.sex())}, locale));
      details.add(messages.getMessage("board.admitted", new Object[] {DAY.format(bed.admittedAt())}, locale));
      if (bed.expectedDischargeDate() != null) {
        details.add(messages.getMessage("board.edd", new Object[] {DAY.format(bed.expectedDischargeDate())},
            locale));
      }
      if (bed.medicallyReadyAt() != null) {
        ready = messages.getMessage("stays.medicallyReadyFor", new Object[] {bed.avoidableDays(today)}, locale);
      }
    }
    String blocked = bed.blockedReason() == null ? null
        : messages.getMessage("board.blockedReason", new Object[] {bed.blockedReason()}, locale);
    String isolation = bed.isolation() == null ? null
        : messages.getMessage("bed.isolation." + bed.isolation(), null, locale);
    String edd = null;
    if (bed.hasPatient() && bed.expectedDischargeDate() != null) {
      if (bed.expectedDischargeDate().isEqual(today)) {
        edd = messages.getMessage("board.eddToday", null, locale);
      } else if (bed.expectedDischargeDate().isEqual(today.plusDays(1))) {
        edd = messages.getMessage("board.eddTomorrow", null, locale);
      }
    }
    String held = bed.heldFor() == null ? null
        : messages.getMessage(bed.status() == BedStatus.RESERVED ? "board.reservedFor" : "board.heldFor",
            new Object[] {DAY.format(bed.heldFor())}, locale);
    return new Card(bed.id(), bed.label(), bed.status(), statusText, bed.stayId(),
        bed.hasPatient() ? bed.familyName() + " " + bed.givenName() : null, details, ready, blocked,
        bed.status().takesPatient(), isolation, edd, held);
  }
}

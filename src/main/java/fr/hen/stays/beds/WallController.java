package fr.hen.stays.beds;

import fr.hen.platform.HenUser;
import fr.hen.stays.live.Turnarounds;
import fr.hen.stays.planned.QueueSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The wall screen of a ward or of the bed management office ({@code /beds/wall?unit=…}): large type, no menus, no
 * patient names (a wall is seen by passers-by), the planned admissions without a bed; it refreshes itself on the
 * board's server-sent events, and reloads every five minutes as a fallback (board-live.js). The turnaround view
 * ({@code /beds/turnaround}) shows the medians per unit and the latest turnarounds.
 */
@Controller
class WallController {

  private final BoardService board;
  private final BedCards cards;
  private final QueueSummary queue;
  private final Turnarounds turnarounds;
  private final Clock clock;

  WallController(BoardService board, BedCards cards, QueueSummary queue, Turnarounds turnarounds, Clock clock) {
    this.board = board;
    this.cards = cards;
    this.queue = queue;
    this.turnarounds = turnarounds;
    this.clock = clock;
  }

  @GetMapping("/beds/wall")
  String wall(@AuthenticationPrincipal HenUser user, @RequestParam(required = false) String unit,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
    LocalDate today = LocalDate.now(clock);
    Board shown = board.board(user, unit);
    model.addAttribute("board", shown);
    model.addAttribute("cards", cards.of(shown, today, LocaleContextHolder.getLocale()));
    model.addAttribute("outlook", shown.outlook(today));
    model.addAttribute("waiting", queue.withoutBed(user, today, today.plusDays(1), unit));
    model.addAttribute("unit", unit);
    model.addAttribute("updated", LocalTime.now(clock).format(DateTimeFormatter.ofPattern("HH:mm:ss")));
    return htmx != null ? "stays/wall :: wall" : "stays/wall";
  }

  @GetMapping("/beds/turnaround")
  @PreAuthorize("hasAnyRole('BED_MANAGER', 'DISCHARGE_COORDINATOR', 'PHYSICIAN')")
  String turnaround(@AuthenticationPrincipal HenUser user, Model model) {
    model.addAttribute("turnarounds", turnarounds.since(user, LocalDate.now(clock).minusDays(30).atStartOfDay())
        .values());
    return "stays/turnaround";
  }
}

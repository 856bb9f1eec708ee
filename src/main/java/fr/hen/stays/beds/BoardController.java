package fr.hen.stays.beds;

import fr.hen.platform.HenUser;
import fr.hen.stays.BedStatus;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The bed board page; an htmx request for another unit gets only the board fragment. */
@Controller
class BoardController {

  private final BoardService board;
  private final BedStatusService beds;

  BoardController(BoardService board, BedStatusService beds) {
    this.board = board;
    this.beds = beds;
  }

  @GetMapping("/beds")
  String board(@AuthenticationPrincipal HenUser user, @RequestParam(required = false) String unit,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
    model.addAttribute("board", board.board(user, unit));
    model.addAttribute("unit", unit);
    model.addAttribute("today", LocalDate.now());
    model.addAttribute("statuses", BedStatus.values());
    if (htmx != null) {
      return "stays/board :: board";
    }
    model.addAttribute("units", beds.units(user));
    return "stays/board";
  }
}

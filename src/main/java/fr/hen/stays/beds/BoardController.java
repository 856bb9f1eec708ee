package fr.hen.stays.beds;

import fr.hen.platform.ConflictException;
import fr.hen.platform.HenUser;
import fr.hen.platform.InvalidFieldException;
import fr.hen.stays.BedIsolation;
import fr.hen.stays.BedStatus;
import fr.hen.stays.HospitalBeds;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The bed board page; an htmx request for another unit gets only the board fragment. A bed manager changes the
 * status or the isolation of a bed from the board: success redirects back to the same unit, an error is shown next
 * to the bed.
 */
@Controller
class BoardController {

  /**
   * An action the board could not apply to one bed: the message key and what was typed. A status action names its
   * action; the isolation form has none, and names the field in error and the isolation chosen.
   */
  record BedError(long bedId, BedAction action, String messageKey, String reason, String isolation, String field) {

    static BedError ofStatus(long bedId, BedAction action, String messageKey, String reason) {
      return new BedError(bedId, action, messageKey, reason, null, null);
    }

    static BedError ofIsolation(long bedId, String field, String isolation, String reason) {
      return new BedError(bedId, null, "board.isolation.invalid." + field, reason, isolation, field);
    }
  }

  /** The isolation form's value that lifts the isolation. */
  static final String NO_ISOLATION = "NONE";

  /** The actions offered on a bed, by its status. */
  private static final Map<BedStatus, List<BedAction>> ACTIONS = new EnumMap<>(BedStatus.class);

  static {
    Arrays.stream(BedStatus.values()).forEach(s -> ACTIONS.put(s, BedAction.offeredFor(s)));
  }

  private final BoardService board;
  private final BedStatusService beds;
  private final UnitStructureService structure;
  private final BedCards cards;
  private final Clock clock;
  private final fr.hen.stays.live.Turnarounds turnarounds;
  private final fr.hen.stays.planned.QueueSummary queue;
  private final HospitalBeds isolations;

  BoardController(BoardService board, BedStatusService beds, UnitStructureService structure, BedCards cards, Clock clock,
      fr.hen.stays.live.Turnarounds turnarounds, fr.hen.stays.planned.QueueSummary queue, HospitalBeds isolations) {
    this.isolations = isolations;
    this.turnarounds = turnarounds;
    this.queue = queue;
    this.board = board;
    this.beds = beds;
    this.structure = structure;
    this.cards = cards;
    this.clock = clock;
  }

  @GetMapping("/beds")
  String board(@AuthenticationPrincipal HenUser user, @RequestParam(required = false) String unit,
      @RequestParam(required = false) BedStatus status, @RequestParam(required = false) boolean isolated,
      @RequestParam(required = false) boolean ready, @RequestParam(required = false) String edd,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      @RequestHeader(name = "HX-Live", required = false) String live, Model model) {
    model.addAttribute("filter", new BoardFilter(status, isolated, ready, edd));
    if (htmx != null) {
      fill(user, unit, model);
      // clears the status message of an earlier change, unless the page refreshes itself (live board)
      model.addAttribute("htmxBoard", live == null);
      return "stays/board :: board";
    }
    return page(user, unit, model);
  }

  /**
   * Applies a status action. From htmx, answers the board fragment (new counts, the bed's new card, or its inline
   * error) with a status message and the bed to focus; without JavaScript, redirects to the board at that bed.
   */
  @PostMapping("/beds/{id}/status")
  String change(@AuthenticationPrincipal HenUser user, @PathVariable long id, @RequestParam BedAction action,
      @RequestParam(required = false) String reason, @RequestParam(required = false) String unit,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
      RedirectAttributes redirect) {
    try {
      beds.change(user, id, action, reason);
    } catch (InvalidFieldException e) {
      model.addAttribute("bedError", BedError.ofStatus(id, action, "board.invalid." + e.field(), reason));
      return htmx != null ? fragment(user, unit, id, null, model) : page(user, unit, model);
    } catch (ConflictException e) {
      model.addAttribute("bedError", BedError.ofStatus(id, action, "stays.conflict." + e.code(), reason));
      return htmx != null ? fragment(user, unit, id, null, model) : page(user, unit, model);
    }
    return changed(user, unit, id, "board.statusChanged", htmx, model, redirect);
  }

  /**
   * Sets ({@code ISOLATED}, {@code CONTAMINATED}, with an optional reason) or lifts ({@code NONE}) a bed's isolation,
   * whatever its status; answered like a status action. The same state sent again changes nothing.
   */
  @PostMapping("/beds/{id}/isolation")
  String isolate(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @RequestParam(required = false) String isolation, @RequestParam(required = false) String reason,
      @RequestParam(required = false) String unit,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
      RedirectAttributes redirect) {
    beds.bed(user, id); // 403 for another role, 404 for another hospital's bed, whatever the form holds
    try {
      isolations.isolate(user, id, isolationOf(isolation), reason);
    } catch (InvalidFieldException e) {
      model.addAttribute("bedError", BedError.ofIsolation(id, e.field(), isolation, reason));
      return htmx != null ? fragment(user, unit, id, null, model) : page(user, unit, model);
    }
    return changed(user, unit, id, "board.isolation.changed", htmx, model, redirect);
  }

  private static BedIsolation isolationOf(String value) {
    if (NO_ISOLATION.equals(value)) {
      return null;
    }
    return Arrays.stream(BedIsolation.values()).filter(i -> i.name().equals(value)).findFirst()
        .orElseThrow(() -> new InvalidFieldException("isolation", "ISOLATED, CONTAMINATED or NONE"));
  }

  /** A change done: the board fragment with its message from htmx, else a redirect to the board at that bed. */
  private String changed(HenUser user, String unit, long id, String message, String htmx, Model model,
      RedirectAttributes redirect) {
    if (htmx != null) {
      return fragment(user, unit, id, message, model);
    }
    redirect.addFlashAttribute("message", message);
    return "redirect:" + UriComponentsBuilder.fromPath("/beds")
        .queryParamIfPresent("unit", Optional.ofNullable(unit).filter(u -> !u.isBlank()))
        .fragment("bed-" + id).encode().build().toUriString();
  }

  private String fragment(HenUser user, String unit, long bedId, String message, Model model) {
    fill(user, unit, model);
    model.addAttribute("changedBed", bedId);
    model.addAttribute("boardMessage", message);
    model.addAttribute("htmxBoard", true);
    return "stays/board :: board";
  }

  /** The status and isolation actions of one bed: a fragment for htmx, a small page otherwise. */
  @GetMapping("/beds/{id}/actions")
  String actions(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @RequestParam(required = false) String unit,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
    BedRef bed = beds.bed(user, id);
    model.addAttribute("bed", bed);
    model.addAttribute("unit", unit);
    model.addAttribute("actions", ACTIONS);
    String isolation = beds.isolation(user, id).map(Enum::name).orElse(null);
    model.addAttribute("isolation", isolation);
    model.addAttribute("isolated", isolation != null);
    return htmx != null ? "stays/bed-actions :: actions" : "stays/bed-actions";
  }

  private String page(HenUser user, String unit, Model model) {
    fill(user, unit, model);
    model.addAttribute("units", structure.units(user));
    return "stays/board";
  }

  private void fill(HenUser user, String unit, Model model) {
    Board shown = board.board(user, unit);
    model.addAttribute("board", shown);
    BoardFilter filter = model.getAttribute("filter") instanceof BoardFilter f ? f : BoardFilter.NONE;
    model.addAttribute("filter", filter);
    model.addAttribute("cards", cards.of(shown, LocalDate.now(clock), LocaleContextHolder.getLocale(), filter));
    model.addAttribute("outlook", shown.outlook(LocalDate.now(clock)));
    model.addAttribute("unit", unit);
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("statuses", BedStatus.values());
    model.addAttribute("actions", ACTIONS);
    LocalDate today = LocalDate.now(clock);
    model.addAttribute("turnarounds", turnarounds.lastThirtyDays(user));
    model.addAttribute("waiting", queue.withoutBed(user, today, today.plusDays(1), unit));
  }
}

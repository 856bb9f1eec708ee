package fr.hen.discharge.figures;

import fr.hen.platform.HenUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures page {@code /discharge/figures?from=&to=}: a period form (the last 90 days by default), the exit
 * figures, referral answers per partner type and per partner, refusal reasons and the under-solicited partners.
 * Two charts (refusal reasons, acceptance per partner type) read their data from JSON script elements
 * ({@code discharge-figures.js}; the CSP allows no inline script); the tables next to them are their accessible
 * equivalent. A bad period shows inline errors with the typed values kept.
 */
@Controller
class FiguresPageController {

  /** One bar of a chart; {@code value} null when suppressed or undefined. */
  record Bar(String name, Number value, boolean suppressed) {}

  static final int DEFAULT_DAYS = 90;

  private final DischargeFiguresService service;
  private final JsonMapper json;
  private final Clock clock;
  private final MessageSource messages;

  FiguresPageController(DischargeFiguresService service, JsonMapper json, Clock clock, MessageSource messages) {
    this.service = service;
    this.json = json;
    this.clock = clock;
    this.messages = messages;
  }

  @GetMapping("/discharge/figures")
  @PreAuthorize("hasAnyRole('DISCHARGE_COORDINATOR', 'BED_MANAGER', 'QUALITY_MANAGER', 'PHYSICIAN', "
      + "'NETWORK_COORDINATOR')")
  String page(@AuthenticationPrincipal HenUser user, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, Model model, Locale locale) {
    LocalDate today = LocalDate.now(clock);
    boolean asked = from != null || to != null;
    String fromText = asked ? trim(from) : today.minusDays(DEFAULT_DAYS - 1L).toString();
    String toText = asked ? trim(to) : today.toString();
    model.addAttribute("from", fromText);
    model.addAttribute("to", toText);
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate fromDate = parse(fromText, "from", errors);
    LocalDate toDate = parse(toText, "to", errors);
    if (errors.isEmpty()) {
      if (toDate.isBefore(fromDate)) {
        errors.put("to", "figures.error.order");
      } else if (ChronoUnit.DAYS.between(fromDate, toDate) >= DischargeFiguresService.MAX_DAYS) {
        errors.put("to", "figures.error.tooLong");
      }
    }
    model.addAttribute("errors", errors);
    if (!errors.isEmpty()) {
      return "discharge/figures";
    }
    DischargeFigures figures = service.figures(user, fromDate, toDate);
    model.addAttribute("figures", figures);
    model.addAttribute("reasonsJson", safe(figures.refusalReasons().stream()
        .map(r -> new Bar(messages.getMessage("figures.reason." + r.reason().name(), null, locale),
            r.count().value(), r.count().suppressed())).toList()));
    model.addAttribute("typesJson", safe(figures.partnerTypes().stream()
        .map(t -> new Bar(messages.getMessage("network.type." + t.partnerType(), null,
            t.partnerType(), locale), t.figures().acceptancePercent().value(),
            t.figures().acceptancePercent().suppressed())).toList()));
    return "discharge/figures";
  }

  private static String trim(String text) {
    return text == null ? "" : text.trim();
  }

  private static LocalDate parse(String text, String field, Map<String, String> errors) {
    if (text.isEmpty()) {
      errors.put(field, "figures.error.required");
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      errors.put(field, "figures.error.date");
      return null;
    }
  }

  /** JSON safe inside a script element. */
  private String safe(List<Bar> bars) {
    return json.writeValueAsString(bars).replace("<", "\\u003c");
  }
}

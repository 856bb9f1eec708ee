package fr.hen.planning.forecast;

import fr.hen.platform.HenUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The forecast page {@code /forecast?unit=}: the hospital's total and each unit (or the one chosen) as an ECharts
 * chart (expected beds, 10th–90th percentile band, available beds) drawn by {@code forecast.js} from a JSON script
 * element (the CSP allows no inline script), each with its table (the accessible equivalent). The backtest's
 * accuracy is loaded after the page ({@code /forecast/accuracy}, htmx): it replays 8 weeks and is kept for the day.
 */
@Controller
class ForecastPageController {

  /** One chart's data. */
  record Chart(String title, int availableBeds, List<OccupancyForecast.DayForecast> days) {}

  private final ForecastService service;
  private final JsonMapper json;
  private final MessageSource messages;

  ForecastPageController(ForecastService service, JsonMapper json, MessageSource messages) {
    this.service = service;
    this.json = json;
    this.messages = messages;
  }

  @GetMapping("/forecast")
  @PreAuthorize(ForecastService.READERS)
  String page(@AuthenticationPrincipal HenUser user, @RequestParam(required = false) String unit, Model model,
      Locale locale) {
    String chosen = unit == null || unit.isBlank() ? null : unit.trim();
    OccupancyForecast forecast = service.forecast(user, chosen);
    model.addAttribute("units", service.units(user));
    model.addAttribute("chosen", chosen);
    model.addAttribute("forecast", forecast);
    List<Chart> charts = new ArrayList<>();
    if (chosen == null) {
      charts.add(new Chart(messages.getMessage("forecast.total", null, locale), forecast.total().availableBeds(),
          forecast.total().days()));
    }
    forecast.units().forEach(u -> charts.add(new Chart(u.unitName(), u.availableBeds(), u.days())));
    model.addAttribute("chartsJson", json.writeValueAsString(charts).replace("<", "\\u003c"));
    return "planning/forecast";
  }

  @GetMapping("/forecast/accuracy")
  @PreAuthorize(ForecastService.READERS)
  String accuracy(@AuthenticationPrincipal HenUser user, Model model) {
    model.addAttribute("accuracy", service.accuracy(user));
    return "planning/forecast :: accuracy";
  }
}

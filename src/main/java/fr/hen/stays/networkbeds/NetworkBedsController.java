package fr.hen.stays.networkbeds;

import fr.hen.platform.HenUser;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The network bed view page: network totals, a table per hospital and an occupancy chart. The chart's data goes
 * in a JSON script element read by {@code network-chart.js} (the CSP allows no inline script).
 */
@Controller
class NetworkBedsController {

  /** One bar of the occupancy chart; {@code value} is null when suppressed or undefined. */
  record Bar(String name, Double value, boolean suppressed, boolean own) {}

  private final NetworkBedsService service;
  private final JsonMapper json;

  NetworkBedsController(NetworkBedsService service, JsonMapper json) {
    this.service = service;
    this.json = json;
  }

  @GetMapping("/network/beds")
  String page(@AuthenticationPrincipal HenUser user, Model model) {
    NetworkBeds view = service.view(user);
    model.addAttribute("view", view);
    model.addAttribute("chartJson", chartJson(view));
    return "stays/network-beds";
  }

  /** Occupancy per hospital for the chart; a suppressed value is null. Safe inside a script element. */
  String chartJson(NetworkBeds view) {
    List<Bar> bars = view.hospitals().stream().map(h -> new Bar(h.name(), h.figures().occupancyPercent().value(),
        h.figures().occupancyPercent().suppressed(), h.own())).toList();
    return json.writeValueAsString(bars).replace("<", "\\u003c");
  }
}

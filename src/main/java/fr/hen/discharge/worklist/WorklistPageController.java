package fr.hen.discharge.worklist;

import fr.hen.discharge.worklist.DischargeWorklist.Worklist;
import fr.hen.discharge.worklist.WorklistFilter.State;
import fr.hen.platform.HenUser;
import fr.hen.platform.PageSlice;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The worklist page {@code /discharge}: filters, counts per unit, patients by urgency, DAC escalation links. */
@Controller
class WorklistPageController {

  private final DischargeWorklist worklist;
  private final MessageSource messages;

  WorklistPageController(DischargeWorklist worklist, MessageSource messages) {
    this.worklist = worklist;
    this.messages = messages;
  }

  @GetMapping("/discharge")
  String worklist(@AuthenticationPrincipal HenUser user, @RequestParam(required = false) String unit,
      @RequestParam(required = false) State state, @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page, Model model) {
    WorklistFilter filter = new WorklistFilter(unit, state, q);
    Worklist list = worklist.worklist(user, filter, PageSlice.clampPage(page), PageSlice.DEFAULT_SIZE);
    model.addAttribute("worklist", list);
    model.addAttribute("patients", list.page().map(e -> WorklistLine.of(e, messages,
        LocaleContextHolder.getLocale())));
    model.addAttribute("unit", filter.unit());
    model.addAttribute("state", state);
    model.addAttribute("q", q);
    model.addAttribute("states", State.values());
    return "discharge/worklist";
  }
}

package fr.hen.discharge.worklist;

import fr.hen.discharge.worklist.DischargeWorklist.UnitCount;
import fr.hen.discharge.worklist.DischargeWorklist.Worklist;
import fr.hen.discharge.worklist.WorklistFilter.State;
import fr.hen.platform.HenUser;
import fr.hen.platform.PageSlice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the discharge worklist. */
@RestController
@Tag(name = "Discharge", description = "Discharge coordination with partners")
class WorklistApiController {

  /** The worklist: today, the DAC delay in force, every unit's counts, and one page of patients by urgency. */
  record WorklistResponse(LocalDate today, int dacAfterDays, List<UnitCount> units, PageSlice<WorklistLine> patients) {}

  private final DischargeWorklist worklist;
  private final MessageSource messages;

  WorklistApiController(DischargeWorklist worklist, MessageSource messages) {
    this.worklist = worklist;
    this.messages = messages;
  }

  @GetMapping("/api/v1/discharge/worklist")
  @Operation(summary = "In-hospital patients of the user's hospital, most urgent exit first",
      description = "For BED_MANAGER, DISCHARGE_COORDINATOR and PHYSICIAN; an audited read of the patients of the "
          + "page. Urgency sums medically ready (and the days waiting since), expected discharge date today or passed, "
          + "requests without answer, refusals, acceptances to confirm and DAC escalation (refused by 3 partners, or "
          + "ready for more than hen.discharge.dac-after-days days); filters: unit (code), state, q (name or MRN).")
  @ApiResponse(responseCode = "200", description = "One page of the worklist", useReturnTypeSchema = true)
  WorklistResponse worklist(@AuthenticationPrincipal HenUser user, @RequestParam(required = false) String unit,
      @RequestParam(required = false) State state, @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    Worklist list = worklist.worklist(user, new WorklistFilter(unit, state, q), PageSlice.clampPage(page),
        PageSlice.clampSize(size));
    return new WorklistResponse(list.today(), list.dacAfterDays(), list.units(),
        list.page().map(e -> WorklistLine.of(e, messages, LocaleContextHolder.getLocale())));
  }
}

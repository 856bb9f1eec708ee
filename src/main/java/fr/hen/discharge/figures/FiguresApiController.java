package fr.hen.discharge.figures;

import fr.hen.platform.HenUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the discharge figures (aggregates only; small cells suppressed in the network view). */
@RestController
@Tag(name = "Discharge figures", description = "Avoidable days, waiting to exit, referral answers and partners")
class FiguresApiController {

  private final DischargeFiguresService service;

  FiguresApiController(DischargeFiguresService service) {
    this.service = service;
  }

  @GetMapping("/api/v1/discharge/figures")
  @Operation(summary = "Discharge figures of a period (PRODUCT.md §4)",
      description = "from and to are dates (inclusive, both required, at most 366 days apart). Discharges by "
          + "discharge date; bed-days counted at midnight; avoidable days = max(0, discharge date − medically-ready "
          + "date), rate = avoidable days / bed-days; waiting to exit median and p90 (days); referrals by sent date: "
          + "answer time (first answer − sent, median hours) and acceptance (accepted / answered) per partner and "
          + "per partner type; refusals per coded reason; under-solicited partners over the 90 days ending at to. "
          + "Every figure is {value, suppressed, suppression}. DISCHARGE_COORDINATOR, BED_MANAGER, QUALITY_MANAGER "
          + "and PHYSICIAN see their hospital; NETWORK_COORDINATOR sees the network, where a count under 5, or a "
          + "rate or median of fewer than 5 events, is null with suppression UNDER_FIVE and a total that would "
          + "reveal one is null with suppression COMPLEMENTARY.")
  @ApiResponse(responseCode = "200", description = "The figures of the period", useReturnTypeSchema = true)
  @ApiResponse(responseCode = "422", description = "The period is invalid (a date missing, to before from, or "
      + "over 366 days), the field named under errors")
  DischargeFigures figures(@AuthenticationPrincipal HenUser user,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return service.figures(user, from, to);
  }
}

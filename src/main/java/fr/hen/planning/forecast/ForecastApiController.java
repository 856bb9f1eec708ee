package fr.hen.planning.forecast;

import fr.hen.platform.HenUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the 7-day occupancy forecast. */
@RestController
@Tag(name = "Occupancy forecast", description = "Occupied beds per unit for the next 7 days, with a band")
class ForecastApiController {

  private final ForecastService service;

  ForecastApiController(ForecastService service) {
    this.service = service;
  }

  @GetMapping("/api/v1/forecast")
  @Operation(summary = "Occupancy of the user's hospital for the next 7 days, per unit and in total",
      description = "Expected patients present at the midnight ending each day (day 1 is tonight) from the patients "
          + "in hospital (expected discharge dates corrected by how late discharges usually come, or the survival "
          + "of lengths of stay), planned admissions and the arrivals of the last 12 weeks by weekday; low and high "
          + "are the 10th and 90th percentiles of the count. Counts only, no patient. For BED_MANAGER, "
          + "DISCHARGE_COORDINATOR and QUALITY_MANAGER.")
  @ApiResponse(responseCode = "200", description = "The forecast", useReturnTypeSchema = true)
  @ApiResponse(responseCode = "404", description = "No unit of that code in the user's hospital")
  OccupancyForecast forecast(@AuthenticationPrincipal HenUser user,
      @Parameter(description = "a unit's code: that unit only (the total stays the hospital's)")
      @RequestParam(required = false) String unit) {
    return service.forecast(user, unit == null || unit.isBlank() ? null : unit.trim());
  }
}

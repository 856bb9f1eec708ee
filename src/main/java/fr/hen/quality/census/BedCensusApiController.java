package fr.hen.quality.census;

import fr.hen.platform.HenUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the daily census of occupied beds. */
@RestController
@Tag(name = "Bed census", description = "Occupied beds per unit at each midnight (bed-days)")
class BedCensusApiController {

  /** The census of a period: one line per unit and day. */
  record CensusResponse(LocalDate from, LocalDate to, List<BedCensus.UnitDay> items) {}

  private final BedCensus census;

  BedCensusApiController(BedCensus census) {
    this.census = census;
  }

  @GetMapping("/api/v1/bed-census")
  @Operation(summary = "Occupied beds per unit of the user's hospital at the midnight ending each day",
      description = "A bed-day is counted at midnight (PRODUCT.md §4): the day of admission counts, the day of "
          + "discharge does not. Built from the stays module's events, so a movement shows here within seconds. "
          + "from and to are dates (inclusive), at most 366 days apart. For BED_MANAGER and QUALITY_MANAGER.")
  @ApiResponse(responseCode = "200", description = "The census of the period", useReturnTypeSchema = true)
  @ApiResponse(responseCode = "422", description = "The period is invalid (to before from, or over 366 days), "
      + "the field named under errors")
  CensusResponse census(@AuthenticationPrincipal HenUser user,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return new CensusResponse(from, to, census.census(user, from, to));
  }
}

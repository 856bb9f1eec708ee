package fr.hen.stays.stay;

import fr.hen.platform.HenUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The stays file (PRODUCT.md §4) of the user's hospital, for indicators and network submissions. */
@RestController
@Tag(name = "Stays", description = "Stays of the user's hospital and their movements")
class StayExportApiController {

  static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

  private final StayExport export;

  StayExportApiController(StayExport export) {
    this.export = export;
  }

  @GetMapping(path = "/api/v1/stays/export", produces = "text/csv")
  @Operation(summary = "Stays discharged in a period as the stays file (CSV, UTF-8, PRODUCT.md §4)",
      description = "from and to are dates (inclusive, by discharge date), at most 366 days apart. Columns: "
          + StayExport.HEADER + ". patient_id is the internal id (no name, no MRN). Every export is audited as "
          + "EXPORT naming its patients. For QUALITY_MANAGER (and system actors holding stays:export).")
  @ApiResponse(responseCode = "200", description = "The stays file", content = @Content(mediaType = "text/csv",
      schema = @Schema(type = "string")))
  @ApiResponse(responseCode = "422", description = "The period is invalid, the field named under errors")
  ResponseEntity<String> export(@AuthenticationPrincipal HenUser user,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return ResponseEntity.ok().contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"stays-" + from + "-" + to + ".csv\"")
        .body(export.csv(user, from, to));
  }
}

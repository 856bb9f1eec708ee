package fr.hen.stays.beds;

import fr.hen.platform.HenUser;
import fr.hen.stays.BedIsolation;
import fr.hen.stays.HospitalBeds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sets or lifts a bed's isolation (HL7 table 0116 I / K), whatever its status. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Beds", description = "Beds of the user's hospital and their status")
class BedIsolationApiController {

  record IsolationChange(@Schema(description = "ISOLATED, CONTAMINATED, or null to lift the isolation")
      BedIsolation isolation, @Size(max = HospitalBedsService.MAX_REASON) String reason) {}

  private final HospitalBeds beds;

  BedIsolationApiController(HospitalBeds beds) {
    this.beds = beds;
  }

  @PutMapping("/beds/{id}/isolation")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Set or lift a bed's isolation", description = "For BED_MANAGER; the reason is shown only "
      + "to the clinical roles")
  void isolate(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @Valid @RequestBody IsolationChange change) {
    beds.isolate(user, id, change.isolation(), change.reason());
  }
}

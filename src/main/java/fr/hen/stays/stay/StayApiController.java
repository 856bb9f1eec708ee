package fr.hen.stays.stay;

import fr.hen.platform.HenUser;
import fr.hen.platform.PageSlice;
import fr.hen.platform.RequestKeys;
import fr.hen.stays.AdmissionSource;
import fr.hen.stays.DischargeDestination;
import fr.hen.stays.StayStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDateTime;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of stays: list, read, admit, transfer, discharge, cancelling a mistaken movement. */
@RestController
@RequestMapping("/api/v1/stays")
@Tag(name = "Stays", description = "Stays of the user's hospital and their movements")
class StayApiController {

  record AdmitRequest(@NotNull @Valid PatientIdentity patient, @NotBlank String unit, @NotNull Long bed,
      @NotNull LocalDateTime admittedAt, @NotNull AdmissionSource admissionSource, Boolean planned,
      @Schema(description = "true: take a bed reserved for another planned admission (which loses it)")
      Boolean overrideReservation) {}

  record TransferRequest(@NotNull Long bed, @NotNull LocalDateTime at) {}

  record DischargeRequest(@NotNull LocalDateTime dischargedAt, @NotNull DischargeDestination destination,
      String destinationOrganisation) {}

  record CancelRequest(@Schema(description = "Why the movement is cancelled (kept with it and in the audit log)")
      @NotBlank @Size(max = StayRules.MAX_REASON) String reason) {}

  private final StayService service;
  private final StayReader reader;

  StayApiController(StayService service, StayReader reader) {
    this.service = service;
    this.reader = reader;
  }

  @GetMapping
  @Operation(summary = "Stays of the user's hospital (all statuses unless one is given), newest admission first")
  PageSlice<StayView> list(@AuthenticationPrincipal HenUser user, @RequestParam(required = false) StayStatus status,
      @RequestParam(required = false) String unit, @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return reader.list(user, new StayFilter(status, unit, null, false), PageSlice.clampPage(page),
        PageSlice.clampSize(size));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One stay with its movements")
  StayView get(@AuthenticationPrincipal HenUser user, @PathVariable long id) {
    return reader.find(user, id);
  }

  @PostMapping
  @Operation(summary = "Admit a patient into a free or reserved bed")
  @ApiResponse(responseCode = "201", description = "Admitted (or, for a repeated Idempotency-Key, the stay the "
      + "first request admitted, with Idempotent-Replayed: true); Location names the stay", useReturnTypeSchema = true)
  @ApiResponse(responseCode = "404", description = "The bed is not one of the hospital's (a bed of another "
      + "organisation answers like a missing one)")
  ResponseEntity<StayView> admit(@AuthenticationPrincipal HenUser user,
      @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", description = "Any unique text (e.g. a UUID, "
          + "1 to 100 visible ASCII characters): a repeat of the request with the same key admits nobody else and "
          + "answers the first admission; the same key with another body is a 409 request-key-reused")
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @Valid @RequestBody AdmitRequest request) {
    RequestKeys.Outcome<Long> outcome = service.admitOnce(user, idempotencyKey, new AdmitCommand(request.patient(),
        request.unit(), request.bed(), request.admittedAt(), request.admissionSource(),
        Boolean.TRUE.equals(request.planned()), null, Boolean.TRUE.equals(request.overrideReservation())));
    long id = outcome.result();
    return ResponseEntity.created(URI.create("/api/v1/stays/" + id))
        .header("Idempotent-Replayed", String.valueOf(outcome.replayed())).body(reader.find(user, id));
  }

  @PostMapping("/{id}/transfer")
  @Operation(summary = "Transfer an in-hospital patient to another bed")
  StayView transfer(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @Valid @RequestBody TransferRequest request) {
    service.transfer(user, id, request.bed(), request.at());
    return reader.find(user, id);
  }

  @PostMapping("/{id}/discharge")
  @Operation(summary = "Discharge an in-hospital patient to a destination")
  StayView discharge(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @Valid @RequestBody DischargeRequest request) {
    service.discharge(user, id, request.dischargedAt(), request.destination(), request.destinationOrganisation());
    return reader.find(user, id);
  }

  @PostMapping("/{id}/cancel-admission")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Cancel an admission recorded by mistake",
      description = "For BED_MANAGER, within hen.stays.cancel-window (24 hours by default) after the admission was "
          + "recorded, while the patient is still in the bed of admission. The stay is voided with the reason: it "
          + "leaves lists, the board and the census, and GET answers 404 for it from then on; its bed is free again.")
  @ApiResponse(responseCode = "204", description = "Cancelled: the stay is voided, so no representation is returned")
  @ApiResponse(responseCode = "409", description = "code cancel-window-passed (recorded too long ago), "
      + "stay-transferred (moved since), stay-discharged (discharged: cancel the discharge first), "
      + "admission-cancelled (already cancelled, e.g. a second submit)")
  @ApiResponse(responseCode = "422", description = "reason missing, blank or over 200 characters (errors names "
      + "reason)")
  void cancelAdmission(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @Valid @RequestBody CancelRequest request) {
    service.cancelAdmission(user, id, request.reason());
  }

  @PostMapping("/{id}/cancel-discharge")
  @Operation(summary = "Cancel a discharge recorded by mistake",
      description = "For BED_MANAGER, DISCHARGE_COORDINATOR and PHYSICIAN, within hen.stays.cancel-window (24 hours "
          + "by default) after the discharge was recorded. The stay is in hospital again, in the bed it left; the "
          + "discharge stays in its movements, voided with the reason.")
  @ApiResponse(responseCode = "200", description = "The stay, in hospital again", useReturnTypeSchema = true)
  @ApiResponse(responseCode = "409", description = "code cancel-window-passed (recorded too long ago), "
      + "stay-not-discharged (in hospital, e.g. a second submit), bed-unavailable (the bed left is reserved, "
      + "blocked or taken), patient-already-in-hospital (admitted again meanwhile), gender-policy (the room now "
      + "excludes the patient), admission-cancelled (the stay is voided)")
  @ApiResponse(responseCode = "422", description = "reason missing, blank or over 200 characters (errors names "
      + "reason)")
  StayView cancelDischarge(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @Valid @RequestBody CancelRequest request) {
    service.cancelDischarge(user, id, request.reason());
    return reader.find(user, id);
  }
}

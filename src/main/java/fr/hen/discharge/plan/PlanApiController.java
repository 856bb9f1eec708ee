package fr.hen.discharge.plan;

import fr.hen.discharge.Carer;
import fr.hen.discharge.ChecklistItem;
import fr.hen.discharge.DestinationType;
import fr.hen.discharge.Housing;
import fr.hen.discharge.plan.DischargePlan.Change;
import fr.hen.platform.HenUser;
import fr.hen.platform.PageSlice;
import fr.hen.platform.RequestKeys;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the discharge plan of a stay: read, change (with the version read), history. */
@RestController
@RequestMapping("/api/v1/stays/{id}/discharge-plan")
@Tag(name = "Discharge plans", description = "The discharge plan of a stay of the user's hospital and its history")
class PlanApiController {

  @Schema(description = "The whole plan: every field replaces the stored one (null or absent clears it), except "
      + "medically_ready (absent or null leaves it as it is)")
  record PlanRequest(
      @Schema(nullable = true, description = "Expected discharge date (EDD), from the admission date to a year "
          + "after") LocalDate expectedDischargeDate,
      @Schema(nullable = true, description = "Why the EDD changes (kept in the history; ignored when it does not)")
      String eddReason,
      @Schema(nullable = true, description = "PHYSICIAN only when it changes: true sets it (now, or "
          + "medically_ready_at), false clears it") Boolean medicallyReady,
      @Schema(nullable = true, description = "When the patient became medically ready (back-dating, not before "
          + "the admission nor in the future)") LocalDateTime medicallyReadyAt,
      @Schema(nullable = true, description = "Care needs: capability codes of the network catalogue")
      List<String> needs,
      @Schema(nullable = true, description = "Autonomy group AGGIR, 1 to 6") Integer gir,
      @Schema(nullable = true) Boolean livesAlone,
      @Schema(nullable = true) Carer carer,
      @Schema(nullable = true) Housing housing,
      @Schema(nullable = true, description = "French postcode, five digits") String homePostcode,
      @Schema(nullable = true) String homeTown,
      @Schema(nullable = true) DestinationType destinationType,
      @Schema(nullable = true, description = "Exit checklist items done") List<ChecklistItem> checklist,
      @Schema(description = "The version read: a plan changed meanwhile answers 409 stale-plan") @NotNull
      Integer version) {}

  record PlanResponse(long stayId, PlanStatus status, LocalDateTime admittedAt, LocalDate expectedDischargeDate,
      LocalDateTime eddSetAt, boolean medicallyReady, LocalDateTime medicallyReadyAt, List<String> needs, Integer gir,
      Boolean livesAlone, Carer carer, Housing housing, String homePostcode, String homeTown,
      DestinationType destinationType, List<ChecklistItem> checklist, LocalDateTime dischargedAt,
      String dischargeDestination, int version, LocalDateTime updatedAt, String updatedBy) {

    static PlanResponse of(DischargePlan p) {
      return new PlanResponse(p.stayId(), p.status(), p.admittedAt(), p.expectedDischargeDate(), p.eddSetAt(),
          p.medicallyReady(), p.medicallyReadyAt(), p.needs(), p.gir(), p.livesAlone(), p.carer(), p.housing(),
          p.homePostcode(), p.homeTown(), p.destinationType(), p.checklist(), p.dischargedAt(),
          p.dischargeDestination(), p.version(), p.updatedAt(), p.updatedBy());
    }
  }

  private final PlanService service;

  PlanApiController(PlanService service) {
    this.service = service;
  }

  @GetMapping
  @Operation(summary = "The discharge plan of a stay", description = "For BED_MANAGER, DISCHARGE_COORDINATOR and "
      + "PHYSICIAN of the stay's hospital; every read is audited")
  PlanResponse get(@AuthenticationPrincipal HenUser user, @PathVariable long id) {
    return PlanResponse.of(service.get(user, id));
  }

  @PutMapping
  @Operation(summary = "Change the discharge plan of an in-hospital stay",
      description = "For BED_MANAGER, DISCHARGE_COORDINATOR and PHYSICIAN; setting, moving or clearing medically "
          + "ready is the PHYSICIAN's (403 otherwise). Each changed field is kept in the history with who and when.")
  @ApiResponse(responseCode = "200", description = "The plan as it is now (Idempotent-Replayed: true for a "
      + "repeated Idempotency-Key)", useReturnTypeSchema = true)
  @ApiResponse(responseCode = "403", description = "The role may not edit plans, or a non-physician changes "
      + "medically ready")
  @ApiResponse(responseCode = "409", description = "code stale-plan (changed meanwhile: version differs), "
      + "plan-closed (discharged or voided stay: read-only), stay-discharged, request-key-reused")
  @ApiResponse(responseCode = "422", description = "errors names the field: expected_discharge_date, edd_reason, "
      + "medically_ready_at, needs[i], gir, home_postcode, home_town, version")
  ResponseEntity<PlanResponse> put(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", description = "Any unique text (1 to 100 "
          + "visible ASCII characters): a repeat answers the plan without changing it again")
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @Valid @RequestBody PlanRequest r) {
    RequestKeys.Outcome<DischargePlan> outcome = service.update(user, idempotencyKey, new PlanCommand(id,
        r.version(), r.expectedDischargeDate(), r.eddReason(), r.medicallyReady(), r.medicallyReadyAt(), r.needs(),
        r.gir(), r.livesAlone(), r.carer(), r.housing(), r.homePostcode(), r.homeTown(), r.destinationType(),
        r.checklist()));
    return ResponseEntity.ok().header("Idempotent-Replayed", String.valueOf(outcome.replayed()))
        .body(PlanResponse.of(outcome.result()));
  }

  @GetMapping("/history")
  @Operation(summary = "Every change of the plan, newest first", description = "field, old_value, new_value, "
      + "reason, changed_by, changed_at; audited")
  PageSlice<Change> history(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return service.history(user, id, PageSlice.clampPage(page), PageSlice.clampSize(size));
  }
}

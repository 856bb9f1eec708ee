package fr.hen.planning.placement;

import fr.hen.platform.HenUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the placement optimiser of the user's hospital (bed manager). */
@RestController
@RequestMapping("/api/v1/placement")
@Tag(name = "Placement", description = "Suggested beds for the planned admissions of the coming nights")
class PlacementApiController {

  /**
   * How to optimise: {@code transfers} lets in-hospital patients move to another bed at a cost (100 soft each),
   * suggested beside the admissions; absent or false, they stay in their beds (as a run without a body).
   */
  record PlacementOptions(Boolean transfers) {}

  /** The bed to reserve; none: the bed the last optimisation suggests. */
  record PlacementAcceptance(Long bedId) {}

  /** The planned admissions whose bed could not be reserved, with the conflict's code. */
  record AcceptAllResult(Map<Long, String> refused, PlacementView placement) {}

  private final PlacementService service;

  PlacementApiController(PlacementService service) {
    this.service = service;
  }

  @GetMapping
  @Operation(summary = "The last optimisation of the hospital: state, score over time, suggestions with their cost "
      + "and reasons, and the in-hospital patients it moves (transfers, when the run allowed them)",
      description = "For BED_MANAGER; status NONE when none was started since the application started (runs are "
      + "kept in memory). A transfer is a suggestion: accepting the admissions (one or all) never moves anyone")
  PlacementView get(@AuthenticationPrincipal HenUser user) {
    return service.view(user);
  }

  @PostMapping("/solve")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Start optimising the coming nights in the background", description = "For BED_MANAGER. "
      + "The body is optional: {\"transfers\": true} also suggests moving in-hospital patients (listed under "
      + "transfers, never performed here: a transfer is made on the stay); without it they stay in their beds.")
  @ApiResponse(responseCode = "202", description = "Started", useReturnTypeSchema = true)
  @ApiResponse(responseCode = "400", description = "An unknown property, or transfers not a boolean")
  @ApiResponse(responseCode = "409", description = "code placement-running: one runs already for this hospital")
  PlacementView solve(@AuthenticationPrincipal HenUser user,
      @RequestBody(required = false) PlacementOptions options) {
    return service.start(user, options != null && Boolean.TRUE.equals(options.transfers()));
  }

  @PostMapping("/stop")
  @Operation(summary = "Stop the running optimisation; its best suggestions stay", description = "For BED_MANAGER")
  PlacementView stop(@AuthenticationPrincipal HenUser user) {
    return service.stop(user);
  }

  @PostMapping("/suggestions/{plannedAdmissionId}/accept")
  @Operation(summary = "Accept a suggestion: reserve its bed (or the bed_id given instead) for the planned admission",
      description = "For BED_MANAGER; accepting again changes nothing. The body is optional.")
  @ApiResponse(responseCode = "200", description = "The placement", useReturnTypeSchema = true)
  @ApiResponse(responseCode = "404", description = "The planned admission or the bed is not the hospital's, or no "
      + "bed is given and the last optimisation does not place this planned admission")
  @ApiResponse(responseCode = "409", description = "code no-bed-suggested, or a code of the reservation "
      + "(bed-unavailable, gender-policy, bed-lacks-equipment, planned-admission-cancelled…)")
  PlacementView accept(@AuthenticationPrincipal HenUser user, @PathVariable long plannedAdmissionId,
      @RequestBody(required = false) PlacementAcceptance acceptance) {
    return service.accept(user, plannedAdmissionId, acceptance == null ? null : acceptance.bedId());
  }

  @PostMapping("/accept-all")
  @Operation(summary = "Accept every suggestion with a bed", description = "For BED_MANAGER; those whose bed cannot "
      + "be reserved or held (e.g. occupied beyond the planned date) are listed with the conflict's code")
  AcceptAllResult acceptAll(@AuthenticationPrincipal HenUser user) {
    Map<Long, String> refused = service.acceptAll(user);
    return new AcceptAllResult(refused, service.view(user));
  }
}

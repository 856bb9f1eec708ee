package fr.hen.stays.beds;

import fr.hen.platform.HenUser;
import fr.hen.platform.PageSlice;
import fr.hen.stays.BedStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the beds of the user's hospital and their status (no patient data). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Beds", description = "Beds of the user's hospital and their status")
class BedApiController {

  record BedJson(long id, String code, String room, String unit, GenderPolicy genderPolicy,
      Set<RoomEquipment> equipment, BedStatus status, String blockedReason) {
    static BedJson of(BedRef b) {
      return new BedJson(b.id(), b.code(), b.roomCode(), b.unitCode(), b.genderPolicy(), b.equipment(),
          b.status(), b.blockedReason());
    }
  }

  record StatusChange(@NotNull BedAction action, String reason) {}

  private final BedStatusService service;

  BedApiController(BedStatusService service) {
    this.service = service;
  }

  @GetMapping("/beds")
  @Operation(summary = "Beds of the user's hospital, by unit code and status, in board order (paged, up to 200)")
  PageSlice<BedJson> beds(@AuthenticationPrincipal HenUser user, @RequestParam(required = false) String unit,
      @RequestParam(required = false) BedStatus status, @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return service.beds(user, unit, status, PageSlice.clampPage(page), PageSlice.clampSize(size)).map(BedJson::of);
  }

  @PutMapping("/beds/{id}/status")
  @Operation(summary = "Block (with a reason), unblock, mark cleaned, reserve or unreserve a bed")
  BedJson change(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @Valid @RequestBody StatusChange change) {
    return BedJson.of(service.change(user, id, change.action(), change.reason()));
  }
}

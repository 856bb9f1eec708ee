package fr.hen.stays.networkbeds;

import fr.hen.platform.HenUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the network view of beds (aggregates only, small cells suppressed). */
@RestController
@Tag(name = "Network beds", description = "Bed and discharge figures of every member hospital")
class NetworkBedsApiController {

  private final NetworkBedsService service;

  NetworkBedsApiController(NetworkBedsService service) {
    this.service = service;
  }

  @GetMapping("/api/v1/network/beds")
  @Operation(summary = "Beds today and discharges of the last 30 days per member hospital and for the network",
      description = "Every figure is {value, suppressed, suppression}. Outside the user's own hospital a count "
          + "under 5, or a rate or mean computed from fewer than 5 events, is null with suppression UNDER_FIVE; "
          + "a figure that would reveal one by subtraction is null with suppression COMPLEMENTARY. "
          + "For NETWORK_COORDINATOR, QUALITY_MANAGER, BED_MANAGER and ADMIN.")
  NetworkBeds beds(@AuthenticationPrincipal HenUser user) {
    return service.view(user);
  }
}

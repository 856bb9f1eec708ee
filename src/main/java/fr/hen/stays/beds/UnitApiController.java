package fr.hen.stays.beds;

import fr.hen.platform.HenUser;
import fr.hen.platform.PageSlice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** JSON API of the structure of the user's hospital: units, rooms and beds (no patient data). */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Units", description = "Units, rooms and beds of the user's hospital; administrators configure them")
class UnitApiController {

  private final UnitStructureService structure;

  UnitApiController(UnitStructureService structure) {
    this.structure = structure;
  }

  @GetMapping
  @Operation(summary = "Units of the user's hospital with bed counts by status, by code (paged, up to 200)")
  PageSlice<UnitSummary> units(@AuthenticationPrincipal HenUser user, @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return PageSlice.of(structure.units(user), PageSlice.clampPage(page), PageSlice.clampSize(size));
  }

  @GetMapping("/{code}")
  @Operation(summary = "One unit with its specialism, rooms (capacity, gender policy, equipment) and beds")
  UnitDetail unit(@AuthenticationPrincipal HenUser user, @PathVariable String code) {
    return structure.unit(user, code);
  }

  @PostMapping
  @Operation(summary = "Create a unit (administrators)")
  @ApiResponse(responseCode = "201", description = "Created; Location names the unit", useReturnTypeSchema = true)
  ResponseEntity<UnitDetail> create(@AuthenticationPrincipal HenUser user,
      @Valid @RequestBody UnitStructureService.NewUnit unit) {
    UnitDetail created = structure.createUnit(user, unit);
    return ResponseEntity.created(location(created.code())).body(created);
  }

  @PutMapping("/{code}")
  @Operation(summary = "Rename a unit, change its specialism or its age limits (administrators); absent age "
      + "limits are none")
  UnitDetail update(@AuthenticationPrincipal HenUser user, @PathVariable String code,
      @Valid @RequestBody UnitStructureService.UnitChange change) {
    return structure.updateUnit(user, code, change);
  }

  @PostMapping("/{code}/rooms")
  @Operation(summary = "Add a room to a unit, with as many free beds as its capacity (administrators)")
  @ApiResponse(responseCode = "201", description = "Created; the unit is returned with the new room",
      useReturnTypeSchema = true)
  ResponseEntity<UnitDetail> createRoom(@AuthenticationPrincipal HenUser user, @PathVariable String code,
      @Valid @RequestBody UnitStructureService.NewRoom room) {
    UnitDetail unit = structure.createRoom(user, code, room);
    return ResponseEntity.created(location(unit.code())).body(unit);
  }

  @PutMapping("/{code}/rooms/{room}")
  @Operation(summary = "Change a room's capacity (up only: beds are added), gender policy or equipment "
      + "(administrators)")
  UnitDetail updateRoom(@AuthenticationPrincipal HenUser user, @PathVariable String code,
      @PathVariable String room, @Valid @RequestBody UnitStructureService.RoomChange change) {
    return structure.updateRoom(user, code, room, change);
  }

  private static URI location(String unitCode) {
    return UriComponentsBuilder.fromPath("/api/v1/units/{code}").buildAndExpand(unitCode).encode().toUri();
  }
}

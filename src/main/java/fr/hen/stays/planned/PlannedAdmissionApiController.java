package fr.hen.stays.planned;

import fr.hen.platform.HenUser;
import fr.hen.platform.NotFoundException;
import fr.hen.platform.PageSlice;
import fr.hen.platform.RequestKeys;
import fr.hen.platform.Visible;
import fr.hen.stays.PlannedAdmissions;
import fr.hen.stays.PlannedAdmissions.Status;
import fr.hen.stays.beds.RoomEquipment;
import fr.hen.stays.beds.Specialism;
import fr.hen.stays.stay.Sex;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of planned admissions: the queue, planning, reserving a bed, cancelling. */
@RestController
@RequestMapping("/api/v1/planned-admissions")
@Tag(name = "Planned admissions", description = "The queue of expected admissions of the user's hospital")
class PlannedAdmissionApiController {

  record PlannedPatient(@NotBlank @Size(max = 32) @Visible String mrn, @Size(max = 100) @Visible String familyName,
      @Size(max = 100) @Visible String givenName, LocalDate birthDate) {}

  record PlannedAdmissionRequest(@NotNull LocalDate plannedDate, @NotNull Integer nights, @NotNull Specialism specialism,
      @NotNull Sex sex, @Schema(description = "Age in years; required unless patient.birth_date is given") Integer age,
      Set<RoomEquipment> requiredEquipment, Set<RoomEquipment> preferredEquipment, Integer preferredRoomSize,
      @Schema(description = "Code of the unit wished") String unit,
      @Schema(description = "Visit number of the sending system (PV1-19, A05 placer number), unique in the "
          + "hospital; an admission carrying it consumes this planned admission") String externalReference,
      @Valid PlannedPatient patient, @Size(max = 500) String note) {

    PlannedAdmissions.Plan plan() {
      return new PlannedAdmissions.Plan(plannedDate, nights, specialism.name(), sex.name(), age,
          codes(requiredEquipment), codes(preferredEquipment), preferredRoomSize, unit,
          externalReference == null ? null : externalReference.trim(),
          patient == null ? null : new PlannedAdmissions.Patient(patient.mrn().trim(), patient.familyName(),
              patient.givenName(), patient.birthDate()), note);
    }

    private static Set<String> codes(Set<RoomEquipment> equipment) {
      return equipment == null ? Set.of() : equipment.stream().map(Enum::name).collect(Collectors.toSet());
    }
  }

  record BedReservationRequest(@NotNull Long bed) {}

  record PlannedAdmissionCancelRequest(@NotBlank @Size(max = PlanRules.MAX_REASON) String reason) {}

  private final PlannedAdmissionService service;
  private final PlannedAdmissionReader reader;

  PlannedAdmissionApiController(PlannedAdmissionService service, PlannedAdmissionReader reader) {
    this.service = service;
    this.reader = reader;
  }

  @GetMapping
  @Operation(summary = "Planned admissions of the user's hospital, by planned date",
      description = "For BED_MANAGER, DISCHARGE_COORDINATOR and PHYSICIAN; status PLANNED unless another is given")
  PageSlice<PlannedAdmissionView> list(@AuthenticationPrincipal HenUser user,
      @RequestParam(required = false) Status status, @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to, @RequestParam(required = false) String unit,
      @Parameter(description = "true: only those with no bed reserved")
      @RequestParam(name = "without_bed", required = false)
      Boolean withoutBed, @Parameter(description = "date (default), -date, unit") @RequestParam(required = false)
      String sort, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return reader.list(user, new PlannedAdmissionFilter(status == null ? Status.PLANNED : status, from, to, unit,
        Boolean.TRUE.equals(withoutBed), null, sort), PageSlice.clampPage(page), PageSlice.clampSize(size))
        .map(PlannedAdmissionView::of);
  }

  @GetMapping("/{id}")
  @Operation(summary = "One planned admission")
  PlannedAdmissionView get(@AuthenticationPrincipal HenUser user, @PathVariable long id) {
    return PlannedAdmissionView.of(service.find(user, id)
        .orElseThrow(() -> new NotFoundException("PlannedAdmission", id)));
  }

  @PostMapping
  @Operation(summary = "Plan an admission", description = "For BED_MANAGER")
  @ApiResponse(responseCode = "201", description = "Planned (or, for a repeated Idempotency-Key, the planned "
      + "admission of the first request, with Idempotent-Replayed: true)", useReturnTypeSchema = true)
  @ApiResponse(responseCode = "409", description = "code external-reference-taken")
  @ApiResponse(responseCode = "422", description = "a rule broken, errors naming the field (planned_date, nights, "
      + "age, preferred_room_size, unit, external_reference, patient.*)")
  ResponseEntity<PlannedAdmissionView> create(@AuthenticationPrincipal HenUser user,
      @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", description = "Any unique text (1 to 100 "
          + "visible ASCII characters): a repeat with the same key plans nothing more and answers the first")
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @Valid @RequestBody PlannedAdmissionRequest request) {
    RequestKeys.Outcome<Long> outcome = service.planOnce(user, idempotencyKey, request.plan());
    return ResponseEntity.created(URI.create("/api/v1/planned-admissions/" + outcome.result()))
        .header("Idempotent-Replayed", String.valueOf(outcome.replayed())).body(get(user, outcome.result()));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Change what is planned", description = "For BED_MANAGER; the reserved bed is kept. Send "
      + "If-Match with the version read (GET's version, e.g. If-Match: \"3\") so that a change made meanwhile (the "
      + "ADT feed, another user) is not overwritten")
  @ApiResponse(responseCode = "200", description = "The planned admission", useReturnTypeSchema = true)
  @ApiResponse(responseCode = "400", description = "If-Match is not a version number")
  @ApiResponse(responseCode = "409", description = "code planned-admission-admitted, planned-admission-cancelled, "
      + "external-reference-taken, stale-planned-admission (changed since the version given in If-Match)")
  PlannedAdmissionView update(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @Parameter(description = "The version read, as a number or an entity tag (\"3\"); without it, no check")
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody PlannedAdmissionRequest request) {
    service.update(user, id, request.plan(), version(ifMatch));
    return get(user, id);
  }

  /** The version of an If-Match header: {@code 3}, {@code "3"} or {@code W/"3"}; null when absent. */
  static Integer version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    String tag = ifMatch.trim();
    tag = tag.startsWith("W/") ? tag.substring(2) : tag;
    tag = tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"") ? tag.substring(1, tag.length() - 1) : tag;
    if (!tag.matches("\\d{1,9}")) {
      throw new IllegalArgumentException("If-Match: a planned admission's version is a number, e.g. \"3\"");
    }
    return Integer.valueOf(tag);
  }

  @PostMapping("/{id}/reserve")
  @Operation(summary = "Reserve a free bed for the planned admission",
      description = "For BED_MANAGER; a bed reserved earlier for it is released. Reserving the bed it holds again "
          + "changes nothing.")
  @ApiResponse(responseCode = "200", description = "The planned admission", useReturnTypeSchema = true)
  @ApiResponse(responseCode = "404", description = "The planned admission or the bed is not one of the hospital's")
  @ApiResponse(responseCode = "409", description = "code bed-unavailable (not free, or taken meanwhile), "
      + "bed-blocked, gender-policy, bed-lacks-equipment, planned-admission-admitted, planned-admission-cancelled")
  PlannedAdmissionView reserve(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @Valid @RequestBody BedReservationRequest request) {
    service.reserve(user, id, request.bed());
    return get(user, id);
  }

  @PostMapping("/{id}/release")
  @Operation(summary = "Release the bed reserved for the planned admission", description = "For BED_MANAGER")
  PlannedAdmissionView release(@AuthenticationPrincipal HenUser user, @PathVariable long id) {
    service.release(user, id);
    return get(user, id);
  }

  @PostMapping("/{id}/cancel")
  @Operation(summary = "Cancel the planned admission with a reason", description = "For BED_MANAGER; its bed is "
      + "free again")
  @ApiResponse(responseCode = "200", description = "The planned admission", useReturnTypeSchema = true)
  @ApiResponse(responseCode = "409", description = "code planned-admission-admitted, planned-admission-cancelled "
      + "(e.g. a second submit)")
  PlannedAdmissionView cancel(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @Valid @RequestBody PlannedAdmissionCancelRequest request) {
    service.cancel(user, id, request.reason());
    return get(user, id);
  }

  /** A planned admission as the API shows it. */
  record PlannedAdmissionView(long id, Status status, LocalDate plannedDate, int nights, String specialism,
      String sex, int age, Set<String> requiredEquipment, Set<String> preferredEquipment, Integer preferredRoomSize,
      String unit, String externalReference, PlannedPatient patient, String note, PlannedAdmissionBed reservedBed, Long stayId,
      String cancelReason, LocalDateTime createdAt, String createdBy, LocalDateTime changedAt, String changedBy,
      @Schema(description = "Raised by every change; send it back in If-Match when changing the planned admission")
      int version) {

    record PlannedAdmissionBed(long id, String label) {}

    static PlannedAdmissionView of(PlannedAdmissions.PlannedAdmission a) {
      PlannedAdmissions.Plan p = a.plan();
      PlannedAdmissions.Patient patient = p.patient();
      return new PlannedAdmissionView(a.id(), a.status(), p.plannedDate(), p.nights(), p.specialism(), p.sex(),
          a.ageOnPlannedDate(), p.requiredEquipment(), p.preferredEquipment(), p.preferredRoomSize(), p.unitCode(),
          p.externalReference(), patient == null ? null : new PlannedPatient(patient.mrn(), patient.familyName(),
          patient.givenName(), patient.birthDate()), p.note(),
          a.reservedBedId() == null ? null : new PlannedAdmissionBed(a.reservedBedId(), a.reservedBedLabel()), a.stayId(),
          a.cancelReason(), a.createdAt(), a.createdBy(), a.changedAt(), a.changedBy(), a.version());
    }
  }
}

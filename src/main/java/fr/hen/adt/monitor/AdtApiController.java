package fr.hen.adt.monitor;

import fr.hen.platform.HenUser;
import fr.hen.platform.PageSlice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the integration monitor: the ADT messages of the user's hospital, their replay, the aliases. */
@RestController
@RequestMapping("/api/v1/adt")
@Tag(name = "ADT feed", description = "HL7 v2 ADT messages received from the hospital's admission system")
class AdtApiController {

  /** Messages by status, with the counts of every status. */
  record MessagePage(List<AdtMessageView> items, int page, int size, long total,
      @io.swagger.v3.oas.annotations.media.Schema(description = "Messages of the hospital by status")
      Map<String, Long> counts) {

    @com.fasterxml.jackson.annotation.JsonProperty("total_pages")
    public int totalPages() {
      return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
  }

  record AliasRequest(@NotBlank @Size(max = 60) String alias) {}

  record AliasView(String alias) {}

  private final IntegrationMonitor monitor;

  AdtApiController(IntegrationMonitor monitor) {
    this.monitor = monitor;
  }

  @GetMapping("/messages")
  @Operation(summary = "Messages of the user's hospital, newest first",
      description = "For BED_MANAGER and ADMIN; no raw text in the list")
  MessagePage list(@AuthenticationPrincipal HenUser user,
      @Parameter(description = "PROCESSED, WAITING, ERROR or REJECTED") @RequestParam(required = false)
      MessageStatus status, @Parameter(description = "Trigger event, e.g. A02") @RequestParam(required = false)
      String event, @Parameter(description = "Visit number (PV1-19)") @RequestParam(required = false) String visit,
      @Parameter(description = "id (oldest first) or -id (newest first, default)") @RequestParam(required = false)
      String sort, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    PageSlice<AdtMessageView> slice = monitor.messages(user, status == null ? null : status.name(), event, visit,
        "id".equals(sort), PageSlice.clampPage(page), PageSlice.clampSize(size));
    return new MessagePage(slice.items(), slice.page(), slice.size(), slice.total(), monitor.counts(user));
  }

  @GetMapping("/messages/{id}")
  @Operation(summary = "One message", description = "With its raw text and the ACK sent for BED_MANAGER (audited); "
      + "without them for ADMIN")
  AdtMessageView get(@AuthenticationPrincipal HenUser user, @PathVariable long id) {
    return monitor.message(user, id);
  }

  @PostMapping("/messages/{id}/replay")
  @Operation(summary = "Replay a message not processed (error, waiting, rejected)",
      description = "For BED_MANAGER and ADMIN, once the reference data (unit, bed, alias…) is fixed: the message "
          + "is read and applied again as the feed; the answer is the message with its new status")
  @ApiResponse(responseCode = "200", description = "The message after its replay (status PROCESSED, or ERROR with "
      + "the new error)", useReturnTypeSchema = true)
  @ApiResponse(responseCode = "409", description = "code message-processed")
  AdtMessageView replay(@AuthenticationPrincipal HenUser user, @PathVariable long id) {
    return monitor.replay(user, id);
  }

  @GetMapping("/facility-aliases")
  @Operation(summary = "Names by which the admission system's MSH-4 designates the hospital",
      description = "For BED_MANAGER and ADMIN; the organisation's code and FINESS always match as well")
  List<AliasView> aliases(@AuthenticationPrincipal HenUser user) {
    return monitor.aliases(user).stream().map(a -> new AliasView(a.alias())).toList();
  }

  @PostMapping("/facility-aliases")
  @Operation(summary = "Add an alias", description = "For ADMIN; kept in capitals, unique across hospitals")
  @ApiResponse(responseCode = "201", description = "Added", useReturnTypeSchema = true)
  @ApiResponse(responseCode = "409", description = "code alias-taken")
  ResponseEntity<AliasView> addAlias(@AuthenticationPrincipal HenUser user,
      @Valid @RequestBody AliasRequest request) {
    String alias = monitor.addAlias(user, request.alias());
    return ResponseEntity.created(URI.create("/api/v1/adt/facility-aliases/" + alias)).body(new AliasView(alias));
  }

  @DeleteMapping("/facility-aliases/{alias}")
  @Operation(summary = "Remove an alias", description = "For ADMIN")
  @ApiResponse(responseCode = "204", description = "Removed")
  ResponseEntity<Void> removeAlias(@AuthenticationPrincipal HenUser user, @PathVariable String alias) {
    monitor.removeAlias(user, alias);
    return ResponseEntity.noContent().build();
  }

  /** The states of a message. */
  enum MessageStatus { PROCESSED, WAITING, ERROR, REJECTED }
}

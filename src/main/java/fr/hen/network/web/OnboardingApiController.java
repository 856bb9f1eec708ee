package fr.hen.network.web;

import fr.hen.network.OrganisationDirectory;
import fr.hen.network.OrganisationProfile;
import fr.hen.network.PartnerOnboarding;
import fr.hen.network.PartnershipStatus;
import fr.hen.platform.HenUser;
import fr.hen.platform.Invitations;
import fr.hen.platform.RequestKeys;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Onboarding a partner structure: inviting its coordinator, activating its partnership. */
@RestController
@RequestMapping("/api/v1/organizations/{code}")
@Tag(name = "Network directory", description = "Member hospitals and partners, capabilities and capacity")
class OnboardingApiController {

  record InvitationRequest(@NotBlank String email, @NotBlank String fullName) {}

  /** A sent invitation; the token itself only travels in the mail. */
  record InvitationView(long id, String organisationCode, String email, String fullName, String invitedBy,
      LocalDateTime createdAt, LocalDateTime expiresAt) {}

  record PartnershipRequest(@NotNull @Schema(allowableValues = "ACTIVE") PartnershipStatus status,
      @NotNull LocalDate agreementDate) {}

  private final PartnerOnboarding onboarding;
  private final OrganisationDirectory directory;
  private final RequestKeys keys;
  private final Invitations invitations;

  OnboardingApiController(PartnerOnboarding onboarding, OrganisationDirectory directory, RequestKeys keys,
      Invitations invitations) {
    this.onboarding = onboarding;
    this.directory = directory;
    this.keys = keys;
    this.invitations = invitations;
  }

  @PostMapping("/invitations")
  @Operation(summary = "Invite a partner structure's coordinator by e-mail (network coordinators, administrators)",
      description = "Mails a single-use link, valid hen.invitations.valid-for (72 h by default), with which the "
          + "invitee chooses a username and a password and gets an enabled PARTNER_COORDINATOR account of this "
          + "organisation.")
  @ApiResponse(responseCode = "201", description = "Invited (or, for a repeated Idempotency-Key, the first "
      + "invitation, with Idempotent-Replayed: true)", useReturnTypeSchema = true)
  @ApiResponse(responseCode = "404", description = "Unknown organisation code")
  @ApiResponse(responseCode = "409", description = "organisation-inactive (deactivated), not-a-partner (a member "
      + "hospital), request-key-reused")
  @ApiResponse(responseCode = "422", description = "email malformed, full_name blank or over 120 characters")
  ResponseEntity<InvitationView> invite(@AuthenticationPrincipal HenUser user, @PathVariable String code,
      @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", description = "Any unique text (1 to 100 "
          + "visible ASCII characters): a repeat with the same key invites nobody else and answers the first "
          + "invitation")
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @Valid @RequestBody InvitationRequest request) {
    RequestKeys.Outcome<Long> outcome = keys.once(user, idempotencyKey, "invite:" + code, request,
        () -> onboarding.invite(user, code, request.email(), request.fullName()).id(), String::valueOf,
        Long::valueOf);
    InvitationView view = view(code, invitations.get(outcome.result()));
    return ResponseEntity.status(HttpStatus.CREATED)
        .header("Idempotent-Replayed", String.valueOf(outcome.replayed())).body(view);
  }

  @PostMapping("/partnership")
  @Operation(summary = "Move a partnership from PROSPECT to ACTIVE with its agreement date (network coordinators, "
      + "administrators)", description = "status: ACTIVE only; agreement_date: required, not after today. A "
      + "partnership already ACTIVE with this very date is answered unchanged (a repeated request).")
  @ApiResponse(responseCode = "200", description = "The organisation, ACTIVE with its agreement date",
      useReturnTypeSchema = true)
  @ApiResponse(responseCode = "404", description = "Unknown organisation code")
  @ApiResponse(responseCode = "409", description = "partnership-not-prospect (already active with another date, "
      + "or under-solicited), organisation-inactive (deactivated)")
  @ApiResponse(responseCode = "422", description = "status other than ACTIVE, agreement_date missing or in the "
      + "future")
  OrganisationProfile activate(@AuthenticationPrincipal HenUser user, @PathVariable String code,
      @Valid @RequestBody PartnershipRequest request) {
    return onboarding.activate(user, code, request.status(), request.agreementDate());
  }

  private InvitationView view(String code, Invitations.Invitation i) {
    return new InvitationView(i.id(), directory.get(code).code(), i.email(), i.fullName(), i.invitedBy(),
        i.createdAt(), i.expiresAt());
  }
}

package fr.hen.discharge.referral;

import fr.hen.discharge.ReferralStatus;
import fr.hen.discharge.RefusalReason;
import fr.hen.discharge.referral.ReferralViews.AttachmentView;
import fr.hen.discharge.referral.ReferralViews.ReferralDetail;
import fr.hen.discharge.referral.ReferralViews.ReferralLine;
import fr.hen.platform.HenUser;
import fr.hen.platform.PageSlice;
import fr.hen.platform.RequestKeys;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** JSON API of referrals: send a file to partners, read, answer (partner), confirm, withdraw, messages, attachments. */
@RestController
@RequestMapping("/api/v1/referrals")
@Tag(name = "Referrals", description = "Referral files sent to partners and their answers (discharge/README.md)")
class ReferralApiController {

  record SendRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long stayId,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> partnerCodes,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ReferralRules.MAX_SUMMARY) String summary) {}

  record SendResponse(List<SentReferral> referrals) {}

  record AnswerRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) ReferralAnswer.Decision decision,
      @Schema(description = "REFUSE: the coded reason") RefusalReason reason,
      @Schema(description = "Required for INFO_REQUESTED and for REFUSE with reason OTHER",
          maxLength = ReferralRules.MAX_TEXT) String text,
      @Schema(description = "ACCEPT: date of admission, today or later") LocalDate date) {}

  record WithdrawRequest(@Schema(maxLength = ReferralRules.MAX_NOTE) String reason) {}

  record MessageRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ReferralRules.MAX_MESSAGE)
      String text) {}

  private static final String KEY_DOC = "Any unique text (1 to 100 visible ASCII characters): a repeat with the same "
      + "key changes nothing more and answers as the first request did; the same key with another body is a 409 "
      + "request-key-reused";

  private final ReferralService service;
  private final ReferralReader reader;
  private final RequestKeys keys;

  ReferralApiController(ReferralService service, ReferralReader reader, RequestKeys keys) {
    this.service = service;
    this.reader = reader;
    this.keys = keys;
  }

  @GetMapping
  @Operation(summary = "Referrals of the user's hospital, or (partner coordinator) those addressed to its structure "
      + "while open and 30 days after they closed; newest first")
  PageSlice<ReferralLine> list(@AuthenticationPrincipal HenUser user,
      @RequestParam(required = false) ReferralStatus status, @RequestParam(required = false) String partner,
      @RequestParam(required = false) Long stay, @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return reader.list(user, new ReferralFilter(status, partner, stay), PageSlice.clampPage(page),
        PageSlice.clampSize(size));
  }

  @PostMapping
  @Operation(summary = "Send one referral file about an in-hospital patient to one or several partners",
      description = "DISCHARGE_COORDINATOR. One referral per partner, SENT, expiring after the partner's answer delay "
          + "(48 hours when it declared none). All or nothing.")
  @ApiResponse(responseCode = "201", description = "Sent (for a repeated Idempotency-Key: the referrals of the first "
      + "request, with Idempotent-Replayed: true)", useReturnTypeSchema = true)
  @ApiResponse(responseCode = "404", description = "The stay is not one of the hospital's")
  @ApiResponse(responseCode = "409", description = "code stay-not-in-hospital, referral-already-open (the partner "
      + "already has an open referral of this patient), request-key-reused")
  @ApiResponse(responseCode = "422", description = "summary blank or too long; partner_codes empty; partner_codes[i] "
      + "unknown, named twice, not an active partner structure, or lacking a capability the plan requires")
  ResponseEntity<SendResponse> send(@AuthenticationPrincipal HenUser user,
      @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", description = KEY_DOC)
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @RequestBody SendRequest request) {
    if (request.stayId() == null) {
      throw new fr.hen.platform.InvalidFieldException("stay_id", "is required");
    }
    RequestKeys.Outcome<List<SentReferral>> outcome = service.sendOnce(user, idempotencyKey,
        new SendReferrals(request.stayId(), request.partnerCodes(), request.summary()));
    return ResponseEntity.status(HttpStatus.CREATED).header("Idempotent-Replayed", String.valueOf(outcome.replayed()))
        .body(new SendResponse(outcome.result()));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One referral: its file, attachments, state changes and messages",
      description = "A partner coordinator's first view marks it VIEWED. Every view is audited.")
  ReferralDetail get(@AuthenticationPrincipal HenUser user, @PathVariable long id) {
    return reader.detail(user, id);
  }

  @PostMapping("/{id}/answer")
  @Operation(summary = "The partner's answer: ACCEPT with a date, REFUSE with a reason, or INFO_REQUESTED",
      description = "PARTNER_COORDINATOR of the partner addressed, from SENT, VIEWED or INFO_REQUESTED.")
  @ApiResponse(responseCode = "200", description = "Answered", useReturnTypeSchema = true)
  @ApiResponse(responseCode = "409", description = "code referral-<state> (e.g. referral-withdrawn, "
      + "referral-expired, referral-confirmed): the referral takes no answer any more; request-key-reused")
  @ApiResponse(responseCode = "422", description = "decision missing; date missing or in the past; reason missing; "
      + "text missing (INFO_REQUESTED, reason OTHER) or too long")
  ReferralDetail answer(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", description = KEY_DOC)
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @RequestBody AnswerRequest request) {
    once(user, idempotencyKey, "answer-referral", id + " " + request, () -> service.answer(user, id,
        new ReferralAnswer(request.decision(), request.reason(), request.text(), request.date())));
    return reader.detail(user, id);
  }

  @PostMapping("/{id}/confirm")
  @Operation(summary = "Confirm the partner's acceptance; the stay's other open referrals are withdrawn",
      description = "DISCHARGE_COORDINATOR, from ACCEPTED, while the patient is in hospital.")
  @ApiResponse(responseCode = "200", description = "Confirmed", useReturnTypeSchema = true)
  @ApiResponse(responseCode = "409", description = "code referral-<state> (not ACCEPTED), stay-already-confirmed, "
      + "stay-not-in-hospital, request-key-reused")
  ReferralDetail confirm(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", description = KEY_DOC)
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    once(user, idempotencyKey, "confirm-referral", String.valueOf(id), () -> service.confirm(user, id));
    return reader.detail(user, id);
  }

  @PostMapping("/{id}/withdraw")
  @Operation(summary = "Withdraw an open referral, with an optional reason",
      description = "DISCHARGE_COORDINATOR. The body may be {} (no reason).")
  @ApiResponse(responseCode = "200", description = "Withdrawn", useReturnTypeSchema = true)
  @ApiResponse(responseCode = "409", description = "code referral-<state>: already closed; request-key-reused")
  @ApiResponse(responseCode = "422", description = "reason too long")
  ReferralDetail withdraw(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", description = KEY_DOC)
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @RequestBody WithdrawRequest request) {
    String reason = request.reason();
    once(user, idempotencyKey, "withdraw-referral", id + " " + reason, () -> service.withdraw(user, id, reason));
    return reader.detail(user, id);
  }

  @PostMapping("/{id}/messages")
  @Operation(summary = "Post a message on the referral's thread (hospital or partner side)")
  @ApiResponse(responseCode = "201", description = "Posted; the referral with its thread", useReturnTypeSchema = true)
  @ApiResponse(responseCode = "422", description = "text missing or too long")
  ResponseEntity<ReferralDetail> message(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", description = KEY_DOC)
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @RequestBody MessageRequest request) {
    once(user, idempotencyKey, "referral-message", id + " " + request, () -> service.postMessage(user, id,
        request.text()));
    return ResponseEntity.status(HttpStatus.CREATED).body(reader.detail(user, id));
  }

  @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Attach a PDF, PNG or JPEG (at most 10 MB) to the referral's file",
      description = "DISCHARGE_COORDINATOR, on an open referral. The type is read from the content: a file whose "
          + "content is not a PDF, PNG or JPEG, or whose name says another type, is refused. The name is made safe.")
  @ApiResponse(responseCode = "201", description = "Attached", useReturnTypeSchema = true)
  @ApiResponse(responseCode = "409", description = "code referral-<state>: the referral is closed")
  @ApiResponse(responseCode = "413", description = "The file is over 10 MB")
  @ApiResponse(responseCode = "415", description = "The request is not multipart/form-data")
  @ApiResponse(responseCode = "422", description = "file missing, empty, not a PDF, PNG or JPEG by its content, or "
      + "named as another type")
  ResponseEntity<AttachmentView> attach(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", description = KEY_DOC)
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
    if (file == null) {
      throw new fr.hen.platform.InvalidFieldException("file", "a file is required");
    }
    if (file.getSize() > AttachmentCheck.MAX_BYTES) {
      throw new AttachmentCheck.TooLarge(file.getSize());
    }
    byte[] content = file.getBytes();
    long attachmentId = keys.once(user, idempotencyKey, "referral-attachment",
        id + " " + file.getOriginalFilename() + " " + java.util.Arrays.hashCode(content),
        () -> service.attach(user, id, file.getOriginalFilename(), content), String::valueOf, Long::valueOf).result();
    AttachmentView view = reader.detail(user, id).attachments().stream().filter(a -> a.id() == attachmentId)
        .findFirst().orElseThrow();
    return ResponseEntity.created(URI.create("/api/v1/referrals/" + id + "/attachments/" + attachmentId)).body(view);
  }

  @GetMapping("/{id}/attachments/{attachmentId}")
  @Operation(summary = "Download an attachment of the referral's file (audited)")
  @ApiResponse(responseCode = "200", description = "The file, as an attachment", content = {
      @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
      @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
      @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary"))})
  ResponseEntity<byte[]> download(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @PathVariable long attachmentId) {
    return reader.attachment(user, id, attachmentId).asAttachment();
  }

  @ExceptionHandler(AttachmentCheck.TooLarge.class)
  ResponseEntity<ProblemDetail> tooLarge(AttachmentCheck.TooLarge e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
    problem.setTitle("File too large");
    problem.setType(URI.create("urn:hen:problem:too-large"));
    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  /** Runs a change once per Idempotency-Key (see {@link RequestKeys}); without a key, simply runs it. */
  private void once(HenUser user, String key, String operation, String request, Runnable work) {
    keys.once(user, key, operation, request, () -> {
      work.run();
      return "done";
    }, s -> s, s -> s);
  }
}

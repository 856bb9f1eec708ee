package fr.hen.discharge.referral;

import fr.hen.discharge.ReferralStatus;
import fr.hen.discharge.referral.ReferralQueries.Head;
import fr.hen.discharge.referral.ReferralQueries.Line;
import fr.hen.discharge.referral.ReferralQueries.Scope;
import fr.hen.discharge.referral.ReferralViews.ReferralDetail;
import fr.hen.discharge.referral.ReferralViews.ReferralLine;
import fr.hen.network.OrganisationDirectory;
import fr.hen.network.OrganisationProfile;
import fr.hen.platform.Actor;
import fr.hen.platform.AuditAction;
import fr.hen.platform.AuditLog;
import fr.hen.platform.NotFoundException;
import fr.hen.platform.PageSlice;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of referrals, each audited: a list is one entry naming its patients, a detail or an attachment one entry
 * with its patient. A partner's coordinator reads only the referrals addressed to its structure (open, or closed less
 * than 30 days ago), and its first view of a sent file marks it VIEWED.
 */
@Service
@PreAuthorize("hasAnyRole('DISCHARGE_COORDINATOR','PHYSICIAN','BED_MANAGER','PARTNER_COORDINATOR')")
public class ReferralReader {

  /** A downloaded attachment. */
  public record Download(String filename, String contentType, byte[] content) {

    /** The HTTP answer: the file as an attachment (never shown inline), its type as stored, no sniffing. */
    public org.springframework.http.ResponseEntity<byte[]> asAttachment() {
      return org.springframework.http.ResponseEntity.ok()
          .contentType(org.springframework.http.MediaType.parseMediaType(contentType))
          .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
              org.springframework.http.ContentDisposition.attachment().filename(filename).build().toString())
          .header("X-Content-Type-Options", "nosniff").body(content);
    }
  }

  private final ReferralQueries queries;
  private final ReferralStore store;
  private final ReferralAccess access;
  private final ReferralMoves moves;
  private final OrganisationDirectory directory;
  private final AuditLog audit;
  private final Clock clock;

  ReferralReader(ReferralQueries queries, ReferralStore store, ReferralAccess access, ReferralMoves moves,
      OrganisationDirectory directory, AuditLog audit, Clock clock) {
    this.queries = queries;
    this.store = store;
    this.access = access;
    this.moves = moves;
    this.directory = directory;
    this.audit = audit;
    this.clock = clock;
  }

  /** One page of the actor's referrals (the hospital's, or those addressed to the partner), newest first. */
  @Transactional
  public PageSlice<ReferralLine> list(Actor actor, ReferralFilter filter, int page, int size) {
    Scope scope = scope(actor);
    List<Line> lines = queries.page(scope, filter, page, size);
    audit.recordRead(actor, ReferralService.RESOURCE, lines.stream().map(Line::patientId).distinct().toList(),
        "referrals");
    Map<Long, String> names = new HashMap<>();
    List<ReferralLine> items = lines.stream().map(l -> new ReferralLine(l.id(), l.status(),
        scope.partner() ? null : l.stayId(), l.partnerCode(), name(names, l.partnerId()), name(names, l.hospitalId()),
        l.patientName(), l.needs(), l.destinationType(), l.sentAt(), l.expiresAt(), l.answeredAt(),
        l.admissionDate(), l.closedAt())).toList();
    return new PageSlice<>(items, page, size, queries.count(scope, filter));
  }

  /** How many of the actor's referrals are in each state (the partner's inbox). */
  @Transactional(readOnly = true)
  public Map<ReferralStatus, Long> countsByStatus(Actor actor) {
    return queries.countsByStatus(scope(actor));
  }

  /** One referral with its file, attachments, transitions and messages; a partner's first view marks it VIEWED. */
  @Transactional
  public ReferralDetail detail(Actor actor, long id) {
    ReferralRow referral = access.visible(actor, id);
    boolean partner = ReferralAccess.partnerSide(actor);
    if (partner && ReferralTransition.VIEW.allowedFrom(referral.status())) {
      ReferralRow locked = store.lock(referral);
      if (ReferralTransition.VIEW.allowedFrom(locked.status())) {
        moves.apply(actor, locked, ReferralTransition.VIEW, null, LocalDateTime.now(clock));
      }
    }
    audit.record(actor, AuditAction.READ, ReferralService.RESOURCE, String.valueOf(id), referral.patientId(), null);
    Head head = queries.head(id);
    Map<Long, String> names = new HashMap<>();
    return new ReferralDetail(head.id(), head.status(), partner ? null : head.stayId(), head.partnerCode(),
        name(names, head.partnerId()), name(names, head.hospitalId()), head.sentAt(), head.viewedAt(),
        head.answeredAt(), head.acceptedAt(), head.refusedAt(), head.refusalReason(), head.answerText(),
        head.admissionDate(), head.confirmedAt(), head.closedAt(), head.expiresAt(), queries.file(head.fileId()),
        queries.attachments(head.fileId()), queries.transitions(id), queries.messages(id));
  }

  /** The content of an attachment of a referral's file the actor sees; audited. */
  @Transactional
  public Download attachment(Actor actor, long id, long attachmentId) {
    ReferralRow referral = access.visible(actor, id);
    CheckedUpload upload = store.attachment(referral.fileId(), attachmentId)
        .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
    audit.record(actor, AuditAction.READ, ReferralService.ATTACHMENT, String.valueOf(attachmentId),
        referral.patientId(), upload.filename());
    return new Download(upload.filename(), upload.contentType(), upload.content());
  }

  /** The labels of the care capabilities in the user's language, by code (for pages showing a file's needs). */
  public Map<String, String> capabilityLabels() {
    Map<String, String> labels = new HashMap<>();
    directory.capabilities().forEach(c -> labels.put(c.code(), c.label()));
    return labels;
  }

  private Scope scope(Actor actor) {
    return new Scope(actor.organisationId(), ReferralAccess.partnerSide(actor), access.closedSince());
  }

  private String name(Map<Long, String> names, long organisationId) {
    return names.computeIfAbsent(organisationId,
        id -> directory.findById(id).map(OrganisationProfile::name).orElse(""));
  }
}

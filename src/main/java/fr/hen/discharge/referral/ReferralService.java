package fr.hen.discharge.referral;

import fr.hen.discharge.ReferralMessagePosted;
import fr.hen.discharge.ReferralStatus;
import fr.hen.discharge.referral.ReferralStore.PlanFacts;
import fr.hen.network.OrganisationDirectory;
import fr.hen.network.OrganisationProfile;
import fr.hen.platform.Actor;
import fr.hen.platform.AuditAction;
import fr.hen.platform.AuditLog;
import fr.hen.platform.ConflictException;
import fr.hen.platform.NotFoundException;
import fr.hen.platform.RequestKeys;
import fr.hen.stays.StayRoster;
import fr.hen.stays.StayRoster.RosterLine;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals as people make them: the hospital's coordinator sends a file to partners, confirms one acceptance (the
 * other open requests are withdrawn) or withdraws a request; the partner's coordinator answers; both sides write
 * messages; the coordinator attaches documents. Each call is one transaction, audited, each state change stored and
 * published ({@link ReferralMoves}).
 */
@Service
public class ReferralService {

  static final String RESOURCE = "Referral";
  static final String ATTACHMENT = "ReferralAttachment";

  private final ReferralStore store;
  private final ReferralMoves moves;
  private final ReferralAccess access;
  private final StayRoster roster;
  private final OrganisationDirectory directory;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final RequestKeys keys;
  private final Clock clock;

  ReferralService(ReferralStore store, ReferralMoves moves, ReferralAccess access, StayRoster roster,
      OrganisationDirectory directory, AuditLog audit, ApplicationEventPublisher events, RequestKeys keys,
      Clock clock) {
    this.store = store;
    this.moves = moves;
    this.access = access;
    this.roster = roster;
    this.directory = directory;
    this.audit = audit;
    this.events = events;
    this.keys = keys;
    this.clock = clock;
  }

  /**
   * Sends one file about an in-hospital patient of the coordinator's hospital to one or several partners: one
   * referral per partner, SENT, expiring after the partner's answer delay. All or nothing.
   */
  @Transactional
  @PreAuthorize("hasRole('DISCHARGE_COORDINATOR')")
  public List<SentReferral> send(Actor actor, SendReferrals command) {
    long org = actor.organisationId();
    LocalDateTime now = LocalDateTime.now(clock);
    String summary = ReferralRules.summaryGiven(command.summary());
    ReferralRules.partnersGiven(command.partnerCodes());
    ReferralRules.noPartnerTwice(command.partnerCodes());
    RosterLine stay = roster.find(actor, command.stayId())
        .orElseThrow(() -> new NotFoundException("Stay", command.stayId()));
    ReferralRules.stayInHospital(stay.status());
    PlanFacts plan = store.plan(org, stay.stayId()).orElse(null);
    List<String> needs = plan == null ? List.of() : plan.needs();
    List<OrganisationProfile> partners = new ArrayList<>();
    for (int i = 0; i < command.partnerCodes().size(); i++) {
      String code = command.partnerCodes().get(i).trim().toUpperCase(java.util.Locale.ROOT);
      int index = i;
      OrganisationProfile partner = directory.findByCode(code)
          .orElseThrow(() -> new ReferralRefused(ReferralRules.field(index), "unknown-partner",
              "unknown partner " + code, fr.hen.platform.Text.excerpt(code)));
      ReferralRules.isActivePartner(partner, i);
      ReferralRules.coversNeeds(partner, needs, i);
      partners.add(partner);
    }
    for (OrganisationProfile partner : partners) {
      ReferralRules.noOpenReferral(store.hasOpen(stay.stayId(), partner.id()), partner.code());
    }
    long fileId = store.insertFile(org, snapshot(stay, plan, needs, summary), actor.name(), now);
    List<SentReferral> sent = new ArrayList<>();
    for (OrganisationProfile partner : partners) {
      long id = store.insertReferral(fileId, org, stay.stayId(), partner.id(), partner.code(), partner.type().name(),
          now, ReferralRules.expiresAt(now, partner.answerDelayHours()));
      ReferralRow row = store.byId(id);
      moves.created(actor, row, now);
      audit.record(actor, AuditAction.CREATE, RESOURCE, String.valueOf(id), stay.patientId(),
          "sent to " + partner.code());
      sent.add(new SentReferral(id, partner.code(), row.status()));
    }
    return sent;
  }

  /**
   * {@link #send} once per request key (an API client's {@code Idempotency-Key}, a form's hidden key): a repeat
   * answers the referrals of the first request, as they are now.
   */
  @Transactional
  @PreAuthorize("hasRole('DISCHARGE_COORDINATOR')")
  public RequestKeys.Outcome<List<SentReferral>> sendOnce(Actor actor, String requestKey, SendReferrals command) {
    return keys.once(actor, requestKey, "send-referrals", command, () -> send(actor, command),
        sent -> sent.stream().map(s -> String.valueOf(s.id())).collect(Collectors.joining(",")),
        ids -> Arrays.stream(ids.split(",")).map(id -> store.byId(Long.parseLong(id)))
            .map(r -> new SentReferral(r.id(), r.partnerCode(), r.status())).toList());
  }

  /** The partner's answer to a referral addressed to it: accept, refuse or ask for information. */
  @Transactional
  @PreAuthorize("hasRole('PARTNER_COORDINATOR')")
  public ReferralStatus answer(Actor actor, long id, ReferralAnswer answer) {
    ReferralRow referral = store.lock(access.ofPartner(actor, id));
    LocalDateTime now = LocalDateTime.now(clock);
    if (answer.decision() == null) {
      throw new ReferralRefused("decision", "required", "ACCEPT, REFUSE or INFO_REQUESTED is required");
    }
    ReferralTransition move = switch (answer.decision()) {
      case ACCEPT -> ReferralTransition.ACCEPT;
      case REFUSE -> ReferralTransition.REFUSE;
      case INFO_REQUESTED -> ReferralTransition.REQUEST_INFO;
    };
    move.from(referral.status());
    ReferralRules.notOverdue(referral.expiresAt(), now,
        ReferralStatus.AWAITING_ANSWER.contains(referral.status()));
    String text;
    LocalDate date = null;
    String reason = null;
    switch (answer.decision()) {
      case ACCEPT -> {
        ReferralRules.admissionDate(answer.date(), now.toLocalDate());
        date = answer.date();
        text = ReferralRules.optionalText("text", answer.text(), ReferralRules.MAX_TEXT);
      }
      case REFUSE -> {
        ReferralRules.refusal(answer.reason(), answer.text());
        reason = answer.reason().name();
        text = ReferralRules.optionalText("text", answer.text(), ReferralRules.MAX_TEXT);
      }
      default -> text = ReferralRules.requiredText("text", answer.text(), ReferralRules.MAX_TEXT);
    }
    ReferralStatus to = moves.apply(actor, referral, move, note(reason, text, date), now);
    store.answer(referral.id(), to, reason, text, date, now);
    audit.record(actor, AuditAction.UPDATE, RESOURCE, String.valueOf(id), referral.patientId(),
        "answer " + answer.decision());
    return to;
  }

  /**
   * Confirms a partner's acceptance: this referral CONFIRMED, every other open referral of the stay WITHDRAWN. The
   * stay's referrals are locked in id order first, so two confirmations at once end with exactly one confirmed (and
   * PostgreSQL's unique index keeps one confirmed per stay whatever happens).
   */
  @Transactional
  @PreAuthorize("hasRole('DISCHARGE_COORDINATOR')")
  public void confirm(Actor actor, long id) {
    ReferralRow seen = access.ofHospital(actor, id);
    LocalDateTime now = LocalDateTime.now(clock);
    List<ReferralRow> ofStay = store.lockStay(seen.stayId());
    ReferralRow referral = ofStay.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    ReferralTransition.CONFIRM.from(referral.status());
    RosterLine stay = roster.find(actor, referral.stayId())
        .orElseThrow(() -> new NotFoundException("Stay", referral.stayId()));
    ReferralRules.stayInHospital(stay.status());
    for (ReferralRow other : ofStay) {
      if (other.id() != id && other.status() == ReferralStatus.CONFIRMED) {
        throw new ConflictException("stay-already-confirmed", "Another partner is already confirmed for this patient");
      }
    }
    for (ReferralRow other : ofStay) {
      if (other.id() != id && other.status().isOpen()) {
        moves.apply(actor, other, ReferralTransition.WITHDRAW, "another partner confirmed", now);
      }
    }
    moves.apply(actor, referral, ReferralTransition.CONFIRM, null, now);
    audit.record(actor, AuditAction.UPDATE, RESOURCE, String.valueOf(id), referral.patientId(), "confirmed");
  }

  /** Withdraws an open referral of the hospital's, with an optional reason. */
  @Transactional
  @PreAuthorize("hasRole('DISCHARGE_COORDINATOR')")
  public void withdraw(Actor actor, long id, String reason) {
    ReferralRow referral = store.lock(access.ofHospital(actor, id));
    String note = ReferralRules.optionalText("reason", reason, ReferralRules.MAX_NOTE);
    moves.apply(actor, referral, ReferralTransition.WITHDRAW, note, LocalDateTime.now(clock));
    audit.record(actor, AuditAction.UPDATE, RESOURCE, String.valueOf(id), referral.patientId(), "withdrawn");
  }

  /** A message on the thread of a referral the actor sees, from the hospital's or the partner's side. */
  @Transactional
  @PreAuthorize("hasAnyRole('DISCHARGE_COORDINATOR','PHYSICIAN','BED_MANAGER','PARTNER_COORDINATOR')")
  public long postMessage(Actor actor, long id, String text) {
    ReferralRow referral = access.visible(actor, id);
    String body = ReferralRules.requiredText("text", text, ReferralRules.MAX_MESSAGE);
    ReferralMessagePosted.Side side = ReferralAccess.partnerSide(actor) ? ReferralMessagePosted.Side.PARTNER
        : ReferralMessagePosted.Side.HOSPITAL;
    long messageId = store.insertMessage(id, actor, side.name(), body, LocalDateTime.now(clock));
    audit.record(actor, AuditAction.CREATE, RESOURCE, String.valueOf(id), referral.patientId(), "message");
    events.publishEvent(new ReferralMessagePosted(id, messageId, referral.hospitalId(), referral.partnerId(), side));
    return messageId;
  }

  /**
   * Attaches a document to the file of an open referral of the hospital's (every partner of the file sees it): a
   * PDF, PNG or JPEG of at most 10 MB, checked on its content ({@link AttachmentCheck}).
   */
  @Transactional
  @PreAuthorize("hasRole('DISCHARGE_COORDINATOR')")
  public long attach(Actor actor, long id, String filename, byte[] content) {
    ReferralRow referral = access.ofHospital(actor, id);
    if (!referral.status().isOpen()) {
      throw new ConflictException(ReferralTransition.conflictCode(referral.status()),
          "The referral is " + referral.status() + ": no more attachments");
    }
    CheckedUpload upload = AttachmentCheck.check(filename, content);
    long attachmentId = store.insertAttachment(referral.fileId(), upload, actor.name(), LocalDateTime.now(clock));
    audit.record(actor, AuditAction.CREATE, ATTACHMENT, String.valueOf(attachmentId), referral.patientId(),
        upload.filename());
    return attachmentId;
  }

  private static String note(String reason, String text, LocalDate date) {
    List<String> parts = new ArrayList<>();
    if (reason != null) {
      parts.add(reason);
    }
    if (date != null) {
      parts.add(date.toString());
    }
    if (text != null) {
      parts.add(text);
    }
    return parts.isEmpty() ? null : String.join(" · ", parts);
  }

  private static FileSnapshot snapshot(RosterLine stay, PlanFacts plan, List<String> needs, String summary) {
    return new FileSnapshot(stay.stayId(), stay.patientId(), stay.displayName(), stay.birthDate(), stay.sex(),
        plan == null ? null : plan.homePostcode(), plan == null ? null : plan.homeTown(),
        plan == null ? null : plan.gir(), needs, plan == null ? null : plan.destinationType(),
        plan != null && plan.expectedDischargeDate() != null ? plan.expectedDischargeDate()
            : stay.expectedDischargeDate(),
        plan != null && plan.medicallyReadyAt() != null ? plan.medicallyReadyAt() : stay.medicallyReadyAt(),
        summary);
  }
}

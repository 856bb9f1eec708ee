package fr.hen.adt.monitor;

import fr.hen.adt.AdtAuditTypes;
import fr.hen.adt.feed.AdtPipeline;
import fr.hen.adt.feed.Facilities;
import fr.hen.adt.feed.Hl7Reader;
import fr.hen.platform.Actor;
import fr.hen.platform.AuditAction;
import fr.hen.platform.AuditLog;
import fr.hen.platform.ConflictException;
import fr.hen.platform.InvalidFieldException;
import fr.hen.platform.NotFoundException;
import fr.hen.platform.PageSlice;
import fr.hen.stays.HospitalFeed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The integration monitor: the hospital's messages by status, a message with its raw text, its replay; the sending
 * facility aliases. Scoped to the user's organisation. The list (keys, event, visit number, status, error: no
 * identity) and replay are for {@code BED_MANAGER} and {@code ADMIN} (who fixes the reference data); the raw text,
 * which names the patient, for {@code BED_MANAGER} only, audited ({@code READ AdtMessage} naming the patient).
 * Aliases: read by both, changed by {@code ADMIN}, audited.
 */
@Service
public class IntegrationMonitor {

  static final String READERS = "hasAnyRole('BED_MANAGER', 'ADMIN')";
  private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,59}");
  private static final Duration REPLAY_WAIT = Duration.ofSeconds(30);

  private final MonitorQueries queries;
  private final AdtPipeline pipeline;
  private final Hl7Reader reader;
  private final HospitalFeed feed;
  private final Facilities facilities;
  private final AuditLog audit;
  private final Clock clock;
  private final org.springframework.transaction.support.TransactionTemplate tx;

  IntegrationMonitor(MonitorQueries queries, AdtPipeline pipeline, Hl7Reader reader, HospitalFeed feed,
      Facilities facilities, AuditLog audit, Clock clock,
      org.springframework.transaction.PlatformTransactionManager transactions) {
    this.tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
    this.queries = queries;
    this.pipeline = pipeline;
    this.reader = reader;
    this.feed = feed;
    this.facilities = facilities;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  @PreAuthorize(READERS)
  public PageSlice<AdtMessageView> messages(Actor actor, String status, String event, String visit,
      boolean oldestFirst, int page, int size) {
    return queries.page(actor.organisationId(), blankToNull(status), blankToNull(event),
        visit == null || visit.isBlank() ? null : visit.trim(),
        oldestFirst, page, size);
  }

  @Transactional(readOnly = true)
  @PreAuthorize(READERS)
  public Map<String, Long> counts(Actor actor) {
    return queries.counts(actor.organisationId());
  }

  /** One message: with its raw text and ACK for a bed manager (audited), without for an administrator. */
  @Transactional
  @PreAuthorize(READERS)
  public AdtMessageView message(Actor actor, long id) {
    AdtMessageView m = queries.find(actor.organisationId(), id).orElseThrow(() -> new NotFoundException("AdtMessage",
        id));
    if (!actor.has(fr.hen.platform.Role.BED_MANAGER)) {
      return m.withoutText();
    }
    Long patient = reader.mrnOf(m.raw()).flatMap(mrn -> feed.patient(actor, mrn)).orElse(null);
    audit.record(actor, AuditAction.READ, AdtAuditTypes.MESSAGE, String.valueOf(id), patient,
        m.event() + " " + m.controlId());
    return m;
  }

  /**
   * Replays a message not processed (after its reference data was fixed), through the feed's writer, as the
   * hospital's feed actor; audited under the person who asked. 409 {@code message-processed} for a processed one.
   */
  @PreAuthorize(READERS)
  public AdtMessageView replay(Actor actor, long id) {
    AdtMessageView m = queries.find(actor.organisationId(), id).orElseThrow(() -> new NotFoundException("AdtMessage",
        id));
    if (!m.replayable()) {
      throw new ConflictException("message-processed", "Message " + m.controlId() + " was processed already");
    }
    boolean replayed;
    try {
      replayed = pipeline.replay(id, actor.name()).get(REPLAY_WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException | CompletionException | TimeoutException e) {
      throw new IllegalStateException("replay of message " + id + " failed", e);
    }
    if (!replayed) {
      throw new ConflictException("message-processed", "Message " + m.controlId() + " was processed already");
    }
    return tx.execute(s -> {
      AdtMessageView after = queries.find(actor.organisationId(), id).orElseThrow();
      audit.record(actor, AuditAction.UPDATE, AdtAuditTypes.MESSAGE, String.valueOf(id), null,
          "replayed: " + after.status());
      return after.withoutText();
    });
  }

  @Transactional(readOnly = true)
  @PreAuthorize(READERS)
  public List<MonitorQueries.Alias> aliases(Actor actor) {
    return queries.aliases(actor.organisationId());
  }

  /**
   * Adds an alias by which the admission system names the hospital in MSH-4 (kept in capitals, unique). Messages
   * rejected earlier because that name was unknown (they belonged to no hospital) are listed from then on in the
   * hospital's monitor, to be replayed.
   */
  @Transactional
  @PreAuthorize("hasRole('ADMIN')")
  public String addAlias(Actor actor, String alias) {
    String a = alias == null ? "" : alias.trim();
    if (!ALIAS.matcher(a).matches()) {
      throw new InvalidFieldException("alias", "1 to 60 letters, digits, '.', '-' or '_'");
    }
    String key = a.toUpperCase(Locale.ROOT);
    if (queries.aliasOwner(key).isPresent()) {
      throw new ConflictException("alias-taken", "Alias " + key + " is taken");
    }
    queries.addAlias(actor.organisationId(), key, actor.name(), LocalDateTime.now(clock));
    int attributed = queries.attribute(actor.organisationId(), key);
    audit.record(actor, AuditAction.CREATE, AdtAuditTypes.ALIAS, key, null, "sending facility alias"
        + (attributed == 0 ? "" : ", " + attributed + " rejected messages of that name now listed"));
    facilities.forget();
    return key;
  }

  @Transactional
  @PreAuthorize("hasRole('ADMIN')")
  public void removeAlias(Actor actor, String alias) {
    String key = alias == null ? "" : alias.trim().toUpperCase(Locale.ROOT);
    if (queries.removeAlias(actor.organisationId(), key) == 0) {
      throw new NotFoundException("AdtFacilityAlias", key);
    }
    audit.record(actor, AuditAction.VOID, AdtAuditTypes.ALIAS, key, null, "sending facility alias removed");
    facilities.forget();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim().toUpperCase(Locale.ROOT);
  }
}

package fr.hen.adt.monitor;

import fr.hen.adt.AdtAuditTypes;
import fr.hen.platform.Actor;
import fr.hen.platform.AuditAction;
import fr.hen.platform.AuditLog;
import fr.hen.platform.PageSlice;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The movements the admission system announced and has not done yet (A15 pending transfer, A16 pending discharge,
 * A21 leave of absence), kept by the feed: the open ones of the user's hospital, for the monitor's readers. Each
 * page read is audited ({@code READ AdtPendingMovement}, naming the visit numbers shown: the rows carry no patient).
 */
@Service
class AnnouncedMovements {

  /** The kinds the feed keeps, in the order the filter offers them. */
  static final List<String> KINDS = List.of("TRANSFER", "DISCHARGE", "LEAVE");
  static final int PAGE_SIZE = 50;

  private final PendingQueries queries;
  private final AuditLog audit;

  AnnouncedMovements(PendingQueries queries, AuditLog audit) {
    this.queries = queries;
    this.audit = audit;
  }

  /** A page of 50 open announced movements of the hospital, of one kind of {@link #KINDS} or (null) all. */
  @Transactional
  @PreAuthorize(IntegrationMonitor.READERS)
  public PageSlice<PendingMovementView> open(Actor actor, String kind, int page) {
    String k = kind != null && KINDS.contains(kind) ? kind : null;
    PageSlice<PendingMovementView> slice = queries.open(actor.organisationId(), k, page, PAGE_SIZE);
    audit.record(actor, AuditAction.READ, AdtAuditTypes.PENDING, null, null, "announced movements"
        + (k == null ? "" : " " + k) + ", page " + (page + 1) + ", " + slice.items().size() + " shown"
        + slice.items().stream().map(PendingMovementView::visitNumber).distinct()
            .collect(Collectors.joining(", ", slice.items().isEmpty() ? "" : ": ", "")));
    return slice;
  }
}

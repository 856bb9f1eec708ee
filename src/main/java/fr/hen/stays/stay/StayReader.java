package fr.hen.stays.stay;

import fr.hen.platform.Actor;
import fr.hen.platform.AuditAction;
import fr.hen.platform.AuditLog;
import fr.hen.platform.NotFoundException;
import fr.hen.platform.PageSlice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of stays for clinical roles; every read leaves its trace in the audit log. */
@Service
@PreAuthorize("hasAnyRole('BED_MANAGER', 'DISCHARGE_COORDINATOR', 'PHYSICIAN')")
class StayReader {

  private final StayQueries queries;
  private final AuditLog audit;

  StayReader(StayQueries queries, AuditLog audit) {
    this.queries = queries;
    this.audit = audit;
  }

  /** One stay of the user's hospital with its movements; 404 for a stay of another organisation. */
  @Transactional
  public StayView find(Actor actor, long stayId) {
    StayView stay = queries.find(actor.organisationId(), stayId)
        .orElseThrow(() -> new NotFoundException("Stay", stayId));
    audit.record(actor, AuditAction.READ, "Stay", String.valueOf(stayId), stay.patient().id(), null);
    return stay.withMovements(queries.movements(stayId));
  }

  /** One page of the hospital's stays; the patients shown are audited in one batch. */
  @Transactional
  public PageSlice<StayView> list(Actor actor, StayFilter filter, int page, int size) {
    PageSlice<StayView> slice = queries.list(actor.organisationId(), filter, page, size);
    audit.recordRead(actor, "Stay", slice.items().stream().map(s -> s.patient().id()).distinct().toList(),
        "stays list");
    return slice;
  }
}

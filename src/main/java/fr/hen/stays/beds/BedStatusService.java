package fr.hen.stays.beds;

import fr.hen.platform.AuditAction;
import fr.hen.platform.AuditLog;
import fr.hen.platform.ConflictException;
import fr.hen.platform.HenUser;
import fr.hen.platform.PageSlice;
import fr.hen.platform.NotFoundException;
import fr.hen.stays.BedStatus;
import java.time.LocalDateTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Beds of the user's hospital, and the bed manager's manual status changes. */
@Service
class BedStatusService {

  private final BedRepository beds;
  private final AuditLog audit;

  BedStatusService(BedRepository beds, AuditLog audit) {
    this.beds = beds;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public PageSlice<BedRef> beds(HenUser user, String unitCode, BedStatus status, int page, int size) {
    return beds.page(user.organisationId(), unitCode, status, page, size);
  }

  /** One bed of the user's hospital, for the bed manager's status actions. */
  @Transactional(readOnly = true)
  @PreAuthorize("hasRole('BED_MANAGER')")
  public BedRef bed(HenUser user, long bedId) {
    return beds.find(user.organisationId(), bedId).orElseThrow(() -> new NotFoundException("Bed", bedId));
  }

  /** Applies a manual action to a bed of the user's hospital; audited as an update of the bed. */
  @Transactional
  @PreAuthorize("hasRole('BED_MANAGER')")
  public BedRef change(HenUser user, long bedId, BedAction action, String reason) {
    BedRef bed = beds.find(user.organisationId(), bedId).orElseThrow(() -> new NotFoundException("Bed", bedId));
    BedStatus target = action.apply(bed.status());
    String storedReason = action.reason(reason);
    if (!beds.changeStatus(bedId, bed.status(), target, storedReason, LocalDateTime.now())) {
      throw new ConflictException("concurrent-change", "The bed changed meanwhile; reload and try again");
    }
    audit.record(user, AuditAction.UPDATE, "Bed", String.valueOf(bedId), null, action.name());
    return beds.find(user.organisationId(), bedId).orElseThrow();
  }
}

package fr.hen.stays;

import fr.hen.platform.Actor;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The stay's copy of its discharge plan's dates, kept by the module that owns the plan ({@code discharge}): the
 * board, the stays list and the stay page read {@code stay.expected_discharge_date} and {@code medically_ready_at}.
 * Called in the plan's own transaction, so both change together or not at all. Writes no audit entry (the caller
 * audits the plan change); publishes {@link DischargePlanChanged} when a value changed.
 */
public interface DischargeDates {

  /**
   * Records the expected discharge date and the medically ready time (null clears either) of an in-hospital stay of
   * the actor's organisation. For {@code DISCHARGE_COORDINATOR}, {@code PHYSICIAN}, {@code BED_MANAGER}; a change of
   * the medically ready time by anyone but a {@code PHYSICIAN} is refused ({@code AccessDeniedException}, 403).
   * A stay of another organisation, or voided, is a {@code NotFoundException}; a discharged stay a
   * {@code ConflictException stay-discharged}; dates breaking the stays rules an {@code InvalidFieldException}.
   */
  void record(Actor actor, long stayId, LocalDate expectedDischargeDate, LocalDateTime medicallyReadyAt);
}

package fr.hen.stays.stay;

import fr.hen.platform.Actor;
import fr.hen.platform.NotFoundException;
import fr.hen.platform.Role;
import fr.hen.stays.DischargeDates;
import fr.hen.stays.DischargePlanChanged;
import fr.hen.stays.stay.StayRepository.PlanDates;
import fr.hen.stays.stay.StayRepository.StayState;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stay's copy of its discharge plan's dates, written by the discharge module's plan in its own transaction
 * ({@link DischargeDates}). The stays rules are checked again here (defence in depth), and so is the physician's
 * privilege over the medically ready time.
 */
@Service
class StayDischargeDates implements DischargeDates {

  private final StayRepository stays;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  StayDischargeDates(StayRepository stays, ApplicationEventPublisher events, Clock clock) {
    this.stays = stays;
    this.events = events;
    this.clock = clock;
  }

  @Override
  @Transactional(propagation = Propagation.REQUIRED)
  @PreAuthorize("hasAnyRole('DISCHARGE_COORDINATOR', 'PHYSICIAN', 'BED_MANAGER')")
  public void record(Actor actor, long stayId, LocalDate expectedDischargeDate, LocalDateTime medicallyReadyAt) {
    StayState stay = stays.lock(actor.organisationId(), stayId)
        .orElseThrow(() -> new NotFoundException("Stay", stayId));
    StayRules.inHospital(stay.status());
    PlanDates now = stays.planDates(stayId);
    boolean readyChanged = !Objects.equals(now.medicallyReadyAt(), medicallyReadyAt);
    if (readyChanged && !actor.has(Role.PHYSICIAN)) {
      throw new AccessDeniedException("Only a physician sets or clears medically ready");
    }
    if (!readyChanged && Objects.equals(now.expectedDischargeDate(), expectedDischargeDate)) {
      return;
    }
    LocalDateTime at = LocalDateTime.now(clock);
    StayRules.expectedDischargeNotBeforeAdmission(expectedDischargeDate, stay.admittedAt());
    StayRules.expectedDischargeWithinAYear(expectedDischargeDate, stay.admittedAt());
    if (readyChanged) {
      StayRules.medicallyReadyNotInFuture(medicallyReadyAt, at);
      StayRules.medicallyReadyNotBeforeAdmission(medicallyReadyAt, stay.admittedAt());
    }
    stays.planDischarge(stayId, expectedDischargeDate, medicallyReadyAt, actor.name(), at);
    events.publishEvent(new DischargePlanChanged(stayId, actor.organisationId()));
  }
}

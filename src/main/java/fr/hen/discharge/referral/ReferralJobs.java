package fr.hen.discharge.referral;

import fr.hen.platform.SystemActors;
import fr.hen.stays.PatientDischarged;
import fr.hen.stays.StayMovementsRecorded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Triggers of {@link ReferralAutomation}: the expiry job every {@code hen.discharge.expiry-interval}, and the
 * listener of {@link PatientDischarged} (after the discharge committed, retried until it succeeds).
 */
@Component
class ReferralJobs {

  private final ReferralAutomation automation;

  ReferralJobs(ReferralAutomation automation) {
    this.automation = automation;
  }

  @Scheduled(fixedDelayString = "${hen.discharge.expiry-interval:10m}",
      initialDelayString = "${hen.discharge.expiry-interval:10m}")
  void expireOverdue() {
    SystemActors.run(ReferralAutomation.EXPIRY, () -> {
      while (automation.expireOverdue(ReferralAutomation.EXPIRY) == ReferralAutomation.BATCH) {
        // another batch
      }
    });
  }

  @ApplicationModuleListener
  void on(PatientDischarged event) {
    SystemActors.run(ReferralAutomation.TRANSFER, () -> automation.discharged(ReferralAutomation.TRANSFER, event));
  }

  /** A feed's batch: each discharge as if it came alone, in one transaction. */
  @ApplicationModuleListener
  void on(StayMovementsRecorded event) {
    if (!event.discharged().isEmpty()) {
      SystemActors.run(ReferralAutomation.TRANSFER, () -> automation.dischargedAll(ReferralAutomation.TRANSFER,
          event.discharged()));
    }
  }
}

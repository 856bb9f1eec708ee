package fr.hen.discharge.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.MutableClock;
import fr.hen.discharge.ReferralStatus;
import fr.hen.discharge.ReferralStatusChanged;
import fr.hen.discharge.referral.ReferralFixture.Org;
import fr.hen.platform.SystemActors;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What no person does: the expiry of unanswered referrals (the job's method called under a clock the test moves on)
 * and the transfer or withdrawal of a stay's referrals when the patient is discharged (the stays event's listener).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("pgtest")
@Tag("postgres")
@RecordApplicationEvents
class ReferralAutomationTest {

  static final MutableClock CLOCK = MutableClock.startingNow();

  @TestBean Clock clock;

  static Clock clock() {
    return CLOCK;
  }

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ReferralAutomation automation;
  @Autowired ApplicationEvents events;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

  ReferralFixture f;
  Org had;
  Org smr;

  @BeforeEach
  void setUp() throws Exception {
    f = new ReferralFixture(mvc, jdbc);
    had = f.partner("HAD", 24);
    smr = f.partner("SMR", 72);
  }

  int expire() {
    return SystemActors.run(ReferralAutomation.EXPIRY, () -> automation.expireOverdue(ReferralAutomation.EXPIRY));
  }

  @Test
  void unansweredPastTheDelay_expires_asTheSystemActor_andThenTakesNoAnswer() throws Exception {
    long stay = f.stay();
    List<Long> ids = f.sent(stay, had.code(), smr.code());
    long viewedToo = f.sent(f.stay(), had.code()).getFirst();
    mvc.perform(get("/api/v1/referrals/{id}", viewedToo).with(user(f.partnerCoordinator(had))))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("VIEWED"));
    long askedInfo = f.sent(f.stay(), had.code()).getFirst();
    f.answer(f.partnerCoordinator(had), askedInfo, "{\"decision\":\"INFO_REQUESTED\",\"text\":\"Poids ?\"}")
        .andExpect(status().isOk());
    CLOCK.advance(Duration.ofHours(23));
    expire();
    assertThat(f.statusOf(ids.get(0))).isEqualTo("SENT");
    CLOCK.advance(Duration.ofHours(2));
    f.answer(f.partnerCoordinator(had), ids.get(0), ReferralFixture.accept(LocalDate.now(CLOCK).plusDays(1)))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("referral-expired"));
    assertThat(f.statusOf(ids.get(0))).isEqualTo("SENT");
    expire();
    assertThat(List.of(f.statusOf(ids.get(0)), f.statusOf(ids.get(1)), f.statusOf(viewedToo), f.statusOf(askedInfo)))
        .containsExactly("EXPIRED", "SENT", "EXPIRED", "INFO_REQUESTED");
    assertThat(f.count("""
        SELECT COUNT(*) FROM referral_transition WHERE referral_id = ? AND from_status = 'SENT'
          AND to_status = 'EXPIRED' AND actor = 'system:referral-expiry' AND actor_kind = 'SYSTEM'""", ids.get(0)))
        .isEqualTo(1);
    assertThat(f.count("SELECT COUNT(*) FROM referral WHERE id = ? AND closed_at BETWEEN ? AND ?", ids.get(0),
        LocalDateTime.now(CLOCK).minusSeconds(1), LocalDateTime.now(CLOCK).plusSeconds(1))).isEqualTo(1);
    assertThat(events.stream(ReferralStatusChanged.class).filter(e -> e.referralId() == ids.get(0)
        && e.to() == ReferralStatus.EXPIRED).map(ReferralStatusChanged::actor)).containsExactly("system:referral-expiry");
    f.answer(f.partnerCoordinator(had), ids.get(0), ReferralFixture.accept(LocalDate.now(CLOCK).plusDays(1)))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("referral-expired"));
    assertThat(expire()).isZero();
  }

  @Test
  void expiry_needsTheSystemRight() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> automation.expireOverdue(ReferralAutomation.EXPIRY))
        .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SystemActors.run(ReferralAutomation.TRANSFER,
        () -> automation.expireOverdue(ReferralAutomation.TRANSFER))).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void dischargeToTheConfirmedPartner_marksItTransferred() throws Exception {
    long stay = f.stay();
    List<Long> ids = f.sent(stay, had.code(), smr.code());
    f.answer(f.partnerCoordinator(had), ids.get(0), ReferralFixture.accept(LocalDate.now(CLOCK).plusDays(1)))
        .andExpect(status().isOk());
    f.confirm(f.coordinator, ids.get(0)).andExpect(status().isOk());
    f.discharge(stay, had.code(), LocalDateTime.now(CLOCK).minusMinutes(1));
    awaitStatus(ids.get(0), "TRANSFERRED");
    assertThat(f.count("""
        SELECT COUNT(*) FROM referral_transition WHERE referral_id = ? AND from_status = 'CONFIRMED'
          AND to_status = 'TRANSFERRED' AND actor = 'system:referral-transfer'""", ids.get(0))).isEqualTo(1);
    assertThat(f.statusOf(ids.get(1))).isEqualTo("WITHDRAWN");
  }

  @Test
  void dischargeElsewhere_withdrawsTheOpenReferrals_becauseThePatientLeft() throws Exception {
    long stay = f.stay();
    List<Long> ids = f.sent(stay, had.code(), smr.code());
    f.answer(f.partnerCoordinator(smr), ids.get(1), "{\"decision\":\"REFUSE\",\"reason\":\"NO_CAPACITY\"}")
        .andExpect(status().isOk());
    f.discharge(stay, null, LocalDateTime.now(CLOCK).minusMinutes(1));
    awaitStatus(ids.get(0), "WITHDRAWN");
    assertThat(f.count("""
        SELECT COUNT(*) FROM referral_transition WHERE referral_id = ? AND to_status = 'WITHDRAWN'
          AND note = 'patient left hospital' AND actor = 'system:referral-transfer'""", ids.get(0))).isEqualTo(1);
    assertThat(f.statusOf(ids.get(1))).isEqualTo("REFUSED");
  }

  @Test
  void aFeedBatch_withdrawsTheReferralsOfItsDischargedStays_andOnlyThose() throws Exception {
    long leaves = f.stay();
    long leavesWithout = f.stay();
    long stays = f.stay();
    long ofLeaving = f.sent(leaves, had.code()).getFirst();
    long ofStaying = f.sent(stays, smr.code()).getFirst();
    LocalDateTime at = LocalDateTime.now(CLOCK).minusMinutes(1);
    // what the feed's batch listener does with the discharges of a StayMovementsRecorded
    new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(tx ->
        SystemActors.run(ReferralAutomation.TRANSFER, () -> automation.dischargedAll(ReferralAutomation.TRANSFER,
            List.of(new fr.hen.stays.PatientDischarged(leaves, f.hospital, fr.hen.stays.DischargeDestination.HOME,
                at), new fr.hen.stays.PatientDischarged(leavesWithout, f.hospital,
                fr.hen.stays.DischargeDestination.HOME, at)))));
    assertThat(f.statusOf(ofLeaving)).isEqualTo("WITHDRAWN");
    assertThat(f.statusOf(ofStaying)).isEqualTo("SENT");
    assertThat(f.count("""
        SELECT COUNT(*) FROM referral_transition WHERE referral_id = ? AND to_status = 'WITHDRAWN'
          AND note = 'patient left hospital' AND actor = 'system:referral-transfer'""", ofLeaving)).isEqualTo(1);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> automation.dischargedAll(ReferralAutomation.EXPIRY,
        List.of())).isInstanceOf(org.springframework.security.authentication
        .AuthenticationCredentialsNotFoundException.class);
  }

  private void awaitStatus(long referral, String expected) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!expected.equals(f.statusOf(referral)) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(f.statusOf(referral)).isEqualTo(expected);
  }
}

package fr.hen.discharge.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.hen.discharge.ReferralMessagePosted;
import fr.hen.discharge.ReferralStatus;
import fr.hen.discharge.ReferralStatusChanged;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.platform.notify.MailTestSupport;
import fr.hen.stays.StaysFixture;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The referral events, published in a real transaction as the referral part does, become notifications and mails
 * for the right side only, naming the request's number and the other organisation, never the patient.
 */
class ReferralNotifierIntegrationTest extends MailTestSupport {

  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;

  long hospital;
  long partner;
  long stay;
  HenUser partnerCoordinator;
  HenUser otherPartnerRole;
  HenUser hospitalCoordinator;
  HenUser physician;
  String hospitalName;
  String partnerName;
  long referral;

  @BeforeEach
  void world() {
    StaysFixture fixture = new StaysFixture(jdbc);
    hospital = fixture.organisation("HOSPITAL");
    partner = fixture.organisation("HAD");
    hospitalName = jdbc.sql("SELECT name FROM organisation WHERE id = ?").param(hospital).query(String.class).single();
    partnerName = jdbc.sql("SELECT name FROM organisation WHERE id = ?").param(partner).query(String.class).single();
    long unit = fixture.unit(hospital, StaysFixture.unique("U"));
    long bed = fixture.bed(fixture.room(unit, "1", "ANY"), "A", "OCCUPIED", null);
    stay = fixture.admittedStay(hospital, unit, bed, LocalDateTime.now().minusDays(3));
    partnerCoordinator = account(partner, true, Role.PARTNER_COORDINATOR);
    otherPartnerRole = account(partner, true, Role.NETWORK_COORDINATOR);
    hospitalCoordinator = account(hospital, true, Role.DISCHARGE_COORDINATOR);
    physician = account(hospital, true, Role.PHYSICIAN);
    referral = 900_000 + (System.nanoTime() % 90_000);
  }

  @Test
  void aSentRequestTellsThePartnersCoordinatorsOnly() {
    change(null, ReferralStatus.SENT);
    await().atMost(Duration.ofSeconds(10)).until(() -> notifications(partnerCoordinator).size() == 1);
    assertThat(notifications(partnerCoordinator).get(0))
        .isEqualTo("discharge.notify.partner.SENT|" + referral + "\u001f" + hospitalName + "|/partner/referrals/"
            + referral);
    await().atMost(Duration.ofSeconds(10)).until(() -> messagesTo(emailOf(partnerCoordinator)).size() == 1);
    MimeMessage mail = messagesTo(emailOf(partnerCoordinator)).get(0);
    String text = subjectAndBody(mail);
    assertThat(text).contains("Nouvelle demande de prise en charge n° " + referral + " de " + hospitalName)
        .contains("https://hen.test.example/partner/referrals/" + referral)
        .doesNotContain("Martin").doesNotContain("Jeanne").doesNotContain("1950");
    assertThat(notifications(otherPartnerRole)).isEmpty();
    assertThat(notifications(hospitalCoordinator)).isEmpty();
    assertThat(notifications(physician)).isEmpty();
  }

  @Test
  void answersTellTheHospitalsDischargeCoordinators() {
    change(ReferralStatus.VIEWED, ReferralStatus.ACCEPTED);
    change(ReferralStatus.VIEWED, ReferralStatus.REFUSED);
    change(ReferralStatus.VIEWED, ReferralStatus.INFO_REQUESTED);
    await().atMost(Duration.ofSeconds(10)).until(() -> notifications(hospitalCoordinator).size() == 3);
    assertThat(notifications(hospitalCoordinator)).allMatch(n -> n.endsWith("|/referrals/" + referral))
        .allMatch(n -> n.contains(partnerName));
    await().atMost(Duration.ofSeconds(10)).until(() -> messagesTo(emailOf(hospitalCoordinator)).size() == 3);
    assertThat(messagesTo(emailOf(hospitalCoordinator))).map(this::subjectAndBody)
        .anyMatch(t -> t.contains(partnerName + " accepte la demande n° " + referral))
        .noneMatch(t -> t.contains("Martin") || t.contains("Jeanne"));
    assertThat(notifications(partnerCoordinator)).isEmpty();
    assertThat(notifications(physician)).isEmpty();
  }

  @Test
  void withdrawalsConfirmationsAndExpiriesReachTheRightSides() {
    change(ReferralStatus.SENT, ReferralStatus.WITHDRAWN);
    change(ReferralStatus.ACCEPTED, ReferralStatus.CONFIRMED);
    change(ReferralStatus.SENT, ReferralStatus.EXPIRED);
    change(ReferralStatus.SENT, ReferralStatus.VIEWED); // told to nobody
    change(ReferralStatus.CONFIRMED, ReferralStatus.TRANSFERRED); // told to nobody
    await().atMost(Duration.ofSeconds(10)).until(() -> notifications(partnerCoordinator).size() == 3
        && notifications(hospitalCoordinator).size() == 1);
    assertThat(notifications(partnerCoordinator)).map(n -> n.substring(0, n.indexOf('|')))
        .containsExactlyInAnyOrder("discharge.notify.partner.WITHDRAWN", "discharge.notify.partner.CONFIRMED",
            "discharge.notify.partner.EXPIRED");
    assertThat(notifications(hospitalCoordinator).get(0)).startsWith("discharge.notify.hospital.EXPIRED|");
  }

  @Test
  void aMessageTellsTheOtherSide() {
    transactions.executeWithoutResult(tx -> events.publishEvent(new ReferralMessagePosted(referral, 1, hospital,
        partner, ReferralMessagePosted.Side.HOSPITAL)));
    await().atMost(Duration.ofSeconds(10)).until(() -> notifications(partnerCoordinator).size() == 1);
    assertThat(notifications(partnerCoordinator).get(0)).startsWith("discharge.notify.partner.MESSAGE|")
        .endsWith("/partner/referrals/" + referral);
    transactions.executeWithoutResult(tx -> events.publishEvent(new ReferralMessagePosted(referral, 2, hospital,
        partner, ReferralMessagePosted.Side.PARTNER)));
    await().atMost(Duration.ofSeconds(10)).until(() -> notifications(hospitalCoordinator).size() == 1);
    assertThat(notifications(hospitalCoordinator).get(0)).startsWith("discharge.notify.hospital.MESSAGE|")
        .endsWith("|/referrals/" + referral);
    assertThat(notifications(partnerCoordinator)).hasSize(1);
  }

  @Test
  void aRolledBackChangeTellsNobody() throws Exception {
    transactions.executeWithoutResult(tx -> {
      events.publishEvent(new ReferralStatusChanged(referral, 1, stay, hospital, partner, null,
          ReferralStatus.SENT, "coordinator"));
      tx.setRollbackOnly();
    });
    Thread.sleep(1500);
    assertThat(notifications(partnerCoordinator)).isEmpty();
  }

  private void change(ReferralStatus from, ReferralStatus to) {
    transactions.executeWithoutResult(tx -> events.publishEvent(new ReferralStatusChanged(referral, 1, stay,
        hospital, partner, from, to, "someone")));
  }

  private List<String> notifications(HenUser user) {
    return jdbc.sql("SELECT message_key || '|' || arguments || '|' || link FROM notification WHERE user_id = ?")
        .param(user.id()).query(String.class).list();
  }

  private String subjectAndBody(MimeMessage mail) {
    try {
      return mail.getSubject() + "\n" + body(mail);
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}

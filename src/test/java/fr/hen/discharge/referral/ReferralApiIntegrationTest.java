package fr.hen.discharge.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import fr.hen.discharge.ReferralMessagePosted;
import fr.hen.discharge.ReferralStatus;
import fr.hen.discharge.ReferralStatusChanged;
import fr.hen.discharge.referral.ReferralFixture.Org;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** Sending a file, answering, confirming and withdrawing through the API, and every refusal leaving nothing behind. */
@PostgresIntegrationTest
@RecordApplicationEvents
class ReferralApiIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;

  ReferralFixture f;
  Org had;
  Org smr;
  Org ssiad;
  long stay;

  @BeforeEach
  void setUp() throws Exception {
    f = new ReferralFixture(mvc, jdbc);
    had = f.partner("HAD", 24, "HOME_CHEMOTHERAPY", "PAIN_PUMP");
    smr = f.partner("SMR", null, "HOME_CHEMOTHERAPY", "PAIN_PUMP", "REHAB_ORTHO");
    ssiad = f.partner("SSIAD", 72, "HOME_CHEMOTHERAPY", "PAIN_PUMP");
    stay = f.stay();
    f.plan(stay, "PAIN_PUMP", "HOME_CHEMOTHERAPY");
  }

  long referrals() {
    return f.count("SELECT COUNT(*) FROM referral WHERE stay_id = ?", stay);
  }

  long files() {
    return f.count("SELECT COUNT(*) FROM referral_file WHERE stay_id = ?", stay);
  }

  @Test
  void send_toThreePartners_createsOneFileAndOneSentReferralEach_expiringAfterTheirDelay() throws Exception {
    f.send(f.coordinator, stay, "Patiente de 76 ans", had.code(), smr.code(), ssiad.code())
        .andExpect(status().isCreated())
        .andExpect(header().string("Idempotent-Replayed", "false"))
        .andExpect(jsonPath("$.referrals.length()").value(3))
        .andExpect(jsonPath("$.referrals[0].partner_code").value(had.code()))
        .andExpect(jsonPath("$.referrals[0].status").value("SENT"))
        .andExpect(jsonPath("$.referrals[2].partner_code").value(ssiad.code()));
    assertThat(files()).isEqualTo(1);
    assertThat(referrals()).isEqualTo(3);
    assertThat(f.count("""
        SELECT COUNT(*) FROM referral WHERE stay_id = ? AND status = 'SENT' AND closed_at IS NULL
          AND ((partner_id = ? AND expires_at = sent_at + INTERVAL '24 hours')
            OR (partner_id = ? AND expires_at = sent_at + INTERVAL '48 hours')
            OR (partner_id = ? AND expires_at = sent_at + INTERVAL '72 hours'))""",
        stay, had.id(), smr.id(), ssiad.id())).isEqualTo(3);
    assertThat(f.count("""
        SELECT COUNT(*) FROM referral_transition t JOIN referral r ON r.id = t.referral_id
        WHERE r.stay_id = ? AND t.from_status IS NULL AND t.to_status = 'SENT' AND t.actor = ?
          AND t.actor_kind = 'PERSON' AND t.actor_organisation_id = ?""",
        stay, f.coordinator.name(), f.hospital)).isEqualTo(3);
    assertThat(f.count("""
        SELECT COUNT(*) FROM referral_file WHERE stay_id = ? AND needs = 'HOME_CHEMOTHERAPY,PAIN_PUMP'
          AND patient_name = 'MARTIN Jeanne' AND birth_date = DATE '1950-02-03' AND sex = 'F' AND gir = 3
          AND home_postcode = '59000' AND home_town = 'Lille' AND destination_type = 'HAD'
          AND summary = 'Patiente de 76 ans'""", stay)).isEqualTo(1);
    assertThat(f.count("""
        SELECT COUNT(*) FROM audit_event WHERE username = ? AND action = 'CREATE' AND resource_type = 'Referral'""",
        f.coordinator.name())).isEqualTo(3);
  }

  @Test
  void send_partnerCodesTypedInLowerCase_areTheDirectorysCodes() throws Exception {
    f.send(f.coordinator, stay, "Résumé", " " + had.code().toLowerCase() + " ").andExpect(status().isCreated())
        .andExpect(jsonPath("$.referrals[0].partner_code").value(had.code()));
    mvc.perform(get("/api/v1/referrals").param("partner", had.code().toLowerCase()).with(user(f.coordinator)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1));
  }

  @Test
  void send_withoutAPlan_sendsAFileWithoutNeeds() throws Exception {
    long bare = f.stay();
    Org noCapability = f.partner("SSIAD", null);
    f.send(f.coordinator, bare, "Sans plan", noCapability.code()).andExpect(status().isCreated());
    assertThat(f.count("SELECT COUNT(*) FROM referral_file WHERE stay_id = ? AND needs = ''", bare)).isEqualTo(1);
  }

  @Test
  void send_sameIdempotencyKeyTwice_sendsOnce_andReplaysTheFirstReferrals() throws Exception {
    String key = UUID.randomUUID().toString();
    String body = ReferralFixture.sendJson(stay, "Résumé", had.code(), smr.code());
    String first = mvc.perform(post("/api/v1/referrals").with(user(f.coordinator)).header("Idempotency-Key", key)
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    String again = mvc.perform(post("/api/v1/referrals").with(user(f.coordinator)).header("Idempotency-Key", key)
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isCreated()).andExpect(header().string("Idempotent-Replayed", "true"))
        .andReturn().getResponse().getContentAsString();
    assertThat(again).isEqualTo(first);
    assertThat(referrals()).isEqualTo(2);
    mvc.perform(post("/api/v1/referrals").with(user(f.coordinator)).header("Idempotency-Key", key)
            .contentType(MediaType.APPLICATION_JSON)
            .content(ReferralFixture.sendJson(stay, "Autre résumé", had.code(), smr.code())))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("request-key-reused"));
  }

  @Test
  void send_stayOfAnotherHospital_is404_andWritesNothing() throws Exception {
    ReferralFixture other = new ReferralFixture(mvc, jdbc);
    f.send(other.coordinator, stay, "Résumé", had.code()).andExpect(status().isNotFound());
    assertThat(files()).isZero();
  }

  @Test
  void send_dischargedStay_is409() throws Exception {
    f.discharge(stay, null);
    f.send(f.coordinator, stay, "Résumé", had.code()).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("stay-not-in-hospital"));
    assertThat(files()).isZero();
  }

  @Test
  void send_unknownPartner_is422NamingIt_andWritesNothing() throws Exception {
    f.send(f.coordinator, stay, "Résumé", had.code(), "NO-SUCH-PARTNER").andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("partner_codes[1]"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("unknown partner")));
    assertThat(files()).isZero();
    assertThat(referrals()).isZero();
  }

  @Test
  void send_partnerLackingARequiredCapability_is422NamingTheCapability() throws Exception {
    Org noPump = f.partner("HAD", null, "HOME_CHEMOTHERAPY");
    f.send(f.coordinator, stay, "Résumé", had.code(), noPump.code()).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("partner_codes[1]"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("PAIN_PUMP")));
    assertThat(referrals()).isZero();
  }

  @Test
  void send_toAHospital_toTheNetwork_orToAnInactivePartner_is422() throws Exception {
    Org hospital = f.onboard("HOSPITAL", null, List.of());
    f.send(f.coordinator, stay, "Résumé", hospital.code()).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("partner_codes[0]"));
    Org inactive = f.partner("HAD", null, "HOME_CHEMOTHERAPY", "PAIN_PUMP");
    mvc.perform(post("/api/v1/organizations/{code}/deactivate", inactive.code())
        .with(user(StaysFixture.user(0, Role.NETWORK_COORDINATOR)))).andExpect(status().is2xxSuccessful());
    f.send(f.coordinator, stay, "Résumé", had.code(), inactive.code()).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("partner_codes[1]"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("active")));
    assertThat(referrals()).isZero();
  }

  @Test
  void send_samePartnerTwice_noPartner_blankOrOversizeSummary_are422() throws Exception {
    f.send(f.coordinator, stay, "Résumé", had.code(), smr.code(), had.code().toLowerCase())
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("partner_codes[2]"));
    f.send(f.coordinator, stay, "Résumé").andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("partner_codes"));
    f.send(f.coordinator, stay, "   ", had.code()).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("summary"));
    f.send(f.coordinator, stay, null, had.code()).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("summary"));
    f.send(f.coordinator, stay, "x".repeat(4001), had.code()).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("summary"));
    assertThat(files()).isZero();
  }

  @Test
  void send_toAPartnerWithAnOpenReferral_is409_butAfterItClosedItMayBeSentAgain() throws Exception {
    long first = f.sent(stay, had.code()).getFirst();
    f.send(f.coordinator, stay, "Encore", smr.code(), had.code()).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("referral-already-open"));
    assertThat(referrals()).isEqualTo(1);
    mvc.perform(post("/api/v1/referrals/{id}/withdraw", first).with(user(f.coordinator))
            .contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));
    f.send(f.coordinator, stay, "Encore", had.code()).andExpect(status().isCreated());
  }

  @Test
  void send_byAPhysicianOrAPartner_is403() throws Exception {
    f.send(StaysFixture.user(f.hospital, Role.PHYSICIAN), stay, "Résumé", had.code())
        .andExpect(status().isForbidden());
    f.send(f.partnerCoordinator(had), stay, "Résumé", had.code()).andExpect(status().isForbidden());
    assertThat(files()).isZero();
  }

  @Test
  void partnerFirstView_marksViewed_onlyOnce_andEveryViewIsAudited() throws Exception {
    long id = f.sent(stay, had.code()).getFirst();
    HenUser partner = f.partnerCoordinator(had);
    mvc.perform(get("/api/v1/referrals/{id}", id).with(user(partner))).andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("VIEWED"))
        .andExpect(jsonPath("$.stay_id").doesNotExist())
        .andExpect(jsonPath("$.file.patient_name").value("MARTIN Jeanne"))
        .andExpect(jsonPath("$.file.needs[0]").value("HOME_CHEMOTHERAPY"))
        .andExpect(jsonPath("$.transitions.length()").value(2));
    mvc.perform(get("/api/v1/referrals/{id}", id).with(user(partner))).andExpect(status().isOk())
        .andExpect(jsonPath("$.transitions.length()").value(2));
    assertThat(f.count("""
        SELECT COUNT(*) FROM audit_event WHERE username = ? AND action = 'READ' AND resource_type = 'Referral'
          AND resource_id = ?""", partner.name(), String.valueOf(id))).isEqualTo(2);
    mvc.perform(get("/api/v1/referrals/{id}", id).with(user(f.coordinator))).andExpect(status().isOk())
        .andExpect(jsonPath("$.stay_id").value(stay));
  }

  @Test
  void partner_readingAnotherPartnersReferral_orAHospitalReadingAnothersReferral_is404() throws Exception {
    long id = f.sent(stay, had.code()).getFirst();
    mvc.perform(get("/api/v1/referrals/{id}", id).with(user(f.partnerCoordinator(smr))))
        .andExpect(status().isNotFound());
    f.answer(f.partnerCoordinator(smr), id, ReferralFixture.accept(LocalDate.now().plusDays(1)))
        .andExpect(status().isNotFound());
    ReferralFixture other = new ReferralFixture(mvc, jdbc);
    mvc.perform(get("/api/v1/referrals/{id}", id).with(user(other.coordinator))).andExpect(status().isNotFound());
    f.confirm(other.coordinator, id).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/referrals").with(user(f.partnerCoordinator(smr)))).andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(0));
    assertThat(f.statusOf(id)).isEqualTo("SENT");
  }

  @Test
  void partner_seesAClosedReferral_for30Days_thenNoMore() throws Exception {
    long id = f.sent(stay, had.code()).getFirst();
    HenUser partner = f.partnerCoordinator(had);
    f.answer(partner, id, "{\"decision\":\"REFUSE\",\"reason\":\"NO_CAPACITY\"}").andExpect(status().isOk());
    jdbc.sql("UPDATE referral SET closed_at = CURRENT_TIMESTAMP - INTERVAL '29 days' WHERE id = ?").param(id).update();
    mvc.perform(get("/api/v1/referrals/{id}", id).with(user(partner))).andExpect(status().isOk());
    jdbc.sql("UPDATE referral SET closed_at = CURRENT_TIMESTAMP - INTERVAL '31 days' WHERE id = ?").param(id).update();
    mvc.perform(get("/api/v1/referrals/{id}", id).with(user(partner))).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/referrals").with(user(partner))).andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(get("/api/v1/referrals/{id}", id).with(user(f.coordinator))).andExpect(status().isOk());
  }

  @Test
  void hospitalCoordinator_cannotAnswerInAPartnersName() throws Exception {
    long id = f.sent(stay, had.code()).getFirst();
    f.answer(f.coordinator, id, ReferralFixture.accept(LocalDate.now().plusDays(1))).andExpect(status().isForbidden());
    assertThat(f.statusOf(id)).isEqualTo("SENT");
  }

  @Test
  void accept_withADateInThePast_orNoDate_is422_andChangesNothing() throws Exception {
    long id = f.sent(stay, had.code()).getFirst();
    HenUser partner = f.partnerCoordinator(had);
    f.answer(partner, id, ReferralFixture.accept(LocalDate.now().minusDays(1)))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("date"));
    f.answer(partner, id, "{\"decision\":\"ACCEPT\"}").andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("date"));
    f.answer(partner, id, "{\"decision\":\"REFUSE\",\"reason\":\"OTHER\"}").andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("text"));
    f.answer(partner, id, "{\"decision\":\"REFUSE\"}").andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    f.answer(partner, id, "{\"decision\":\"INFO_REQUESTED\",\"text\":\" \"}")
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("text"));
    f.answer(partner, id, "{\"text\":\"?\"}").andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("decision"));
    f.answer(partner, id, "{\"decision\":\"MAYBE\"}").andExpect(status().isBadRequest());
    assertThat(f.statusOf(id)).isEqualTo("SENT");
    assertThat(f.count("SELECT COUNT(*) FROM referral WHERE id = ? AND answered_at IS NULL", id)).isEqualTo(1);
  }

  @Test
  void answers_infoThenAccept_recordFirstAnswerTime_andTheAcceptance() throws Exception {
    long id = f.sent(stay, had.code()).getFirst();
    HenUser partner = f.partnerCoordinator(had);
    f.answer(partner, id, "{\"decision\":\"INFO_REQUESTED\",\"text\":\"Quel traitement antalgique ?\"}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("INFO_REQUESTED"));
    var firstAnswer = jdbc.sql("SELECT answered_at FROM referral WHERE id = ?").param(id)
        .query(java.time.LocalDateTime.class).single();
    LocalDate date = LocalDate.now().plusDays(2);
    f.answer(partner, id, ReferralFixture.accept(date)).andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ACCEPTED"))
        .andExpect(jsonPath("$.admission_date").value(date.toString()));
    assertThat(f.count("""
        SELECT COUNT(*) FROM referral WHERE id = ? AND answered_at = ? AND accepted_at IS NOT NULL
          AND refused_at IS NULL AND closed_at IS NULL""", id, firstAnswer)).isEqualTo(1);
    f.answer(partner, id, "{\"decision\":\"REFUSE\",\"reason\":\"NO_CAPACITY\"}").andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("referral-accepted"));
  }

  @Test
  void answer_onAWithdrawnReferral_is409_andChangesNothing() throws Exception {
    long id = f.sent(stay, had.code()).getFirst();
    mvc.perform(post("/api/v1/referrals/{id}/withdraw", id).with(user(f.coordinator))
            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Famille a trouvé une solution\"}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.transitions[1].note").value("Famille a trouvé une solution"));
    f.answer(f.partnerCoordinator(had), id, ReferralFixture.accept(LocalDate.now().plusDays(1)))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("referral-withdrawn"));
    assertThat(f.count("SELECT COUNT(*) FROM referral WHERE id = ? AND status = 'WITHDRAWN' AND answered_at IS NULL"
        + " AND closed_at IS NOT NULL", id)).isEqualTo(1);
    mvc.perform(post("/api/v1/referrals/{id}/withdraw", id).with(user(f.coordinator))
            .contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("referral-withdrawn"));
  }

  @Test
  void confirm_oneAcceptance_withdrawsTheStaysOtherOpenReferrals_andTheirPartnersAreTold() throws Exception {
    List<Long> ids = f.sent(stay, had.code(), smr.code(), ssiad.code());
    f.answer(f.partnerCoordinator(had), ids.get(0), ReferralFixture.accept(LocalDate.now().plusDays(1)))
        .andExpect(status().isOk());
    f.answer(f.partnerCoordinator(smr), ids.get(1), "{\"decision\":\"REFUSE\",\"reason\":\"OUTSIDE_TERRITORY\"}")
        .andExpect(status().isOk());
    f.confirm(f.coordinator, ids.get(2)).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("referral-sent"));
    f.confirm(f.partnerCoordinator(had), ids.get(0)).andExpect(status().isForbidden());
    f.confirm(f.coordinator, ids.get(0)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONFIRMED"));
    assertThat(List.of(f.statusOf(ids.get(0)), f.statusOf(ids.get(1)), f.statusOf(ids.get(2))))
        .containsExactly("CONFIRMED", "REFUSED", "WITHDRAWN");
    assertThat(f.count("SELECT COUNT(*) FROM referral_transition WHERE referral_id = ? AND to_status = 'WITHDRAWN'"
        + " AND note = 'another partner confirmed'", ids.get(2))).isEqualTo(1);
    assertThat(events.stream(ReferralStatusChanged.class)
        .filter(e -> e.referralId() == ids.get(2) && e.to() == ReferralStatus.WITHDRAWN)
        .map(ReferralStatusChanged::partnerId)).containsExactly(ssiad.id());
    assertThat(events.stream(ReferralStatusChanged.class).filter(e -> e.referralId() == ids.get(0))
        .map(ReferralStatusChanged::to)).containsExactly(ReferralStatus.SENT, ReferralStatus.ACCEPTED,
        ReferralStatus.CONFIRMED);
    mvc.perform(get("/api/v1/referrals/{id}", ids.get(2)).with(user(f.partnerCoordinator(ssiad))))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));
    f.answer(f.partnerCoordinator(ssiad), ids.get(2), ReferralFixture.accept(LocalDate.now().plusDays(1)))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("referral-withdrawn"));
  }

  @Test
  void messages_fromBothSides_formTheThread_andTheOtherSideCannotWriteOnOthersReferrals() throws Exception {
    long id = f.sent(stay, had.code()).getFirst();
    mvc.perform(post("/api/v1/referrals/{id}/messages", id).with(user(f.partnerCoordinator(had)))
            .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Le patient a-t-il une pompe ?\"}"))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.messages[0].side").value("PARTNER"));
    mvc.perform(post("/api/v1/referrals/{id}/messages", id).with(user(f.coordinator))
            .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Oui, PCA morphine.\"}"))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.messages.length()").value(2))
        .andExpect(jsonPath("$.messages[1].side").value("HOSPITAL"))
        .andExpect(jsonPath("$.messages[1].body").value("Oui, PCA morphine."));
    mvc.perform(post("/api/v1/referrals/{id}/messages", id).with(user(f.partnerCoordinator(smr)))
            .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Intrusion\"}"))
        .andExpect(status().isNotFound());
    mvc.perform(post("/api/v1/referrals/{id}/messages", id).with(user(f.coordinator))
            .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"\"}"))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("text"));
    assertThat(f.count("SELECT COUNT(*) FROM referral_message WHERE referral_id = ?", id)).isEqualTo(2);
    assertThat(events.stream(ReferralMessagePosted.class).filter(e -> e.referralId() == id)
        .map(ReferralMessagePosted::authorSide))
        .containsExactly(ReferralMessagePosted.Side.PARTNER, ReferralMessagePosted.Side.HOSPITAL);
  }

  @Test
  void list_filtersByStatusPartnerAndStay_andIsAuditedWithItsPatients() throws Exception {
    List<Long> ids = f.sent(stay, had.code(), smr.code());
    f.answer(f.partnerCoordinator(had), ids.get(0), ReferralFixture.accept(LocalDate.now().plusDays(1)))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/referrals").param("stay", String.valueOf(stay)).with(user(f.coordinator)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(2));
    mvc.perform(get("/api/v1/referrals").param("stay", String.valueOf(stay)).param("status", "ACCEPTED")
            .with(user(f.coordinator)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].partner_code").value(had.code()));
    mvc.perform(get("/api/v1/referrals").param("partner", smr.code()).with(user(f.coordinator)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].status").value("SENT"));
    mvc.perform(get("/api/v1/referrals").param("size", "1").with(user(f.coordinator)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(1))
        .andExpect(jsonPath("$.total_pages").value(2));
    mvc.perform(get("/api/v1/referrals").with(user(f.partnerCoordinator(had)))).andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].stay_id").doesNotExist());
    assertThat(f.count("""
        SELECT COUNT(*) FROM audit_event WHERE username = ? AND action = 'READ' AND resource_type = 'Referral'""",
        f.coordinator.name())).isGreaterThanOrEqualTo(4);
  }
}

package fr.hen.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.platform.notify.MailTestSupport;
import fr.hen.stays.StaysFixture;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The whole journey on the API, against PostgreSQL and a real SMTP server: a coordinator sends one file to
 * three partners found by the matching, one partner accepts, the coordinator confirms, the two others are withdrawn
 * and told, the patient is discharged to the accepting partner (its request becomes {@code TRANSFERRED}), and the
 * discharge figures move. Every mail carries a link and never the patient's name, birth date or record number.
 */
class DischargeJourneyIntegrationTest extends MailTestSupport {

  @Test
  void oneFileToThreePartners_oneAccepts_isConfirmed_theOthersAreWithdrawnAndTold_thePatientLeavesToIt()
      throws Exception {
    StaysFixture stays = new StaysFixture(jdbc);
    DischargeFixture discharge = new DischargeFixture(jdbc);
    long hospital = stays.organisation("HOSPITAL");
    long unit = stays.unit(hospital, StaysFixture.unique("U"));
    long bed = stays.bed(stays.room(unit, "101", "ANY"), "A", "OCCUPIED", null);
    long stay = stays.admittedStay(hospital, unit, bed, LocalDateTime.now(CLOCK).minusDays(3));
    String mrn = jdbc.sql("SELECT p.mrn FROM patient p JOIN stay s ON s.patient_id = p.id WHERE s.id = ?")
        .param(stay).query(String.class).single();
    String capability = discharge.capability();
    List<String> codes = new ArrayList<>();
    List<HenUser> partnerCoordinators = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String code = StaysFixture.unique("J" + i + "-").toUpperCase();
      long partner = discharge.organisation(code, "HAD", 50.63 + i * 0.01, 3.06, "59000", 40, "ACTIVE");
      discharge.capacity(partner, capability, 10, 4, LocalDateTime.now(CLOCK).minusHours(2));
      codes.add(code);
      partnerCoordinators.add(account(partner, true, Role.PARTNER_COORDINATOR));
    }
    HenUser coordinator = account(hospital, true, Role.DISCHARGE_COORDINATOR);
    HenUser physician = account(hospital, true, Role.PHYSICIAN);
    LocalDate today = LocalDate.now(CLOCK);
    Map<String, Object> before = figures(coordinator, today);

    // The physician states the plan: ready today, home chemotherapy needed, home in Lille, HAD wanted.
    mvc.perform(put("/api/v1/stays/{id}/discharge-plan", stay).with(user(physician))
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"version":0,"expected_discharge_date":"%s","medically_ready":true,"needs":["%s"],
                 "home_postcode":"59000","home_town":"Lille","destination_type":"HAD"}"""
                .formatted(today.plusDays(1), capability)))
        .andExpect(status().isOk());

    // The matching proposes the three partners; the coordinator sends them one file.
    String matches = mvc.perform(get("/api/v1/stays/{id}/partner-matches", stay).with(user(coordinator)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    List<String> proposed = new ArrayList<>(JsonPath.read(matches, "$..partner_code"));
    assertThat(proposed).containsAll(codes);
    String sent = mvc.perform(post("/api/v1/referrals").with(user(coordinator)).header("Idempotency-Key", "journey-1")
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"stay_id":%d,"partner_codes":["%s","%s","%s"],"summary":"Chimiothérapie à domicile, J8"}"""
                .formatted(stay, codes.get(0), codes.get(1), codes.get(2))))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.referrals.length()").value(3))
        .andExpect(jsonPath("$.referrals[*].status", org.hamcrest.Matchers.everyItem(
            org.hamcrest.Matchers.is("SENT"))))
        .andReturn().getResponse().getContentAsString();
    List<Map<String, Object>> created = JsonPath.read(sent, "$.referrals");
    Map<String, Long> referralOf = created.stream().collect(Collectors.toMap(r -> (String) r.get("partner_code"),
        r -> ((Number) r.get("id")).longValue()));
    long accepted = referralOf.get(codes.get(0));

    // The first partner opens the file in its portal and accepts for tomorrow; the coordinator confirms.
    mvc.perform(get("/api/v1/referrals/{id}", accepted).with(user(partnerCoordinators.get(0))))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("VIEWED"));
    mvc.perform(post("/api/v1/referrals/{id}/answer", accepted).with(user(partnerCoordinators.get(0)))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"decision\":\"ACCEPT\",\"date\":\"" + today.plusDays(1) + "\"}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
    mvc.perform(post("/api/v1/referrals/{id}/confirm", accepted).with(user(coordinator)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONFIRMED"));
    for (int i = 1; i < 3; i++) {
      mvc.perform(get("/api/v1/referrals/{id}", referralOf.get(codes.get(i))).with(user(coordinator)))
          .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));
    }

    // The patient leaves to that partner: its request is TRANSFERRED (a listener, after the commit).
    mvc.perform(post("/api/v1/stays/{id}/discharge", stay).with(user(coordinator))
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"discharged_at":"%s","destination":"HAD","destination_organisation":"%s"}"""
                .formatted(LocalDateTime.now(CLOCK).withNano(0), codes.get(0))))
        .andExpect(status().isOk());
    await().atMost(Duration.ofSeconds(15)).until(() -> "TRANSFERRED".equals(jdbc.sql(
        "SELECT status FROM referral WHERE id = ?").param(accepted).query(String.class).single()));

    // The figures of the day moved: one more exit, three more requests sent, one answered and accepted.
    Map<String, Object> after = figures(coordinator, today);
    assertThat(number(after, "$.exits.discharges.value")).isEqualTo(number(before, "$.exits.discharges.value") + 1);
    assertThat(number(after, "$.referrals.sent.value")).isEqualTo(number(before, "$.referrals.sent.value") + 3);
    assertThat(number(after, "$.referrals.answered.value"))
        .isEqualTo(number(before, "$.referrals.answered.value") + 1);

    // Mails: each partner was asked; the two others were told of the withdrawal; the hospital of the acceptance.
    await().atMost(Duration.ofSeconds(15)).until(() -> messagesTo(emailOf(coordinator)).size() >= 1
        && messagesTo(emailOf(partnerCoordinators.get(1))).size() >= 2
        && messagesTo(emailOf(partnerCoordinators.get(2))).size() >= 2
        && messagesTo(emailOf(partnerCoordinators.get(0))).size() >= 2);
    Function<HenUser, String> mailsOf = u -> messagesTo(emailOf(u)).stream().map(DischargeJourneyIntegrationTest::text)
        .collect(Collectors.joining("\n---\n"));
    assertThat(mailsOf.apply(partnerCoordinators.get(1))).contains("/partner/referrals/" + referralOf.get(codes.get(1)))
        .containsIgnoringCase("retir");
    assertThat(mailsOf.apply(coordinator)).contains("/referrals/" + accepted);
    List<String> everything = new ArrayList<>();
    everything.add(mailsOf.apply(coordinator));
    partnerCoordinators.forEach(p -> everything.add(mailsOf.apply(p)));
    for (String mails : everything) {
      assertThat(mails).contains("https://hen.test.example/").doesNotContain("Martin").doesNotContain("Jeanne")
          .doesNotContain("MARTIN").doesNotContain("1950").doesNotContain(mrn);
    }
  }

  private Map<String, Object> figures(HenUser as, LocalDate day) throws Exception {
    String json = mvc.perform(get("/api/v1/discharge/figures").with(user(as))
            .param("from", day.minusDays(1).toString()).param("to", day.toString()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    return JsonPath.read(json, "$");
  }

  private static long number(Map<String, Object> json, String path) {
    Object value = JsonPath.read(json, path);
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static String text(MimeMessage message) {
    try {
      return message.getSubject() + "\n" + body(message);
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}

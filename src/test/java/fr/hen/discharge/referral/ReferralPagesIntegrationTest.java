package fr.hen.discharge.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The hospital's referral pages and the partner portal, through their forms. */
@PostgresIntegrationTest
class ReferralPagesIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  ReferralFixture f;
  Org had;
  Org smr;
  long stay;

  @BeforeEach
  void setUp() throws Exception {
    f = new ReferralFixture(mvc, jdbc);
    had = f.partner("HAD", null, "PAIN_PUMP");
    smr = f.partner("SMR", null);
    stay = f.stay();
    f.plan(stay, "PAIN_PUMP");
  }

  ResultActions sendForm(String key, String summary, String... codes) throws Exception {
    return mvc.perform(post("/referrals").with(user(f.coordinator)).with(csrf())
        .param("stayId", String.valueOf(stay)).param("partnerCodes", codes).param("summary", summary)
        .param("formKey", key));
  }

  @Test
  void sendForm_sendsOncePerFormKey_andLeadsToTheStaysReferrals() throws Exception {
    String key = UUID.randomUUID().toString();
    sendForm(key, "Retour à domicile", had.code()).andExpect(redirectedUrl("/referrals?stay=" + stay))
        .andExpect(flash().attribute("message", "referrals.sent"));
    sendForm(key, "Retour à domicile", had.code()).andExpect(redirectedUrl("/referrals?stay=" + stay));
    assertThat(f.count("SELECT COUNT(*) FROM referral WHERE stay_id = ?", stay)).isEqualTo(1);
    mvc.perform(get("/referrals").param("stay", String.valueOf(stay)).with(user(f.coordinator)))
        .andExpect(status().isOk()).andExpect(content().string(containsString("MARTIN Jeanne")))
        .andExpect(content().string(containsString("Envoyée")));
  }

  @Test
  void sendForm_withErrors_goesBackToTheMatchingPage_withTranslatedErrorsAndTypedValues() throws Exception {
    sendForm(UUID.randomUUID().toString(), "Mon résumé", had.code(), smr.code())
        .andExpect(redirectedUrl("/stays/" + stay + "/partners"))
        .andExpect(flash().attribute("referralErrors", List.of(
            "Structure " + smr.code() + " ne propose pas la prise en charge requise par le plan : PAIN_PUMP.")))
        .andExpect(flash().attribute("referralSummary", "Mon résumé"))
        .andExpect(flash().attribute("referralPartnerCodes", List.of(had.code(), smr.code())));
    sendForm(UUID.randomUUID().toString(), "Mon résumé", "INCONNU")
        .andExpect(flash().attribute("referralErrors", hasItem(containsString("Partenaire inconnu"))));
    assertThat(f.count("SELECT COUNT(*) FROM referral_file WHERE stay_id = ?", stay)).isZero();
  }

  @Test
  void list_showsAnEmptyState_andIsNotForPartners() throws Exception {
    mvc.perform(get("/referrals").param("stay", String.valueOf(stay)).with(user(f.coordinator)))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Aucune demande.")));
    mvc.perform(get("/referrals").with(user(f.partnerCoordinator(had)))).andExpect(status().isForbidden());
    mvc.perform(get("/partner/referrals").with(user(f.coordinator))).andExpect(status().isForbidden());
  }

  @Test
  void partnerPortal_inboxCountsStates_andTheFileCanBeAccepted_thenConfirmedByTheHospital() throws Exception {
    long id = f.sent(stay, had.code()).getFirst();
    HenUser partner = f.partnerCoordinator(had);
    mvc.perform(get("/partner/referrals").with(user(partner))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Envoyée (1)")))
        .andExpect(content().string(containsString("/organisations/mine")));
    mvc.perform(get("/partner/referrals/{id}", id).with(user(partner))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Pompe antalgique")))
        .andExpect(content().string(containsString("Accepter le patient")));
    assertThat(f.statusOf(id)).isEqualTo("VIEWED");
    mvc.perform(post("/partner/referrals/{id}/answer", id).with(user(partner)).with(csrf())
            .param("decision", "ACCEPT").param("date", LocalDate.now().minusDays(1).toString()))
        .andExpect(redirectedUrl("/partner/referrals/" + id))
        .andExpect(flash().attribute("referralErrors", List.of("La date d’admission est passée.")));
    assertThat(f.statusOf(id)).isEqualTo("VIEWED");
    mvc.perform(post("/partner/referrals/{id}/answer", id).with(user(partner)).with(csrf())
            .param("decision", "ACCEPT").param("date", LocalDate.now().plusDays(2).toString()))
        .andExpect(flash().attribute("message", "portal.answered"));
    assertThat(f.statusOf(id)).isEqualTo("ACCEPTED");
    mvc.perform(get("/referrals/{id}", id).with(user(f.coordinator))).andExpect(status().isOk())
        .andExpect(content().string(containsString("data-confirm")))
        .andExpect(content().string(containsString("Confirmer l’admission")));
    mvc.perform(post("/referrals/{id}/confirm", id).with(user(f.coordinator)).with(csrf()))
        .andExpect(redirectedUrl("/referrals/" + id)).andExpect(flash().attribute("message", "referrals.confirmed"));
    assertThat(f.statusOf(id)).isEqualTo("CONFIRMED");
    mvc.perform(post("/partner/referrals/{id}/answer", id).with(user(partner)).with(csrf())
            .param("decision", "REFUSE").param("reason", "NO_CAPACITY"))
        .andExpect(flash().attribute("referralErrors", List.of("La demande est confirmée.")));
  }

  @Test
  void messages_andAttachments_throughThePages() throws Exception {
    long id = f.sent(stay, had.code()).getFirst();
    mvc.perform(multipart("/referrals/{id}/attachments", id).file(new MockMultipartFile("file", "cr.pdf",
            "application/pdf", ReferralAttachmentTest.PDF)).with(user(f.coordinator)).with(csrf()))
        .andExpect(redirectedUrl("/referrals/" + id)).andExpect(flash().attribute("message", "referrals.attached"));
    mvc.perform(multipart("/referrals/{id}/attachments", id).file(new MockMultipartFile("file", "faux.pdf",
            "application/pdf", ReferralAttachmentTest.EXE)).with(user(f.coordinator)).with(csrf()))
        .andExpect(flash().attribute("referralErrors", hasItem(containsString("PDF, PNG et JPEG"))));
    long attachment = f.count("SELECT MAX(a.id) FROM referral_attachment a JOIN referral r ON r.file_id = a.file_id"
        + " WHERE r.id = ?", id);
    HenUser partner = f.partnerCoordinator(had);
    mvc.perform(get("/partner/referrals/{id}/attachments/{a}", id, attachment).with(user(partner)))
        .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", containsString("attachment")));
    mvc.perform(post("/partner/referrals/{id}/messages", id).with(user(partner)).with(csrf())
            .param("text", "Quelle posologie ?"))
        .andExpect(flash().attribute("message", "referrals.messagePosted"));
    mvc.perform(post("/referrals/{id}/messages", id).with(user(StaysFixture.user(f.hospital, Role.PHYSICIAN)))
            .with(csrf()).param("text", " "))
        .andExpect(flash().attribute("referralErrors", List.of("Texte : obligatoire.")))
        .andExpect(flash().attribute("messageText", " "));
    mvc.perform(get("/referrals/{id}", id).with(user(f.coordinator))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Quelle posologie ?")))
        .andExpect(content().string(containsString("cr.pdf")));
    mvc.perform(get("/partner/referrals/{id}", id).with(user(f.partnerCoordinator(smr))))
        .andExpect(status().isNotFound())
        .andExpect(content().string(not(containsString("MARTIN"))));
  }
}

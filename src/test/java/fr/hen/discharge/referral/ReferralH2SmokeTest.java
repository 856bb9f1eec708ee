package fr.hen.discharge.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.H2SmokeTest;
import fr.hen.discharge.referral.ReferralFixture.Org;
import fr.hen.platform.SystemActors;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The referral journey on H2 (the embedded database of {@code run}): every query of the part runs there too. */
@H2SmokeTest
class ReferralH2SmokeTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ReferralAutomation automation;

  @Test
  void sendViewAcceptConfirm_messagesAttachmentsListsPages_andExpiry() throws Exception {
    ReferralFixture f = new ReferralFixture(mvc, jdbc);
    Org had = f.partner("HAD", 24, "PAIN_PUMP");
    Org smr = f.partner("SMR", null, "PAIN_PUMP");
    long stay = f.stay();
    f.plan(stay, "PAIN_PUMP");
    List<Long> ids = f.sent(stay, had.code(), smr.code());
    f.send(f.coordinator, stay, "Encore", had.code()).andExpect(status().isConflict());
    mvc.perform(get("/api/v1/referrals/{id}", ids.get(0)).with(user(f.partnerCoordinator(had))))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("VIEWED"));
    f.answer(f.partnerCoordinator(had), ids.get(0), ReferralFixture.accept(LocalDate.now().plusDays(1)))
        .andExpect(status().isOk());
    mvc.perform(post("/api/v1/referrals/{id}/messages", ids.get(0)).with(user(f.coordinator))
        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Merci\"}")).andExpect(status().isCreated());
    mvc.perform(multipart("/api/v1/referrals/{id}/attachments", ids.get(0)).file(new MockMultipartFile("file",
        "cr.pdf", "application/pdf", ReferralAttachmentTest.PDF)).with(user(f.coordinator)))
        .andExpect(status().isCreated());
    f.confirm(f.coordinator, ids.get(0)).andExpect(status().isOk());
    assertThat(List.of(f.statusOf(ids.get(0)), f.statusOf(ids.get(1)))).containsExactly("CONFIRMED", "WITHDRAWN");
    mvc.perform(get("/api/v1/referrals").param("status", "CONFIRMED").param("stay", String.valueOf(stay))
        .with(user(f.coordinator))).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1));
    mvc.perform(get("/api/v1/referrals").with(user(f.partnerCoordinator(smr)))).andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1));
    mvc.perform(get("/referrals/{id}", ids.get(0)).with(user(f.coordinator))).andExpect(status().isOk());
    mvc.perform(get("/partner/referrals").with(user(f.partnerCoordinator(had)))).andExpect(status().isOk());

    long late = f.sent(f.stay(), had.code()).getFirst();
    jdbc.sql("UPDATE referral SET expires_at = ? WHERE id = ?").params(ReferralFixture.now().minusHours(1), late)
        .update();
    int expired = SystemActors.run(ReferralAutomation.EXPIRY, () -> automation.expireOverdue(ReferralAutomation.EXPIRY));
    assertThat(expired).isGreaterThanOrEqualTo(1);
    assertThat(f.statusOf(late)).isEqualTo("EXPIRED");
  }
}

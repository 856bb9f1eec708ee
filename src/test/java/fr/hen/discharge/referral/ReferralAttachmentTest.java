package fr.hen.discharge.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import fr.hen.discharge.referral.ReferralFixture.Org;
import fr.hen.platform.HenUser;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** Attachments of a referral file: type checked on the content, 10 MB at most, safe names, audited downloads. */
@PostgresIntegrationTest
class ReferralAttachmentTest {

  static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
  static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  ReferralFixture f;
  Org had;
  long referral;

  @BeforeEach
  void setUp() throws Exception {
    f = new ReferralFixture(mvc, jdbc);
    had = f.partner("HAD", null);
    referral = f.sent(f.stay(), had.code()).getFirst();
  }

  ResultActions upload(HenUser as, long id, String name, byte[] content) throws Exception {
    return mvc.perform(multipart("/api/v1/referrals/{id}/attachments", id)
        .file(new MockMultipartFile("file", name, "application/pdf", content)).with(user(as)));
  }

  long attachments() {
    return f.count("SELECT COUNT(*) FROM referral_attachment a JOIN referral r ON r.file_id = a.file_id"
        + " WHERE r.id = ?", referral);
  }

  @Test
  void pdf_isAttached_listedInTheDetail_andDownloadedAsAnAttachment_byThePartner_audited() throws Exception {
    String body = upload(f.coordinator, referral, "../../etc/Compte rendu <opératoire>.pdf", PDF)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.filename").value("Compte_rendu_operatoire_.pdf"))
        .andExpect(jsonPath("$.content_type").value("application/pdf"))
        .andExpect(jsonPath("$.size_bytes").value(PDF.length))
        .andReturn().getResponse().getContentAsString();
    long attachment = JsonMapper.shared().readTree(body).path("id").asLong();
    HenUser partner = f.partnerCoordinator(had);
    mvc.perform(get("/api/v1/referrals/{id}", referral).with(user(partner))).andExpect(status().isOk())
        .andExpect(jsonPath("$.attachments[0].id").value(attachment));
    mvc.perform(get("/api/v1/referrals/{id}/attachments/{a}", referral, attachment).with(user(partner)))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/pdf"))
        .andExpect(header().string("Content-Disposition", startsWith("attachment;")))
        .andExpect(header().string("Content-Disposition", containsString("Compte_rendu_operatoire_.pdf")))
        .andExpect(content().bytes(PDF));
    assertThat(f.count("""
        SELECT COUNT(*) FROM audit_event WHERE username = ? AND action = 'READ'
          AND resource_type = 'ReferralAttachment' AND resource_id = ?""", partner.name(), String.valueOf(attachment)))
        .isEqualTo(1);
    mvc.perform(get("/api/v1/referrals/{id}/attachments/{a}", referral, attachment)
        .with(user(f.partnerCoordinator(f.partner("SMR", null))))).andExpect(status().isNotFound());
  }

  @Test
  void pngNamedPdf_executableNamedPdf_andAnEmptyFile_areRefused_andNothingIsStored() throws Exception {
    upload(f.coordinator, referral, "scanner.pdf", PNG).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("file"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("image/png")));
    upload(f.coordinator, referral, "ordonnance.pdf", EXE).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("file"));
    upload(f.coordinator, referral, "vide.pdf", new byte[0]).andExpect(status().isUnprocessableContent());
    upload(f.coordinator, referral, "radio.png", PNG).andExpect(status().isCreated())
        .andExpect(jsonPath("$.content_type").value("image/png"));
    assertThat(attachments()).isEqualTo(1);
  }

  @Test
  void aFileOver10MB_is413WithAProblem_and10MBExactlyIsAccepted() throws Exception {
    byte[] big = Arrays.copyOf(PDF, AttachmentCheck.MAX_BYTES + 1);
    upload(f.coordinator, referral, "gros.pdf", big).andExpect(status().isContentTooLarge())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(containsString("10 MB")));
    assertThat(attachments()).isZero();
    upload(f.coordinator, referral, "juste.pdf", Arrays.copyOf(PDF, AttachmentCheck.MAX_BYTES))
        .andExpect(status().isCreated());
    assertThat(attachments()).isEqualTo(1);
  }

  @Test
  void partnersAndAnotherHospital_cannotAttach_andAClosedReferralTakesNoMore() throws Exception {
    upload(f.partnerCoordinator(had), referral, "a.pdf", PDF).andExpect(status().isForbidden());
    upload(new ReferralFixture(mvc, jdbc).coordinator, referral, "a.pdf", PDF).andExpect(status().isNotFound());
    mvc.perform(post("/api/v1/referrals/{id}/withdraw", referral).with(user(f.coordinator))
        .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk());
    upload(f.coordinator, referral, "a.pdf", PDF).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("referral-withdrawn"));
    assertThat(attachments()).isZero();
  }
}

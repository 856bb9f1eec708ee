package fr.hen.discharge.referral;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.discharge.referral.ReferralFixture.Org;
import fr.hen.platform.Role;
import fr.hen.platform.UserAccounts;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Oversize attachments through Tomcat, as in production: a file just over 10 MB, and a request over the multipart
 * limits, both answer 413 with a problem, and store nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("pgtest")
@Tag("postgres")
class AttachmentLimitRealServerTest {

  static final String PASSWORD = "un-long-mot-de-passe";

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts accounts;

  @Test
  void overTenMegabytes_andOverTheMultipartLimits_are413Problems() throws Exception {
    ReferralFixture f = new ReferralFixture(mvc, jdbc);
    Org had = f.partner("HAD", null);
    long referral = f.sent(f.stay(), had.code()).getFirst();
    String username = "att-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.create(new UserAccounts.NewAccount(username, PASSWORD, "Coordinatrice", null, f.hospital,
        Set.of(Role.DISCHARGE_COORDINATOR)));
    byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

    HttpResponse<String> justOver = upload(username, referral, Arrays.copyOf(pdf, 10 * 1024 * 1024 + 1));
    assertThat(justOver.statusCode()).isEqualTo(413);
    assertThat(justOver.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    HttpResponse<String> huge = upload(username, referral, Arrays.copyOf(pdf, 20 * 1024 * 1024));
    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(huge.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    HttpResponse<String> fine = upload(username, referral, Arrays.copyOf(pdf, 1024));
    assertThat(fine.statusCode()).as(fine.body()).isEqualTo(201);
    assertThat(f.count("SELECT COUNT(*) FROM referral_attachment a JOIN referral r ON r.file_id = a.file_id"
        + " WHERE r.id = ?", referral)).isEqualTo(1);
  }

  private HttpResponse<String> upload(String username, long referral, byte[] content) throws Exception {
    String boundary = "----hen" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cr.pdf\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    body.write(content);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    HttpRequest request = HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/v1/referrals/" + referral + "/attachments"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
  }
}

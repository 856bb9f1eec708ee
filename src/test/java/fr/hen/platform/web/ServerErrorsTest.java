package fr.hen.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Errors answered before any controller, through the real server (MockMvc skips Tomcat): problem+json on the API,
 * the application's short page elsewhere, never Tomcat's own report nor the whole refused value.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("h2test")
@Tag("smoke")
class ServerErrorsTest {

  @LocalServerPort int port;

  /** Sends a raw request (the path exactly as written) and returns the whole answer. */
  String send(String path, boolean basic) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      OutputStream out = socket.getOutputStream();
      String auth = basic ? "Authorization: Basic " + Base64.getEncoder().encodeToString("nobody:wrong".getBytes())
          + "\r\n" : "";
      out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + auth + "Connection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void encodedNulInAnApiPath_isAProblem() throws IOException {
    String answer = send("/api/v1/stays/%00", false);
    assertThat(answer).startsWith("HTTP/1.1 400").contains("Content-Type: application/problem+json")
        .contains("\"status\":400").doesNotContain("Apache Tomcat").doesNotContain("HTTP Status 400");
  }

  @Test
  void encodedNulInAPagePath_isTheApplicationsPage() throws IOException {
    String answer = send("/stays/%00", false);
    assertThat(answer).startsWith("HTTP/1.1 400").contains("Requête refusée").doesNotContain("Apache Tomcat");
  }

  @Test
  void hundredThousandCharacterQuery_isAProblemNamingTheParameter_withoutEchoingIt() throws IOException {
    String answer = send("/api/v1/organizations?q=" + "a".repeat(100_000), false);
    assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json")
        .contains("\"field\":\"q\"").hasSizeLessThan(3_000);
  }

  @Test
  void nulInAQueryParameter_isAProblemNamingIt() throws IOException {
    String answer = send("/api/v1/organizations?q=ab%00cd", false);
    assertThat(answer).startsWith("HTTP/1.1 400").contains("\"field\":\"q\"")
        .contains("control characters are not allowed");
  }
}

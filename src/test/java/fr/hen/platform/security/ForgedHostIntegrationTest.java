package fr.hen.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.platform.Role;
import fr.hen.platform.UserAccounts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 9, item 8: a forged {@code Host} header never comes back in a redirect. Raw HTTP/1.1 over a socket to the
 * real server (Tomcat writes the {@code Location} header; MockMvc would not show it, and Java's HTTP client does not
 * let a test set {@code Host}).
 */
class ForgedHostIntegrationTest extends RealServerTest {

  static final String EVIL = "evil.example";
  static final String PASSWORD = "un-long-mot-de-passe";
  static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");

  record Response(int status, Map<String, List<String>> headers, String body) {
    String location() {
      return headers.getOrDefault("location", List.of()).stream().findFirst().orElse(null);
    }

    String session() {
      return headers.getOrDefault("set-cookie", List.of()).stream().filter(c -> c.startsWith("JSESSIONID="))
          .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(null);
    }

    String csrf() {
      Matcher m = CSRF.matcher(body);
      assertThat(m.find()).as("a CSRF token on the page").isTrue();
      return m.group(1);
    }
  }

  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts accounts;

  String username;
  long colleague;

  @BeforeEach
  void anAccount() {
    String code = "HOST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    jdbc.sql("""
        INSERT INTO organisation (code, type, name, city, partnership_status, created_at, updated_at)
        VALUES (?, 'HOSPITAL', 'Hôpital Host', 'Lille', 'ACTIVE', NOW(), NOW())""").param(code).update();
    long org = jdbc.sql("SELECT id FROM organisation WHERE code = ?").param(code).query(Long.class).single();
    username = code.toLowerCase(Locale.ROOT);
    accounts.create(new UserAccounts.NewAccount(username, PASSWORD, "Host", null, org,
        Set.of(Role.ADMIN, Role.BED_MANAGER)));
    colleague = accounts.create(new UserAccounts.NewAccount(username + "-bis", PASSWORD, "Host bis", null, org,
        Set.of(Role.PHYSICIAN)));
  }

  @Test
  void aProtectedPage_sendsToTheSignInPage_relatively() throws Exception {
    Response r = send("GET", "/stays", EVIL, null, null);
    assertThat(r.status()).isEqualTo(302);
    assertThat(r.location()).doesNotContain(EVIL).isEqualTo("/login");
  }

  @Test
  void signInSuccessAndFailure_andSignOut_redirectRelatively() throws Exception {
    Response page = send("GET", "/login", "localhost", null, null);
    Response failed = send("POST", "/login", EVIL, page.session(), form("username", username, "password", "wrong",
        "_csrf", page.csrf()));
    assertThat(failed.status()).isEqualTo(302);
    assertThat(failed.location()).doesNotContain(EVIL).isEqualTo("/login?error");

    page = send("GET", "/login", "localhost", null, null);
    Response signedIn = send("POST", "/login", EVIL, page.session(), form("username", username, "password", PASSWORD,
        "_csrf", page.csrf()));
    assertThat(signedIn.status()).isEqualTo(302);
    assertThat(signedIn.location()).doesNotContain(EVIL).isEqualTo("/");

    String session = signedIn.session();
    Response home = send("GET", "/", "localhost", session, null);
    assertThat(home.status()).isEqualTo(200);
    Response signedOut = send("POST", "/logout", EVIL, session, form("_csrf", home.csrf()));
    assertThat(signedOut.status()).isEqualTo(302);
    assertThat(signedOut.location()).doesNotContain(EVIL).isEqualTo("/login?logout");
  }

  @Test
  void aPageControllersRedirect_isRelativeToo() throws Exception {
    Response page = send("GET", "/login", "localhost", null, null);
    String session = send("POST", "/login", "localhost", page.session(), form("username", username, "password",
        PASSWORD, "_csrf", page.csrf())).session();
    Response home = send("GET", "/", "localhost", session, null);
    Response enabled = send("POST", "/admin/users/" + colleague + "/enabled", EVIL, session,
        form("enabled", "true", "_csrf", home.csrf()));
    assertThat(enabled.status()).isEqualTo(302);
    assertThat(enabled.location()).doesNotContain(EVIL).isEqualTo("/admin/users");
  }

  private static String form(String... pairs) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      body.append(i == 0 ? "" : "&").append(pairs[i]).append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return body.toString();
  }

  /** One HTTP/1.1 exchange with the given Host header, the connection closed after it. */
  private Response send(String method, String path, String host, String cookie, String formBody) throws IOException {
    byte[] body = formBody == null ? new byte[0] : formBody.getBytes(StandardCharsets.UTF_8);
    StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n"
        + "Connection: close\r\nAccept: text/html\r\n");
    if (cookie != null) {
      request.append("Cookie: ").append(cookie).append("\r\n");
    }
    if (formBody != null) {
      request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(body.length)
          .append("\r\n");
    }
    request.append("\r\n");
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      return parse(socket.getInputStream().readAllBytes());
    }
  }

  private static Response parse(byte[] raw) {
    int end = indexOf(raw, 0, "\r\n\r\n");
    String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).trim());
    }
    byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
    if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
      body = unchunk(body);
    }
    return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] unchunk(byte[] chunked) {
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    int i = 0;
    while (i < chunked.length) {
      int lineEnd = indexOf(chunked, i, "\r\n");
      int size = Integer.parseInt(new String(chunked, i, lineEnd - i, StandardCharsets.US_ASCII).split(";")[0]
          .trim(), 16);
      if (size == 0) {
        break;
      }
      data.write(chunked, lineEnd + 2, size);
      i = lineEnd + 2 + size + 2;
    }
    return data.toByteArray();
  }

  private static int indexOf(byte[] bytes, int from, String ascii) {
    byte[] target = ascii.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = from; i <= bytes.length - target.length; i++) {
      for (int j = 0; j < target.length; j++) {
        if (bytes[i + j] != target[j]) {
          continue outer;
        }
      }
      return i;
    }
    return bytes.length;
  }
}

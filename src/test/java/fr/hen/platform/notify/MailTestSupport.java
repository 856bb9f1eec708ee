package fr.hen.platform.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.hen.MutableClock;
import fr.hen.PostgresIntegrationTest;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.platform.UserAccounts;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import fr.hen.stays.StaysFixture;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.MediaType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The application with mail enabled against a real SMTP server in the test JVM (GreenMail on a free port of this
 * run), and a clock the tests move on. Every test class of the notifications extends it, so they share one context.
 * The retry job's interval is an hour: tests run {@link MailOutbox#sendDue()} themselves.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = {
    "hen.mail.enabled=true", "hen.mail.from=hen@test.example", "hen.mail.base-url=https://hen.test.example",
    "hen.mail.retry-interval=1h", "hen.mail.retry-delay=1m", "hen.mail.max-attempts=3",
    "spring.mail.host=127.0.0.1", "spring.mail.properties.mail.smtp.connectiontimeout=3000",
    "spring.mail.properties.mail.smtp.timeout=3000", "hen.invitations.valid-for=72h"})
public abstract class MailTestSupport {

  public static final int SMTP_PORT = freePort();
  public static final MutableClock CLOCK = MutableClock.startingNow();
  private static GreenMail smtp;

  @TestBean Clock clock;

  @Autowired protected MockMvc mvc;
  @Autowired protected JdbcClient jdbc;
  @Autowired protected UserAccounts accounts;

  static Clock clock() {
    return CLOCK;
  }

  @DynamicPropertySource
  static void smtpPort(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  /** The SMTP server, started (again) if a test stopped it, and emptied. */
  @BeforeEach
  void smtpUp() throws Exception {
    startSmtp();
    smtp.purgeEmailFromAllMailboxes();
  }

  protected static GreenMail smtp() {
    return smtp;
  }

  protected static synchronized void startSmtp() {
    if (smtp == null) {
      smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      smtp.start();
    }
  }

  protected static synchronized void stopSmtp() {
    if (smtp != null) {
      smtp.stop();
      smtp = null;
    }
  }

  /** A real account (so that notifications can name it), with an address when {@code email} is true. */
  protected HenUser account(long organisationId, boolean email, Role... roles) {
    String username = "n" + UUID.randomUUID().toString().substring(0, 12);
    long id = accounts.create(new UserAccounts.NewAccount(username, "secret-secret", "Compte " + username,
        email ? username + "@partner.example" : null, organisationId, Set.of(roles)));
    return new HenUser(id, username, null, "Compte " + username, organisationId, List.of(roles), true, false);
  }

  /** The mails the SMTP server received for this address. */
  protected static List<MimeMessage> messagesTo(String address) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
      try {
        return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  protected static String body(MimeMessage message) {
    try {
      return (String) message.getContent();
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A new organisation onboarded through the API by a network coordinator, as a prospect; returns its code. */
  protected String onboard(String type) throws Exception {
    String code = "NT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    mvc.perform(post("/api/v1/organizations").with(user(StaysFixture.user(0, Role.NETWORK_COORDINATOR)))
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"code":"%s","type":"%s","name":"Structure %s","city":"Lille","partnership_status":"PROSPECT"}"""
                .formatted(code, type, code)))
        .andExpect(status().isCreated());
    return code;
  }

  protected long idOf(String code) {
    return jdbc.sql("SELECT id FROM organisation WHERE code = ?").param(code).query(Long.class).single();
  }

  protected String emailOf(HenUser user) {
    return user.name() + "@partner.example";
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

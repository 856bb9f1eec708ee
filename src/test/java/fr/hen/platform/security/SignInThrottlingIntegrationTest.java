package fr.hen.platform.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.platform.Role;
import fr.hen.platform.UserAccounts;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 9, item 2: wrong passwords slow down their username from their address, and an address that fails on many
 * usernames, never the account itself; the form and the API say so without telling whether the account exists.
 */
class SignInThrottlingIntegrationTest extends RealServerTest {

  static final String PASSWORD = "un-long-mot-de-passe";
  static final AtomicInteger ADDRESSES = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts accounts;

  String username;

  @BeforeEach
  void anAccount() {
    String code = "THR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    jdbc.sql("""
        INSERT INTO organisation (code, type, name, city, partnership_status, created_at, updated_at)
        VALUES (?, 'HOSPITAL', 'Hôpital Throttle', 'Lille', 'ACTIVE', NOW(), NOW())""").param(code).update();
    long org = jdbc.sql("SELECT id FROM organisation WHERE code = ?").param(code).query(Long.class).single();
    username = code.toLowerCase();
    accounts.create(new UserAccounts.NewAccount(username, PASSWORD, "Throttle", null, org, Set.of(Role.PHYSICIAN)));
  }

  /** A client address of its own for each use, so that tests never slow each other. */
  static String newAddress() {
    int n = ADDRESSES.incrementAndGet();
    return "10.77." + (n / 250) + "." + (n % 250 + 1);
  }

  static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  @Test
  void threeWrongPasswords_slowThatUserFromThatAddress_429WithRetryAfter_butNotFromAnotherAddress()
      throws Exception {
    String attacker = newAddress();
    for (int i = 0; i < 3; i++) {
      mvc.perform(get("/api/v1/units").with(httpBasic(username, "wrong-" + i)).with(from(attacker)))
          .andExpect(status().isUnauthorized());
    }
    mvc.perform(get("/api/v1/units").with(httpBasic(username, PASSWORD)).with(from(attacker)))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("Retry-After", "1"))
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.status").value(429))
        .andExpect(jsonPath("$.detail").value("Too many attempts, try again in 1 second."));
    mvc.perform(get("/api/v1/units").with(httpBasic(username, PASSWORD)).with(from(newAddress())))
        .andExpect(status().isOk());

    CLOCK.advance(Duration.ofSeconds(1));
    mvc.perform(get("/api/v1/units").with(httpBasic(username, PASSWORD)).with(from(attacker)))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/units").with(httpBasic(username, "wrong")).with(from(attacker)))
        .andExpect(status().isUnauthorized()); // the success reset the count
  }

  @Test
  void aThrottledFormSignIn_saysSo_inTheSameWordsForAnExistingAndAnUnknownUsername() throws Exception {
    String address = newAddress();
    String unknown = "nobody-" + username;
    for (String name : new String[] {username, unknown}) {
      for (int i = 0; i < 3; i++) {
        mvc.perform(post("/login").with(csrf()).with(from(address)).param("username", name)
            .param("password", "wrong-" + i)).andExpect(redirectedUrl("/login?error"));
      }
      mvc.perform(post("/login").with(csrf()).with(from(address)).param("username", name).param("password", PASSWORD))
          .andExpect(redirectedUrl("/login?throttled=1"));
    }
    mvc.perform(get("/login").param("throttled", "1"))
        .andExpect(content().string(containsString("Trop de tentatives, réessayez dans 1 seconde.")));
    mvc.perform(get("/login").param("throttled", "42").param("lang", "en"))
        .andExpect(content().string(containsString("Too many attempts, try again in 42 seconds.")));
    mvc.perform(get("/login").param("throttled", "<b>soon</b>"))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Trop de tentatives"))));
    mvc.perform(post("/login").with(csrf()).with(from(newAddress())).param("username", username)
        .param("password", PASSWORD)).andExpect(redirectedUrl("/"));
  }

  @Test
  void twentyUsernamesTriedFromOneAddress_throttleThatAddressForAnyUsername_tenMinutes() throws Exception {
    String sprayer = newAddress();
    for (int i = 0; i < 20; i++) {
      mvc.perform(get("/api/v1/units").with(httpBasic("spray-" + i + "-" + username, "Printemps2026"))
          .with(from(sprayer))).andExpect(status().isUnauthorized());
    }
    mvc.perform(get("/api/v1/units").with(httpBasic(username, PASSWORD)).with(from(sprayer)))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("Retry-After", "600"));
    mvc.perform(get("/api/v1/units").with(httpBasic(username, PASSWORD)).with(from(newAddress())))
        .andExpect(status().isOk());
    CLOCK.advance(Duration.ofMinutes(10));
    mvc.perform(get("/api/v1/units").with(httpBasic(username, PASSWORD)).with(from(sprayer)))
        .andExpect(status().isOk());
  }
}

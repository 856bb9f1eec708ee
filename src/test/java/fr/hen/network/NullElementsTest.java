package fr.hen.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** {@code [null]} in a list of the directory API is a clear 4xx problem, never a 500 (issue 9 item 7). */
@PostgresIntegrationTest
class NullElementsTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  HenUser coordinator() {
    long org = new StaysFixture(jdbc).organisation("NETWORK");
    return new HenUser(9_300_001L, "null-test", null, "Null Test", org, EnumSet.of(Role.NETWORK_COORDINATOR), true,
        false);
  }

  String code() {
    return jdbc.sql("SELECT code FROM organisation ORDER BY id DESC LIMIT 1").query(String.class).single();
  }

  @Test
  void nullInCapacityOrContactsOrCapabilities_isA4xxProblem() throws Exception {
    HenUser coordinator = coordinator();
    String code = code();
    for (String path : new String[] {"/api/v1/organizations/{code}/capacity", "/api/v1/organizations/{code}/contacts"}) {
      String body = mvc.perform(put(path, code).with(user(coordinator)).contentType(MediaType.APPLICATION_JSON)
              .content("[null]"))
          .andExpect(status().is4xxClientError())
          .andExpect(content().contentType("application/problem+json"))
          .andReturn().getResponse().getContentAsString();
      assertThat(body).contains("\"errors\"");
    }
    mvc.perform(post("/api/v1/organizations").with(user(coordinator)).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"code":"NULL-%s","type":"HAD","name":"HAD Null","city":"Lille","partnership_status":"ACTIVE",
                 "capabilities":[null],"contacts":[null]}""".formatted(System.nanoTime() % 100000)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentType("application/problem+json"));
  }
}

package fr.hen.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.atlassian.oai.validator.report.ValidationReport;
import fr.hen.H2SmokeTest;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The contract check is on for every MockMvc test, and it fails when the API and its document part ways. */
@H2SmokeTest
class ApiContractTest {

  static final String PAGE = "{\"items\":[],\"page\":0,\"size\":25,\"total\":0,\"total_pages\":0%s}";

  @Autowired MockMvc mvc;
  @Autowired ApiContract contract;
  @Autowired JdbcClient jdbc;

  @Test
  void apiExchangesOfMockMvcTests_areChecked_pagesAreNot() throws Exception {
    var user = StaysFixture.user(new StaysFixture(jdbc).organisation("HOSPITAL"), Role.BED_MANAGER);
    long before = contract.checked();
    mvc.perform(get("/api/v1/units").with(user(user))).andExpect(status().isOk());
    mvc.perform(get("/api/v1/units/{code}", "NONE").with(user(user))).andExpect(status().isNotFound());
    mvc.perform(get("/units").with(user(user))).andExpect(status().isOk());
    assertThat(contract.checked()).isEqualTo(before + 2);
  }

  @Test
  void documentedExchange_passes() {
    assertThat(messages(contract.report(request("GET", "/api/v1/units", null), json(200, PAGE.formatted("")))))
        .isEmpty();
  }

  @Test
  void undocumentedResponseProperty_isDetected() {
    assertThat(messages(contract.report(request("GET", "/api/v1/units", null),
        json(200, PAGE.formatted(",\"secret\":1"))))).anyMatch(m -> m.contains("secret"));
  }

  @Test
  void responsePropertyNotNamedAsDocumented_isDetected() {
    String camelCase = "{\"items\":[],\"page\":0,\"size\":25,\"total\":0,\"totalPages\":0}";
    assertThat(messages(contract.report(request("GET", "/api/v1/units", null), json(200, camelCase))))
        .anyMatch(m -> m.contains("totalPages"));
  }

  @Test
  void responseValueOfAnotherType_isDetected() {
    String text = "{\"items\":[],\"page\":0,\"size\":25,\"total\":\"none\",\"total_pages\":0}";
    assertThat(messages(contract.report(request("GET", "/api/v1/units", null), json(200, text))))
        .anyMatch(m -> m.contains("at /total:"));
  }

  @Test
  void undocumentedStatus_isDetected() {
    assertThat(messages(contract.report(request("GET", "/api/v1/units", null), json(418, "{}"))))
        .anyMatch(m -> m.contains("418"));
  }

  @Test
  void acceptedRequestWithAnUndocumentedProperty_isDetected() {
    MockHttpServletRequest camelCase = request("PUT", "/api/v1/stays/1/discharge-plan",
        "{\"expectedDischargeDate\":\"2026-05-02\"}");
    assertThat(messages(contract.report(camelCase, json(200, "{\"id\":1,\"status\":\"IN_HOSPITAL\"}"))))
        .anyMatch(m -> m.contains("expectedDischargeDate"));
  }

  @Test
  void undocumentedOperation_isDetected() {
    assertThat(messages(contract.report(request("DELETE", "/api/v1/units", null), json(200, "{}"))))
        .isNotEmpty();
  }

  static MockHttpServletRequest request(String method, String path, String json) {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    request.setPathInfo(path);
    if (json != null) {
      request.setContentType(MediaType.APPLICATION_JSON_VALUE);
      request.setContent(json.getBytes(StandardCharsets.UTF_8));
    }
    return request;
  }

  static MockHttpServletResponse json(int status, String body) {
    MockHttpServletResponse response = new MockHttpServletResponse();
    response.setStatus(status);
    response.setContentType(status < 400 ? MediaType.APPLICATION_JSON_VALUE
        : MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    try {
      response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return response;
  }

  static List<String> messages(ValidationReport report) {
    return report.getMessages().stream().map(ApiContract::describe).toList();
  }
}

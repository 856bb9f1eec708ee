package fr.hen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import fr.hen.AccessEntry.Call;
import fr.hen.AccessMatrix.Target;
import fr.hen.AccessWorld.Site;
import fr.hen.platform.Role;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The access matrix (issue 9): every operation of {@code /v3/api-docs} × every role × own and other organisation's
 * records, against the expectations of {@link AccessMatrix}. No credentials → 401; a role not allowed → 403; an
 * allowed role on another organisation's record → 404 (or what the table says for public records); an allowed role on
 * its own → the operation's success status, exactly. No answer ever shows a text of {@link AccessWorld#secrets()} to a
 * role that may not read it. An operation of the document without an entry, or an entry without an operation, fails.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options",
      "trace");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  AccessWorld world;
  Set<String> documented;

  @BeforeAll
  void setUp() throws Exception {
    world = new AccessWorld(mvc, jdbc);
    String json = mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    documented = new TreeSet<>();
    JsonMapper.shared().readTree(json).path("paths").propertyStream().forEach(path -> METHODS.stream()
        .filter(method -> path.getValue().has(method))
        .forEach(method -> documented.add(method.toUpperCase() + " " + path.getKey())));
  }

  @TestFactory
  Stream<DynamicNode> accessMatrix() {
    Map<String, AccessEntry> table = AccessMatrix.ENTRIES.stream()
        .collect(Collectors.toMap(AccessEntry::operation, Function.identity()));
    List<DynamicNode> nodes = new ArrayList<>();
    nodes.add(dynamicTest("every operation of /v3/api-docs has an entry in AccessMatrix", () ->
        assertThat(documented).as("operations without an entry: decide who may call them in AccessMatrix.ENTRIES")
            .allMatch(table::containsKey)));
    nodes.add(dynamicTest("every entry of AccessMatrix is an operation of /v3/api-docs", () ->
        assertThat(table.keySet()).as("entries of operations that /v3/api-docs no longer has")
            .allMatch(documented::contains)));
    AccessMatrix.ENTRIES.stream().filter(entry -> documented.contains(entry.operation()))
        .map(entry -> dynamicContainer(entry.operation(), cases(entry)))
        .forEach(nodes::add);
    return nodes.stream();
  }

  private Stream<DynamicTest> cases(AccessEntry entry) {
    List<DynamicTest> cases = new ArrayList<>();
    String anonymous = entry.operation() + " · no credentials → 401";
    cases.add(dynamicTest(anonymous, () -> {
      Site own = world.hospitalA;
      MockHttpServletResponse response = send(entry, entry.sample().call(world, own, own), null);
      assertThat(response.getStatus()).as("%s: status", anonymous).isEqualTo(401);
      assertProblem(anonymous, response);
      assertNoSecret(anonymous, response, null);
    }));
    for (Role role : Role.values()) {
      Site home = world.home(role);
      for (Target target : entry.targetsFor(home != world.partner)) {
        int expected = entry.expected(role, target);
        String name = "%s · %s · %s → %d".formatted(entry.operation(), role, target.label, expected);
        cases.add(dynamicTest(name, () -> check(name, entry, role, target, expected)));
      }
    }
    return cases.stream();
  }

  private void check(String name, AccessEntry entry, Role role, Target target, int expected) throws Exception {
    Site home = world.home(role);
    Site org = target == Target.OWN || target == Target.MIXED ? home : world.hospitalB;
    Site ref = target == Target.OWN ? home : world.hospitalB;
    MockHttpServletResponse response = send(entry, entry.sample().call(world, org, ref), role);
    assertThat(response.getStatus()).as("%s: status (answer %s)", name, response.getContentAsString())
        .isEqualTo(expected);
    if (expected >= 400) {
      assertProblem(name, response);
    }
    if (expected == 200 && entry.filtersByRecord()) {
      if (target == Target.OTHER) {
        assertThat(total(response)).as("%s: the page of another organisation's record is empty", name).isZero();
      } else if (home != world.partner) {
        assertThat(total(response)).as("%s: the page of the hospital's own record is not empty", name).isPositive();
      }
    }
    assertNoSecret(name, response, role);
  }

  private MockHttpServletResponse send(AccessEntry entry, Call call, Role role) throws Exception {
    AbstractMockHttpServletRequestBuilder<?> request = request(HttpMethod.valueOf(entry.method()), entry.path(),
        call.pathVariables().toArray());
    if (call.file() != null) {
      request = multipart(HttpMethod.valueOf(entry.method()), entry.path(), call.pathVariables().toArray())
          .file(new MockMultipartFile("file", "document.pdf", "application/pdf", call.file()));
    }
    call.query().forEach(request::queryParam);
    if (call.body() != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(call.body());
    }
    if (role != null) {
      request.with(user(world.caller(role)));
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  private static long total(MockHttpServletResponse response) throws Exception {
    return JsonMapper.shared().readTree(response.getContentAsString()).path("total").asLong(-1);
  }

  private static void assertProblem(String name, MockHttpServletResponse response) {
    assertThat(response.getContentType()).as("%s: content type", name).startsWith("application/problem+json");
  }

  /** No answer shows a secret to a caller (null: nobody signed in) that may not read it. */
  private void assertNoSecret(String name, MockHttpServletResponse response, Role role) throws Exception {
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    for (AccessWorld.Secret secret : world.secrets()) {
      if (role == null || !secret.readers().contains(role)) {
        assertThat(body).as("%s: the answer shows %s", name, secret.what()).doesNotContain(secret.text());
      }
    }
  }
}

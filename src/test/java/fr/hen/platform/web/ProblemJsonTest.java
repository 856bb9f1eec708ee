package fr.hen.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ProblemJsonTest {

  @Test
  void aFieldNameWithQuotesAndControlCharacters_staysValidJson() {
    String json = ProblemJson.of(400, "urn:hen:problem:malformed-request", "Invalid parameter",
        "control characters are not allowed", "q\"\\\u0001");
    var tree = JsonMapper.builder().build().readTree(json);
    assertThat(tree.get("errors").get(0).get("field").asString()).isEqualTo("q\"\\\u0001");
    assertThat(tree.get("detail").asString()).isEqualTo("q\"\\\u0001: control characters are not allowed");
  }
}

package fr.hen.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiExceptionHandlerTest {

  @Test
  void propertyPaths_areReportedWithTheirJsonNames() {
    assertThat(ApiExceptionHandler.jsonName("admittedAt")).isEqualTo("admitted_at");
    assertThat(ApiExceptionHandler.jsonName("patient.birthDate")).isEqualTo("patient.birth_date");
    assertThat(ApiExceptionHandler.jsonName("contacts[2].email")).isEqualTo("contacts[2].email");
    assertThat(ApiExceptionHandler.jsonName("answerDelayHours")).isEqualTo("answer_delay_hours");
  }
}

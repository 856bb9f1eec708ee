package fr.hen.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import org.junit.jupiter.api.Test;

class OpenApiSchemasTest {

  @Test
  void namingStrategy_isJacksonsOfTheSameName() {
    assertThat(OpenApiSchemas.namingStrategy("SNAKE_CASE")).isSameAs(PropertyNamingStrategies.SNAKE_CASE);
    assertThat(OpenApiSchemas.namingStrategy("KEBAB_CASE")).isSameAs(PropertyNamingStrategies.KEBAB_CASE);
  }

  @Test
  void unknownNamingStrategy_stopsTheStart() {
    assertThatIllegalStateException().isThrownBy(() -> OpenApiSchemas.namingStrategy("SNAKY"));
  }

  @Test
  void localDateTimePattern_takesWhatJacksonWritesAndReads() {
    assertThat("2026-03-14T09:30:00").matches(OpenApiSchemas.LOCAL_DATE_TIME);
    assertThat("2026-03-14T09:30").matches(OpenApiSchemas.LOCAL_DATE_TIME);
    assertThat("2026-03-14T09:30:00.123456").matches(OpenApiSchemas.LOCAL_DATE_TIME);
    assertThat("2026-03-14T09:30:00+01:00").doesNotMatch(OpenApiSchemas.LOCAL_DATE_TIME);
    assertThat("2026-03-14T09:30:00Z").doesNotMatch(OpenApiSchemas.LOCAL_DATE_TIME);
  }
}

package fr.hen.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the OpenAPI schemas describe the JSON that the API writes and reads. swagger-core looks at classes with its
 * own Jackson 2 mapper, which knows nothing of the application's (Jackson 3) settings: it is given the same naming
 * strategy ({@code spring.jackson.property-naming-strategy}), and local date-times are described as what Jackson
 * writes, an ISO 8601 date and time without offset, not as RFC 3339 {@code date-time} (which requires one).
 */
@Configuration
class OpenApiSchemas {

  /** What Jackson writes and accepts for a {@link LocalDateTime}: seconds and fraction optional on input. */
  static final String LOCAL_DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$";

  static {
    SpringDocUtils.getConfig().replaceWithSchema(LocalDateTime.class, new StringSchema().format("local-date-time")
        .pattern(LOCAL_DATE_TIME).example("2026-03-14T09:30:00")
        .description("Local date and time of the hospital, ISO 8601 without offset"));
  }

  /** Replaces swagger-core's default model resolver (springdoc registers model converter beans in its place). */
  @Bean
  ModelResolver jsonNamingModelResolver(SpringDocConfigProperties springDoc,
      @Value("${spring.jackson.property-naming-strategy:LOWER_CAMEL_CASE}") String naming) {
    boolean openapi31 = springDoc.isOpenapi31();
    ObjectMapper mapper = (openapi31 ? Json31.mapper() : Json.mapper()).copy();
    mapper.setPropertyNamingStrategy(namingStrategy(naming));
    return new ModelResolver(mapper).openapi31(openapi31);
  }

  /**
   * A nullable enum property (type {@code [string, null]}) also lists {@code null} among its values: JSON Schema
   * checks {@code enum} on its own, so without it a null value would not match the document.
   */
  @Bean
  OpenApiCustomizer nullInNullableEnums() {
    return api -> {
      for (Schema<?> schema : api.getComponents().getSchemas().values()) {
        if (schema.getProperties() != null) {
          schema.getProperties().values().forEach(OpenApiSchemas::allowNullValue);
        }
      }
    };
  }

  /**
   * Request bodies are closed ({@code additionalProperties: false}), nested objects included: the API refuses a
   * property it does not know (400 naming it) instead of dropping it.
   */
  @Bean
  OpenApiCustomizer closedRequestBodies() {
    return api -> api.getPaths().values().forEach(item -> item.readOperations().stream()
        .filter(operation -> operation.getRequestBody() != null && operation.getRequestBody().getContent() != null)
        .flatMap(operation -> operation.getRequestBody().getContent().values().stream())
        .forEach(media -> close(media.getSchema(), api.getComponents().getSchemas(), new HashSet<>())));
  }

  private static void close(Schema<?> schema, Map<String, Schema> components, Set<String> seen) {
    if (schema == null) {
      return;
    }
    if (schema.get$ref() != null) {
      String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
      if (seen.add(name)) {
        close(components.get(name), components, seen);
      }
      return;
    }
    if (schema.getProperties() != null) {
      schema.setAdditionalProperties(false);
      schema.getProperties().values().forEach(property -> close(property, components, seen));
    }
    close(schema.getItems(), components, seen);
  }

  @SuppressWarnings("unchecked")
  private static void allowNullValue(Schema<?> property) {
    List<Object> values = (List<Object>) property.getEnum();
    if (values != null && property.getTypes() != null && property.getTypes().contains("null")
        && !values.contains(null)) {
      values.add(null);
    }
  }

  /** The Jackson 2 strategy of the name Spring Boot's property takes ({@code SNAKE_CASE}, {@code KEBAB_CASE}…). */
  static PropertyNamingStrategy namingStrategy(String name) {
    try {
      return (PropertyNamingStrategy) PropertyNamingStrategies.class.getField(name.trim()).get(null);
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException("Unknown spring.jackson.property-naming-strategy: " + name, e);
    }
  }
}

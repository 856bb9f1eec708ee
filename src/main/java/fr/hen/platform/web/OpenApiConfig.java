package fr.hen.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document of {@code /api/v1}: title, HTTP Basic security, error format. */
@Configuration
class OpenApiConfig {

  @Bean
  OpenAPI henOpenApi() {
    return new OpenAPI()
        .info(new Info().title("HEN API").version("v1").description("""
            Hospital Engagement Network: network directory, units, beds and stays. JSON fields are snake_case; \
            lists are pages {items, page, size, total, total_pages}; every error is RFC 9457 \
            application/problem+json (validation errors list {field, message} under "errors", conflicts carry a \
            stable "code"). Properties that a request body does not define are refused with 400 naming them. \
            Date-times are the hospital's local time without offset (2026-03-14T09:30:00). Patient data is \
            limited to the caller's organisation and every access is audited."""))
        .components(new Components().addSecuritySchemes("basic",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }

  /**
   * Documents the errors every operation can answer, as RFC 9457 problem details: 400, 401, 403 and 429 everywhere,
   * 404 where the path names a record, 409 and 422 where the request changes something.
   */
  @Bean
  OpenApiCustomizer problemResponses() {
    return api -> {
      api.getComponents().addSchemas("Problem", problemSchema());
      api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
        ApiResponses responses = operation.getResponses();
        add(responses, "400", "Malformed JSON, an unknown property, or a value or parameter of the wrong type "
            + "(named in detail and errors)");
        add(responses, "401", "Not signed in: HTTP Basic credentials are required");
        add(responses, "403", "The caller's role does not allow this operation");
        add(responses, "429", "Too many failed sign-ins from this address or for this account: wait the seconds "
            + "of Retry-After");
        if (path.contains("{")) {
          add(responses, "404", "No such record, or one of another organisation");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
          add(responses, "409", "Conflicts with the current state; the stable code says which");
          add(responses, "422", "Invalid fields, listed under errors with their messages");
        }
        // An error an operation documents itself (@ApiResponse with a code and a description) is a problem too.
        responses.forEach((status, response) -> {
          if (status.startsWith("4")) {
            response.setContent(problemContent());
          }
        });
      }));
    };
  }

  private static Schema<?> problemSchema() {
    Schema<?> error = new ObjectSchema().addProperty("field", new StringSchema())
        .addProperty("message", new StringSchema());
    return new ObjectSchema().description("RFC 9457 problem details")
        .addProperty("type", new StringSchema().format("uri"))
        .addProperty("title", new StringSchema())
        .addProperty("status", new IntegerSchema())
        .addProperty("detail", new StringSchema())
        .addProperty("instance", new StringSchema().format("uri-reference"))
        .addProperty("code", new StringSchema().description("409 only: a stable reason, e.g. bed-unavailable"))
        .addProperty("errors", new ArraySchema().items(error)
            .description("400 and 422: the unknown or invalid fields, by their JSON path (patient.birth_date)"));
  }

  private static void add(ApiResponses responses, String status, String description) {
    if (!responses.containsKey(status)) {
      responses.addApiResponse(status, new ApiResponse().description(description).content(problemContent()));
    }
  }

  private static Content problemContent() {
    return new Content().addMediaType("application/problem+json",
        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
  }
}

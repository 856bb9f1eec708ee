package fr.hen.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
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
            stable "code"). Patient data is limited to the caller's organisation and every access is audited."""))
        .components(new Components().addSecuritySchemes("basic",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }
}

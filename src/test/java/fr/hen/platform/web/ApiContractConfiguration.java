package fr.hen.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.web.context.WebApplicationContext;

/**
 * Adds {@link ApiContract} to every MockMvc that Spring Boot builds for a test ({@code @AutoConfigureMockMvc}, and so
 * {@code @PostgresIntegrationTest} and {@code @H2SmokeTest}): listed in
 * {@code META-INF/spring/org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc.imports}, so a new
 * test's API calls are checked against the OpenAPI document without asking.
 */
@AutoConfiguration
public class ApiContractConfiguration {

  @Bean
  ApiContract apiContract(WebApplicationContext context) {
    return new ApiContract(context);
  }

  @Bean
  MockMvcBuilderCustomizer apiContractCheck(ApiContract contract) {
    return builder -> builder.alwaysDo(contract);
  }
}

package fr.hen.platform.web;

import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.H2SmokeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@H2SmokeTest
class ApiDocsTest {

  @Autowired MockMvc mvc;

  @Test
  void openApiDocument_isPublic_andDescribesTheFixedPaths() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.info.title").value("HEN API"))
        .andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"))
        .andExpect(jsonPath("$.paths", hasKey("/api/v1/organizations")))
        .andExpect(jsonPath("$.paths", hasKey("/api/v1/organizations/{code}")))
        .andExpect(jsonPath("$.paths", hasKey("/api/v1/units")))
        .andExpect(jsonPath("$.paths", hasKey("/api/v1/beds")))
        .andExpect(jsonPath("$.paths", hasKey("/api/v1/stays")))
        .andExpect(jsonPath("$.paths", hasKey("/api/v1/stays/{id}/transfer")))
        .andExpect(jsonPath("$.paths", hasKey("/api/v1/stays/{id}/discharge")));
  }

  @Test
  void everyOperation_documentsItsErrorsAsProblemDetails() throws Exception {
    String problem = "#/components/schemas/Problem";
    mvc.perform(get("/v3/api-docs"))
        .andExpect(jsonPath("$.components.schemas.Problem.properties.errors.type").value("array"))
        .andExpect(jsonPath("$.paths['/api/v1/stays'].post.responses['201']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/stays'].post.responses['200']").doesNotExist())
        .andExpect(jsonPath("$.paths['/api/v1/stays'].post.responses['409'].content['application/problem+json']"
            + ".schema.$ref").value(problem))
        .andExpect(jsonPath("$.paths['/api/v1/stays'].post.responses['422']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/organizations'].post.responses['201']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/stays/{id}'].get.responses['404'].content['application/problem+json']"
            + ".schema.$ref").value(problem))
        .andExpect(jsonPath("$.paths['/api/v1/units'].get.responses['401']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/units'].get.responses['404']").doesNotExist())
        .andExpect(jsonPath("$.paths['/api/v1/units'].get.responses['409']").doesNotExist());
  }

  @Test
  void swaggerUi_isServed() throws Exception {
    mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
  }

  @Test
  void healthAnswersUp_withoutSignIn() throws Exception {
    mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
  }
}

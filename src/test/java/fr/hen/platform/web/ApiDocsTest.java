package fr.hen.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.H2SmokeTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
  void propertyNames_areTheOnesSentAndAccepted() throws Exception {
    String json = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
    JsonNode schemas = JsonMapper.shared().readTree(json).path("components").path("schemas");
    List<String> names = schemas.propertyStream()
        .flatMap(schema -> schema.getValue().path("properties").propertyNames().stream()
            .map(name -> schema.getKey() + "." + name))
        .toList();
    assertThat(names).contains("AdmitRequest.admitted_at", "OrganisationData.partnership_status",
        "PlanRequest.expected_discharge_date", "PageSliceStayView.total_pages");
    assertThat(names).allMatch(name -> name.matches("\\w+\\.[a-z0-9_]+"), "snake_case");
  }

  @Test
  void schemas_sayWhatIsRequired_nullable_andHowLocalTimesAreWritten() throws Exception {
    String plan = "$.components.schemas.PlanRequest";
    mvc.perform(get("/v3/api-docs"))
        .andExpect(jsonPath("$.components.schemas.AdmitRequest.required", hasItem("admitted_at")))
        .andExpect(jsonPath(plan + ".properties.expected_discharge_date.type", hasItem("null")))
        .andExpect(jsonPath(plan + ".properties.medically_ready_at.format").value("local-date-time"))
        .andExpect(jsonPath(plan + ".properties.medically_ready_at.pattern").value(OpenApiSchemas.LOCAL_DATE_TIME))
        .andExpect(jsonPath("$.components.schemas.SmallCellInteger.required", hasItem("value")))
        .andExpect(jsonPath("$.components.schemas.SmallCellInteger.properties.suppression.enum", hasItem(nullValue())))
        .andExpect(jsonPath("$.paths['/api/v1/stays'].post.responses['201'].content['application/json']").exists());
  }

  @Test
  void everyOperation_documentsItsSuccess() throws Exception {
    String json = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
    List<String> withoutSuccess = JsonMapper.shared().readTree(json).path("paths").propertyStream()
        .flatMap(path -> path.getValue().propertyStream()
            .filter(op -> op.getValue().path("responses").propertyNames().stream().noneMatch(s -> s.startsWith("2")))
            .map(op -> op.getKey().toUpperCase() + " " + path.getKey()))
        .toList();
    assertThat(withoutSuccess).as("operations whose document names no 2xx answer").isEmpty();
  }

  @Test
  void requestBodies_refuseUnknownProperties() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(jsonPath("$.components.schemas.AdmitRequest.additionalProperties").value(false))
        .andExpect(jsonPath("$.components.schemas.PatientIdentity.additionalProperties").value(false))
        .andExpect(jsonPath("$.components.schemas.CapacityDeclaration.additionalProperties").value(false))
        .andExpect(jsonPath("$.components.schemas.StayView.additionalProperties").doesNotExist());
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

package fr.hen.network;

import static fr.hen.network.NetworkTestSupport.capability;
import static fr.hen.network.NetworkTestSupport.coordinator;
import static fr.hen.network.NetworkTestSupport.create;
import static fr.hen.network.NetworkTestSupport.unique;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** {@code PUT /api/v1/organizations/{code}/capacity}: each line is checked, the first broken field is named. */
@PostgresIntegrationTest
class CapacityApiTest {

  @Autowired MockMvc mvc;

  String organisation() throws Exception {
    String code = unique("CAPI-");
    create(mvc, code, "SMR Capacités", "SMR", "Arras", null, null, "ACTIVE", "[" + capability("DIALYSIS", 3, 1) + "]");
    return code;
  }

  static String line(String capability, Object places, Object free, String status) {
    return "{\"capability\":\"%s\",\"places\":%s,\"free_places\":%s,\"capacity_status\":\"%s\"}"
        .formatted(capability, places, free, status);
  }

  ResultActions declare(String code, String... lines) throws Exception {
    return mvc.perform(put("/api/v1/organizations/" + code + "/capacity").with(coordinator())
        .contentType(MediaType.APPLICATION_JSON).content("[" + String.join(",", lines) + "]"));
  }

  void unchanged(String code) throws Exception {
    mvc.perform(get("/api/v1/organizations/" + code).with(coordinator()))
        .andExpect(jsonPath("$.capabilities[*].code").value(contains("DIALYSIS")))
        .andExpect(jsonPath("$.capabilities[0].free_places").value(1));
  }

  void refused(String code, String field, String... lines) throws Exception {
    declare(code, lines)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value(field))
        .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    unchanged(code);
  }

  @Test
  void freePlacesAbovePlaces_namesTheLine() throws Exception {
    String code = organisation();
    refused(code, "capabilities[2].free_places", line("DIALYSIS", 3, 1, "AVAILABLE"),
        line("PALLIATIVE_CARE", 4, 0, "OCCUPIED"), line("BARIATRIC", 2, 3, "AVAILABLE"));
  }

  @Test
  void closedOrFullWithFreePlaces_isRefused() throws Exception {
    String code = organisation();
    refused(code, "capabilities[1].capacity_status", line("DIALYSIS", 3, 1, "AVAILABLE"),
        line("PALLIATIVE_CARE", 4, 2, "CLOSED"));
    refused(code, "capabilities[0].capacity_status", line("DIALYSIS", 3, 1, "OCCUPIED"));
  }

  @Test
  void absurdNumbersOfPlaces_areRefused() throws Exception {
    String code = organisation();
    refused(code, "capabilities[0].places", line("DIALYSIS", 1_000_000, 0, "AVAILABLE"));
    refused(code, "capabilities[0].places", line("DIALYSIS", -1, 0, "AVAILABLE"));
    refused(code, "capabilities[0].free_places", line("DIALYSIS", 3, -1, "AVAILABLE"));
    refused(code, "capabilities[0].free_places", line("DIALYSIS", 3, null, "AVAILABLE"));
  }

  @Test
  void closedOrFullWithoutFreePlaces_andSurgeWithFreePlaces_areAccepted() throws Exception {
    String code = organisation();
    declare(code, line("DIALYSIS", 3, 0, "CLOSED"), line("PALLIATIVE_CARE", 4, 0, "OCCUPIED"),
        line("BARIATRIC", 9999, 2, "SURGE"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.capabilities[*].code").value(contains("BARIATRIC", "DIALYSIS", "PALLIATIVE_CARE")));
  }
}

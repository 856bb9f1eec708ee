package fr.hen.network;

import static fr.hen.network.NetworkTestSupport.as;
import static fr.hen.network.NetworkTestSupport.capability;
import static fr.hen.network.NetworkTestSupport.coordinator;
import static fr.hen.network.NetworkTestSupport.create;
import static fr.hen.network.NetworkTestSupport.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.H2SmokeTest;
import fr.hen.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@H2SmokeTest
class NetworkH2SmokeTest {

  @Autowired MockMvc mvc;

  @Test
  void createsAndSearchesAnOrganisationOnH2() throws Exception {
    // unique code and name: the test may run again on the same database (PIT runs it once per mutant)
    String code = unique("H2-SMOKE-");
    String token = unique("Smoke");
    create(mvc, code, "HAD " + token, "HAD", "Tourcoing", 50.72, 3.16, "ACTIVE",
        "[" + capability("OXYGEN_THERAPY", 8, 3) + "]");
    mvc.perform(get("/api/v1/organizations?q=" + token + "&capability=OXYGEN_THERAPY&near=50.6292,3.0573")
            .with(as(1, Role.BED_MANAGER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].code").value(code))
        .andExpect(jsonPath("$.items[0].capabilities[0].free_places").value(3))
        .andExpect(jsonPath("$.items[0].distance_km").value(12.4));
  }

  @Test
  void searchesWithoutAccentsAndNearATownOnH2() throws Exception {
    create(mvc, "H2-ACCENT", "Hôpital Saint-Éloi", "HOSPITAL", "Béthune", 50.5303, 2.6408, "ACTIVE", "[]");
    mvc.perform(get("/api/v1/organizations").param("q", "HOPITAL eloi").param("near", "bethune")
            .with(as(1, Role.BED_MANAGER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].code").value("H2-ACCENT"))
        .andExpect(jsonPath("$.items[0].distance_km").value(0.0));
  }

  @Test
  void theDirectorysRules_areAppliedOnCreation_andContactsAreSaved() throws Exception {
    String body = """
        {"code":"%s","name":"SMR Règles","type":"SMR","city":"Lens","partnership_status":"ACTIVE"%s}""";
    String code = unique("H2-RULES-");
    mvc.perform(post("/api/v1/organizations").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
            .content(body.formatted(code, ",\"longitude\":2.8")))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("latitude"));
    mvc.perform(post("/api/v1/organizations").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
            .content(body.formatted(code, ",\"capabilities\":[" + capability("TELEPORTATION", 1, 1) + "]")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("capabilities[0].capability"));
    mvc.perform(post("/api/v1/organizations").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
            .content(body.formatted(code, ",\"contacts\":[{\"name\":\"Anne Martin\",\"role\":\" \"}]")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.contacts[0].name").value("Anne Martin"))
        .andExpect(jsonPath("$.contacts[0].role").doesNotExist());
    mvc.perform(post("/api/v1/organizations").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
            .content(body.formatted(code, "")))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("duplicate-code"));
  }
}

package fr.hen.network;

import static fr.hen.network.NetworkTestSupport.as;
import static fr.hen.network.NetworkTestSupport.capability;
import static fr.hen.network.NetworkTestSupport.coordinator;
import static fr.hen.network.NetworkTestSupport.create;
import static fr.hen.network.NetworkTestSupport.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import fr.hen.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@PostgresIntegrationTest
class OrganisationApiTest {

  @Autowired MockMvc mvc;
  @Autowired OrganisationDirectory directory;

  ResultActions searchAs(String query) throws Exception {
    return mvc.perform(get("/api/v1/organizations?" + query).with(as(1, Role.DISCHARGE_COORDINATOR)));
  }

  @Test
  void searchByQ_matchesNameOrCity_ignoringCase() throws Exception {
    String token = unique("Zorg");
    create(mvc, unique("Q-A"), "HAD " + token + " Nord", "HAD", "Lille", null, null, "ACTIVE", "[]");
    create(mvc, unique("Q-B"), "SSIAD Sud", "SSIAD", "Ville-" + token, null, null, "ACTIVE", "[]");
    create(mvc, unique("Q-C"), "EHPAD Other", "EHPAD", "Roubaix", null, null, "ACTIVE", "[]");
    searchAs("q=" + token.toUpperCase())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(2))
        .andExpect(jsonPath("$.items[*].name").value(contains("HAD " + token + " Nord", "SSIAD Sud")));
  }

  @Test
  void filtersByTypeCapabilityAndStatus() throws Exception {
    String token = unique("Filt");
    create(mvc, unique("F-A"), token + " A", "HAD", "Lille", null, null, "ACTIVE",
        "[" + capability("DIALYSIS", 3, 1) + "]");
    create(mvc, unique("F-B"), token + " B", "HAD", "Lille", null, null, "PROSPECT", "[]");
    create(mvc, unique("F-C"), token + " C", "SMR", "Lille", null, null, "PROSPECT",
        "[" + capability("DIALYSIS", 2, 2) + "]");
    searchAs("q=" + token + "&type=HAD").andExpect(jsonPath("$.items[*].name").value(contains(token + " A",
        token + " B")));
    searchAs("q=" + token + "&capability=DIALYSIS").andExpect(jsonPath("$.items[*].name").value(contains(
        token + " A", token + " C")));
    searchAs("q=" + token + "&status=PROSPECT&type=SMR")
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].name").value(token + " C"))
        .andExpect(jsonPath("$.items[0].partnership_status").value("PROSPECT"))
        .andExpect(jsonPath("$.items[0].capabilities[0].code").value("DIALYSIS"))
        .andExpect(jsonPath("$.items[0].capabilities[0].label").value("Dialyse"))
        .andExpect(jsonPath("$.items[0].capabilities[0].free_places").value(2));
  }

  @Test
  void near_sortsByDistance_andGivesDistanceInKm() throws Exception {
    String token = unique("Near");
    create(mvc, unique("N-P"), token + " Paris", "SMR", "Paris", 48.8566, 2.3522, "ACTIVE", "[]");
    create(mvc, unique("N-X"), token + " Nowhere", "SMR", "Inconnu", null, null, "ACTIVE", "[]");
    create(mvc, unique("N-A"), token + " Arras", "SMR", "Arras", 50.2910, 2.7775, "ACTIVE", "[]");
    create(mvc, unique("N-L"), token + " Lille", "SMR", "Lille", 50.6292, 3.0573, "ACTIVE", "[]");
    searchAs("q=" + token + "&near=50.6292,3.0573")
        .andExpect(jsonPath("$.items[*].city").value(contains("Lille", "Arras", "Paris", "Inconnu")))
        .andExpect(jsonPath("$.items[0].distance_km").value(0.0))
        .andExpect(jsonPath("$.items[1].distance_km").value(42.5))
        .andExpect(jsonPath("$.items[2].distance_km").value(203.5))
        .andExpect(jsonPath("$.items[3].distance_km").doesNotExist());
    searchAs("q=" + token).andExpect(jsonPath("$.items[0].distance_km").doesNotExist())
        .andExpect(jsonPath("$.items[*].city").value(contains("Arras", "Lille", "Inconnu", "Paris")));
  }

  @Test
  void pagination_givesTotalAndPages() throws Exception {
    String token = unique("Page");
    for (String suffix : new String[] {"A", "B", "C"}) {
      create(mvc, unique("P-" + suffix), token + " " + suffix, "EHPAD", "Douai", null, null, "ACTIVE", "[]");
    }
    searchAs("q=" + token + "&size=2")
        .andExpect(jsonPath("$.total").value(3))
        .andExpect(jsonPath("$.total_pages").value(2))
        .andExpect(jsonPath("$.size").value(2))
        .andExpect(jsonPath("$.items", hasSize(2)));
    searchAs("q=" + token + "&size=2&page=1")
        .andExpect(jsonPath("$.page").value(1))
        .andExpect(jsonPath("$.items[*].name").value(contains(token + " C")));
  }

  @Test
  void create_returns201WithLocationAndTheOrganisation() throws Exception {
    String code = unique("NEW-");
    mvc.perform(post("/api/v1/organizations").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"code":"%s","name":"HAD Flandre","type":"HAD","city":"Dunkerque","address":"2 quai",
                 "postcode":"59140","latitude":51.03,"longitude":2.37,"phone":"03 28 00 00 00",
                 "email":"had@example.org","partnership_status":"UNDER_SOLICITED","answer_delay_hours":48,
                 "capabilities":[{"capability":"PALLIATIVE_CARE","places":5,"free_places":2,
                 "capacity_status":"AVAILABLE"}],"contacts":[{"name":"Anne Martin","role":"IDEC"}]}"""
                .formatted(code)))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/v1/organizations/" + code))
        .andExpect(jsonPath("$.code").value(code))
        .andExpect(jsonPath("$.answer_delay_hours").value(48))
        .andExpect(jsonPath("$.active").value(true))
        .andExpect(jsonPath("$.capabilities[0].places").value(5))
        .andExpect(jsonPath("$.capabilities[0].capacity_status").value("AVAILABLE"))
        .andExpect(jsonPath("$.capabilities[0].declared_at").exists())
        .andExpect(jsonPath("$.contacts[0].name").value("Anne Martin"));
    mvc.perform(get("/api/v1/organizations/" + code).with(as(1, Role.PATIENT_PARTNER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.partnership_status").value("UNDER_SOLICITED"));
  }

  @Test
  void duplicateCode_isConflict() throws Exception {
    String code = unique("DUP-");
    create(mvc, code, "First", "HAD", "Lille", null, null, "ACTIVE", "[]");
    mvc.perform(post("/api/v1/organizations").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"code\":\"%s\",\"name\":\"Second\",\"type\":\"HAD\",\"city\":\"Lille\",".formatted(code)
                + "\"partnership_status\":\"ACTIVE\"}"))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.code").value("duplicate-code"));
  }

  @Test
  void unknownCode_isNotFound() throws Exception {
    mvc.perform(get("/api/v1/organizations/NO-SUCH-ORG").with(coordinator())).andExpect(status().isNotFound());
    mvc.perform(put("/api/v1/organizations/NO-SUCH-ORG").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"code\":\"NO-SUCH-ORG\",\"name\":\"X\",\"type\":\"HAD\",\"city\":\"Lille\","
                + "\"partnership_status\":\"ACTIVE\"}"))
        .andExpect(status().isNotFound());
  }

  @Test
  void latitude95_isUnprocessableNamingTheField() throws Exception {
    mvc.perform(post("/api/v1/organizations").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"code\":\"LAT-95\",\"name\":\"X\",\"type\":\"HAD\",\"city\":\"Lille\",\"latitude\":95,"
                + "\"longitude\":3,\"partnership_status\":\"ACTIVE\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("latitude"));
  }

  @Test
  void unknownCapabilityOrTooManyFreePlaces_isUnprocessableNamingTheField() throws Exception {
    String body = "{\"code\":\"%s\",\"name\":\"X\",\"type\":\"HAD\",\"city\":\"Lille\","
        + "\"partnership_status\":\"ACTIVE\",\"capabilities\":[%s]}";
    mvc.perform(post("/api/v1/organizations").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
            .content(body.formatted(unique("CAP-"), capability("TELEPORTATION", 1, 1))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("capabilities[0].capability"));
    mvc.perform(post("/api/v1/organizations").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
            .content(body.formatted(unique("CAP-"), capability("DIALYSIS", 1, 2))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("capabilities[0].free_places"));
  }

  @Test
  void malformedJson_isBadRequest() throws Exception {
    mvc.perform(post("/api/v1/organizations").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"code\":"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
  }

  @Test
  void unknownEnumValueInJson_isBadRequestNamingTheField() throws Exception {
    mvc.perform(post("/api/v1/organizations").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"code\":\"ENUM-1\",\"name\":\"X\",\"type\":\"CASTLE\",\"city\":\"Lille\","
                + "\"partnership_status\":\"ACTIVE\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("type"));
  }

  @Test
  void badNearOrTypeParameter_isBadRequestNamingTheParameter() throws Exception {
    searchAs("near=Nowhere-on-Earth").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("near"));
    searchAs("near=95,3").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("near"));
    searchAs("type=CASTLE").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("type"));
  }

  @Test
  void partnerDeclaringCapacityOfAnotherOrganisation_isForbidden() throws Exception {
    String mine = unique("MINE-");
    String other = unique("OTHER-");
    create(mvc, mine, "Mine", "HAD", "Lille", null, null, "ACTIVE", "[]");
    create(mvc, other, "Other", "HAD", "Lille", null, null, "ACTIVE", "[]");
    long myId = directory.findByCode(mine).orElseThrow().id();
    String body = "[" + capability("DIALYSIS", 4, 1) + "]";
    mvc.perform(put("/api/v1/organizations/" + other + "/capacity").with(as(myId, Role.PARTNER_COORDINATOR))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isForbidden());
    mvc.perform(put("/api/v1/organizations/" + mine + "/capacity").with(as(myId, Role.PARTNER_COORDINATOR))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.capabilities[0].code").value("DIALYSIS"))
        .andExpect(jsonPath("$.capabilities[0].places").value(4))
        .andExpect(jsonPath("$.capabilities[0].free_places").value(1));
    mvc.perform(get("/api/v1/organizations/" + other).with(coordinator()))
        .andExpect(jsonPath("$.capabilities", hasSize(0)));
  }

  @Test
  void nonCoordinatorCreating_isForbidden() throws Exception {
    mvc.perform(post("/api/v1/organizations").with(as(1, Role.PARTNER_COORDINATOR))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"code\":\"FORBID-1\",\"name\":\"X\",\"type\":\"HAD\",\"city\":\"Lille\","
                + "\"partnership_status\":\"ACTIVE\"}"))
        .andExpect(status().isForbidden());
  }

  @Test
  void update_replacesTheEditableFields() throws Exception {
    String code = unique("UPD-");
    create(mvc, code, "Before", "HAD", "Lille", null, null, "PROSPECT", "[" + capability("DIALYSIS", 1, 1) + "]");
    mvc.perform(put("/api/v1/organizations/" + code).with(coordinator()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"code\":\"%s\",\"name\":\"After\",\"type\":\"SMR\",\"city\":\"Lens\",".formatted(code)
                + "\"partnership_status\":\"ACTIVE\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("After"))
        .andExpect(jsonPath("$.type").value("SMR"))
        .andExpect(jsonPath("$.city").value("Lens"))
        .andExpect(jsonPath("$.capabilities[0].code").value("DIALYSIS"));
  }

  @Test
  void deactivated_isHiddenFromDefaultSearch() throws Exception {
    String token = unique("Gone");
    String code = unique("GONE-");
    create(mvc, code, token, "HAD", "Lille", null, null, "ACTIVE", "[]");
    searchAs("q=" + token).andExpect(jsonPath("$.total").value(1));
    mvc.perform(post("/api/v1/organizations/" + code + "/deactivate").with(coordinator()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.active").value(false));
    searchAs("q=" + token).andExpect(jsonPath("$.total").value(0));
    searchAs("q=" + token + "&inactive=true").andExpect(jsonPath("$.total").value(1));
  }

  @Test
  void invalidContactField_isUnprocessableNamingTheField_andNothingIsSaved() throws Exception {
    String code = unique("CONT-");
    create(mvc, code, "Contacts", "HAD", "Lille", null, null, "ACTIVE", "[]");
    mvc.perform(put("/api/v1/organizations/" + code + "/contacts").with(coordinator())
            .contentType(MediaType.APPLICATION_JSON)
            .content("[{\"name\":\"Anne\"},{\"name\":\"Paul\",\"email\":\"paul-at-example\"}]"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.errors[0].field").value("contacts[1].email"))
        .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    mvc.perform(put("/api/v1/organizations/" + code + "/contacts").with(coordinator())
            .contentType(MediaType.APPLICATION_JSON).content("[{\"role\":\"IDEC\"}]"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("contacts[0].name"));
    mvc.perform(get("/api/v1/organizations/" + code).with(coordinator()))
        .andExpect(jsonPath("$.contacts", hasSize(0)));
    mvc.perform(put("/api/v1/organizations/" + code + "/contacts").with(coordinator())
            .contentType(MediaType.APPLICATION_JSON).content("[{\"name\":\"Anne\",\"email\":\"a@example.org\"}]"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.contacts[0].email").value("a@example.org"));
  }
}

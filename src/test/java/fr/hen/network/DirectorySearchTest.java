package fr.hen.network;

import static fr.hen.network.NetworkTestSupport.as;
import static fr.hen.network.NetworkTestSupport.coordinator;
import static fr.hen.network.NetworkTestSupport.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import fr.hen.platform.Role;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * {@code GET /api/v1/organizations}: {@code q} ignores accents and case and needs every word in the name, the city
 * or the code; {@code near} is a town, a postcode or coordinates written with either decimal separator.
 */
@PostgresIntegrationTest
class DirectorySearchTest {

  static final AtomicInteger POSTCODES = new AtomicInteger();

  @Autowired MockMvc mvc;

  ResultActions search(String... parameters) throws Exception {
    var request = get("/api/v1/organizations").with(as(1, Role.DISCHARGE_COORDINATOR));
    for (int i = 0; i < parameters.length; i += 2) {
      request.param(parameters[i], parameters[i + 1]);
    }
    return mvc.perform(request);
  }

  void create(String code, String name, String type, String city, String postcode, Double lat, Double lon)
      throws Exception {
    String coordinates = lat == null ? "" : ",\"latitude\":" + lat + ",\"longitude\":" + lon;
    String post = postcode == null ? "" : ",\"postcode\":\"" + postcode + "\"";
    mvc.perform(post("/api/v1/organizations").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
            .content(("{\"code\":\"%s\",\"name\":\"%s\",\"type\":\"%s\",\"city\":\"%s\","
                + "\"partnership_status\":\"ACTIVE\"%s%s}").formatted(code, name, type, city, post, coordinates)))
        .andExpect(status().isCreated());
  }

  @Test
  void q_ignoresAccentsAndCase() throws Exception {
    String token = unique("Acc");
    create(unique("ACC-"), "Hôpital Sainte-Thérèse " + token, "HOSPITAL", "Béthune", null, null, null);
    create(unique("ACC-"), "Clinique " + token, "SMR", "Lens", null, null, null);
    for (String q : new String[] {"hopital " + token, "HÔPITAL " + token, "therese " + token,
        "bethune " + token.toLowerCase(), "Sainte Therese " + token, "BÉTHUNE " + token}) {
      search("q", q)
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.items[*].name").value(contains("Hôpital Sainte-Thérèse " + token)));
    }
  }

  @Test
  void q_needsEveryWord_inTheNameTheCityOrTheCode() throws Exception {
    String token = unique("Words");
    String ssiad = unique("WSSIAD-");
    create(unique("W-"), "HAD Métropole " + token, "HAD", "Lille", null, null, null);
    create(unique("W-"), "HAD Artois " + token, "HAD", "Lens", null, null, null);
    create(ssiad, "Soins infirmiers " + token, "SSIAD", "Lille", null, null, null);
    search("q", "HAD Lille " + token).andExpect(jsonPath("$.items[*].name").value(contains("HAD Métropole " + token)));
    search("q", "lille " + token).andExpect(jsonPath("$.total").value(2));
    search("q", token + " " + ssiad.toLowerCase())
        .andExpect(jsonPath("$.items[*].name").value(contains("Soins infirmiers " + token)));
    search("q", "HAD Roubaix " + token).andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void q_matchesPercentAndUnderscoreLiterally() throws Exception {
    String token = unique("Lit");
    create(unique("LIT-"), "Centre 100% " + token, "SMR", "Lens", null, null, null);
    create(unique("LIT-"), "Centre 1000 " + token, "SMR", "Lens", null, null, null);
    search("q", "100% " + token).andExpect(jsonPath("$.items[*].name").value(contains("Centre 100% " + token)));
    search("q", "c_ntre " + token).andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void near_aTownOfTheDirectory_isWhereItsOrganisationsAre() throws Exception {
    String token = unique("Town");
    String town = "Saint-Évrard-" + token;
    create(unique("T-"), "EHPAD " + token, "EHPAD", town, null, 50.0, 3.0);
    create(unique("T-"), "SMR " + token, "SMR", "Ailleurs", null, 50.5, 3.0);
    search("q", token, "near", "saint evrard " + token.toLowerCase())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].name").value(contains("EHPAD " + token, "SMR " + token)))
        .andExpect(jsonPath("$.items[0].distance_km").value(0.0))
        .andExpect(jsonPath("$.items[1].distance_km").value(55.6));
  }

  @Test
  void near_aPostcode_isWhereItsOrganisationsAre() throws Exception {
    String token = unique("Post");
    String postcode = "98%03d".formatted(POSTCODES.incrementAndGet() + (int) (System.nanoTime() % 500));
    create(unique("PC-"), "HAD " + token, "HAD", "Bourg", postcode, 50.5, 3.0);
    create(unique("PC-"), "SSIAD " + token, "SSIAD", "Village", null, 50.0, 3.0);
    search("q", token, "near", postcode)
        .andExpect(jsonPath("$.items[*].name").value(contains("HAD " + token, "SSIAD " + token)))
        .andExpect(jsonPath("$.items[1].distance_km").value(55.6));
  }

  @Test
  void near_coordinates_withEitherDecimalSeparator() throws Exception {
    String token = unique("Coord");
    create(unique("C-"), "SMR " + token, "SMR", "Lille", null, 50.6292, 3.0573);
    for (String near : new String[] {"50.2910,2.7775", "50,2910;2,7775", "50.2910 2.7775", "50,2910 2,7775",
        "50.2910, 2.7775", "50,2910, 2,7775", " 50.2910 ; 2.7775 "}) {
      search("q", token, "near", near)
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.items[0].distance_km").value(42.5));
    }
  }

  @Test
  void near_unknownTown_orBadCoordinates_is400NamingNear() throws Exception {
    for (String near : new String[] {"Atlantide-sur-Mer", "00000", "95,3", "50.6,abc"}) {
      search("near", near)
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
          .andExpect(jsonPath("$.errors[0].field").value("near"))
          .andExpect(jsonPath("$.errors[0].message").value(containsString(near.trim())));
    }
  }

  @Test
  void near_aTownNameFoundFarApart_asksForThePostcode() throws Exception {
    String token = unique("Twin");
    String town = "Villeneuve-" + token;
    create(unique("TW-"), "EHPAD Nord " + token, "EHPAD", town, null, 50.6, 3.1);
    create(unique("TW-"), "EHPAD Sud " + token, "EHPAD", town, null, 43.6, 1.4);
    search("near", town)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("near"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("postcode")));
  }

  @Test
  void results_giveTheFreePlacesOfEachCapability_withTheirDeclarationTime() throws Exception {
    String token = unique("Each");
    mvc.perform(post("/api/v1/organizations").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"code":"%s","name":"HAD %s","type":"HAD","city":"Lille","partnership_status":"ACTIVE",
                 "capabilities":[{"capability":"DIALYSIS","places":3,"free_places":1,"capacity_status":"AVAILABLE"},
                 {"capability":"PALLIATIVE_CARE","places":4,"free_places":4,"capacity_status":"AVAILABLE"}]}"""
                .formatted(unique("EACH-"), token)))
        .andExpect(status().isCreated());
    search("q", token)
        .andExpect(jsonPath("$.items[0].capabilities[*].free_places").value(contains(1, 4)))
        .andExpect(jsonPath("$.items[0].capabilities[0].declared_at").exists())
        .andExpect(jsonPath("$.items[0].free_places").doesNotExist());
  }
}

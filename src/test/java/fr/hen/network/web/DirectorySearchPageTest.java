package fr.hen.network.web;

import static fr.hen.network.web.DirectoryPagesTest.COORDINATOR;
import static fr.hen.network.web.DirectoryPagesTest.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The directory page: accent-free search, distance from a town, free places per capability. */
@PostgresIntegrationTest
class DirectorySearchPageTest {

  @Autowired MockMvc mvc;

  void create(String name, String city, Double lat, Double lon, String capabilities) throws Exception {
    String coordinates = lat == null ? "" : ",\"latitude\":" + lat + ",\"longitude\":" + lon;
    mvc.perform(post("/api/v1/organizations").with(user(COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
            .content(("{\"code\":\"%s\",\"name\":\"%s\",\"type\":\"HAD\",\"city\":\"%s\","
                + "\"partnership_status\":\"ACTIVE\",\"capabilities\":%s%s}")
                .formatted(unique("DSP-"), name, city, capabilities, coordinates)))
        .andExpect(status().isCreated());
  }

  static String capability(String code, int places, int free, String status) {
    return "{\"capability\":\"%s\",\"places\":%d,\"free_places\":%d,\"capacity_status\":\"%s\"}"
        .formatted(code, places, free, status);
  }

  @Test
  void searchWithoutAccents_findsAccentedNames() throws Exception {
    String token = unique("Pacc");
    create("Hôpital à domicile Élan " + token, "Lille", null, null, "[]");
    mvc.perform(get("/organisations").param("q", "hopital elan " + token.toUpperCase()).with(user(COORDINATOR)))
        .andExpect(content().string(containsString("Hôpital à domicile Élan " + token)));
  }

  @Test
  void nearATown_sortsByDistanceFromIt() throws Exception {
    String token = unique("Ptown");
    create("HAD Centre " + token, "Bourg-" + token, 50.0, 3.0, "[]");
    create("HAD Loin " + token, "Ailleurs", 50.5, 3.0, "[]");
    mvc.perform(get("/organisations").param("q", token).param("near", "bourg " + token).with(user(COORDINATOR)))
        .andExpect(content().string(containsString("55,6 km")))
        .andExpect(content().string(containsString("value=\"bourg " + token + "\"")));
  }

  @Test
  void nearAnUnknownTown_isSaidOnTheField_inThePageLanguage() throws Exception {
    mvc.perform(get("/organisations").param("near", "Atlantide").with(user(COORDINATOR)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"near-error\"")))
        .andExpect(content().string(containsString("« Atlantide »")))
        .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    mvc.perform(get("/organisations").param("near", "Atlantide").param("lang", "en").with(user(COORDINATOR)))
        .andExpect(content().string(containsString("id=\"near-error\"")))
        .andExpect(content().string(containsString("No town or postcode")));
  }

  @Test
  void eachCapability_showsItsOwnFreePlaces_neverASum() throws Exception {
    String token = unique("Psum");
    create("HAD Somme " + token, "Lille", null, null, "[" + capability("DIALYSIS", 3, 1, "AVAILABLE") + ","
        + capability("PALLIATIVE_CARE", 4, 4, "SURGE") + "," + capability("BARIATRIC", 2, 0, "CLOSED") + "]");
    mvc.perform(get("/organisations").param("q", token).with(user(COORDINATOR)))
        .andExpect(content().string(containsString("1 place libre sur 3")))
        .andExpect(content().string(containsString("4 places libres sur 4")))
        .andExpect(content().string(containsString("0 place libre sur 2")))
        .andExpect(content().string(not(containsString(">5<"))))
        .andExpect(content().string(containsString("déclarée à l’instant")));
    mvc.perform(get("/organisations").param("q", token).param("capability", "PALLIATIVE_CARE")
            .with(user(COORDINATOR)))
        .andExpect(content().string(containsString("4 places libres sur 4")))
        .andExpect(content().string(not(containsString("1 place libre sur 3"))));
    mvc.perform(get("/organisations").param("q", token).param("lang", "en").with(user(COORDINATOR)))
        .andExpect(content().string(containsString("1 free place of 3")));
  }
}

package fr.hen.network.web;

import static fr.hen.network.web.DirectoryPagesTest.COORDINATOR;
import static fr.hen.network.web.DirectoryPagesTest.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import fr.hen.network.Capacity;
import fr.hen.network.OrganisationDirectory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The capacity form of an organisation page: every line is checked, a broken line is shown with its error in the
 * page's language and the typed values, and nothing is saved.
 */
@PostgresIntegrationTest
class CapacityFormTest {

  @Autowired MockMvc mvc;
  @Autowired OrganisationDirectory directory;

  /** An HAD declaring dialysis, 3 places of which 1 free. */
  String organisation() throws Exception {
    String code = unique("CAP-");
    mvc.perform(post("/api/v1/organizations").with(user(COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"code":"%s","name":"HAD Capacités","type":"HAD","city":"Lille","partnership_status":"ACTIVE",
                 "capabilities":[{"capability":"DIALYSIS","places":3,"free_places":1,"capacity_status":"AVAILABLE"}]}"""
                .formatted(code)))
        .andExpect(status().isCreated());
    return code;
  }

  List<Capacity> capacityOf(String code) {
    return directory.findByCode(code).orElseThrow().capabilities();
  }

  /** The form with dialysis on its first line (places, free places, status as typed). */
  MockHttpServletRequestBuilder declare(String code, String places, String free, String status) {
    return post("/organisations/" + code + "/capacity").with(csrf()).with(user(COORDINATOR))
        .param("rows[0].capability", "DIALYSIS").param("rows[0].places", places).param("rows[0].freePlaces", free)
        .param("rows[0].capacityStatus", status);
  }

  MockHttpServletRequestBuilder declare(String code) {
    return declare(code, "3", "1", "AVAILABLE");
  }

  /** Posts the form, checks that it was refused and nothing saved, and renders the page it goes back to. */
  ResultActions refused(String code, MockHttpServletRequestBuilder form, String lang) throws Exception {
    MvcResult posted = mvc.perform(form)
        .andExpect(redirectedUrl("/organisations/" + code))
        .andExpect(flash().attributeExists("capacityForm"))
        .andExpect(flash().attributeCount(2))
        .andReturn();
    assertThat(capacityOf(code)).singleElement().satisfies(c -> {
      assertThat(c.code()).isEqualTo("DIALYSIS");
      assertThat(c.places()).isEqualTo(3);
      assertThat(c.freePlaces()).isEqualTo(1);
    });
    return mvc.perform(get("/organisations/" + code).param("lang", lang).with(user(COORDINATOR))
            .flashAttrs(posted.getFlashMap()))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Capacités déclarées."))));
  }

  @Test
  void freePlacesWithoutPlaces_isAnErrorOnItsLine_notADeletedLine() throws Exception {
    String code = organisation();
    refused(code, declare(code).param("rows[1].capability", "PALLIATIVE_CARE").param("rows[1].places", "")
        .param("rows[1].freePlaces", "2").param("rows[1].capacityStatus", "AVAILABLE"), "fr")
        .andExpect(content().string(containsString("id=\"rows1.places-error\"")))
        .andExpect(content().string(containsString("Indiquez le nombre de places")))
        .andExpect(content().string(containsString("name=\"rows[1].freePlaces\" value=\"2\"")))
        .andExpect(content().string(not(containsString("id=\"rows0.places-error\""))));
  }

  @Test
  void freePlacesAbovePlaces_isAnErrorOnItsLine_inFrench() throws Exception {
    String code = organisation();
    refused(code, declare(code, "3", "5", "AVAILABLE"), "fr")
        .andExpect(content().string(containsString("id=\"rows0.freePlaces-error\"")))
        .andExpect(content().string(containsString("Pas plus de 3 places libres")))
        .andExpect(content().string(containsString("name=\"rows[0].freePlaces\" value=\"5\"")))
        .andExpect(content().string(not(containsString("free places must"))));
  }

  @Test
  void freePlacesAbovePlaces_isAnErrorInEnglish_onTheEnglishPage() throws Exception {
    String code = organisation();
    refused(code, declare(code, "3", "5", "AVAILABLE"), "en")
        .andExpect(content().string(containsString("No more than 3 free places")));
  }

  @Test
  void closedOrFullWithFreePlaces_isAnError() throws Exception {
    String code = organisation();
    refused(code, declare(code, "3", "1", "CLOSED"), "fr")
        .andExpect(content().string(containsString("id=\"rows0.capacityStatus-error\"")))
        .andExpect(content().string(containsString("n’a aucune place libre")));
    refused(code, declare(code, "3", "1", "OCCUPIED"), "fr")
        .andExpect(content().string(containsString("id=\"rows0.capacityStatus-error\"")));
  }

  @Test
  void negativeAbsurdOrUnreadableNumbers_areErrors_notDeletedLines() throws Exception {
    String code = organisation();
    refused(code, declare(code, "-2", "1", "AVAILABLE"), "fr")
        .andExpect(content().string(containsString("id=\"rows0.places-error\"")))
        .andExpect(content().string(containsString("Entre 0 et 9")));
    refused(code, declare(code, "250000", "0", "AVAILABLE"), "fr")
        .andExpect(content().string(containsString("id=\"rows0.places-error\"")));
    refused(code, declare(code, "99999999999", "1", "AVAILABLE"), "fr")
        .andExpect(content().string(containsString("Nombre entier attendu")))
        .andExpect(content().string(containsString("value=\"99999999999\"")));
    refused(code, declare(code, "3", "-1", "AVAILABLE"), "fr")
        .andExpect(content().string(containsString("id=\"rows0.freePlaces-error\"")));
  }

  @Test
  void aConsistentDeclaration_isSaved() throws Exception {
    String code = organisation();
    mvc.perform(declare(code, "3", "0", "OCCUPIED")
            .param("rows[1].capability", "PALLIATIVE_CARE").param("rows[1].places", "").param("rows[1].freePlaces", ""))
        .andExpect(flash().attribute("message", "network.capacity.saved"));
    assertThat(capacityOf(code)).singleElement().satisfies(c -> assertThat(c.freePlaces()).isZero());
  }
}

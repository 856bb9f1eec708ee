package fr.hen.network.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import fr.hen.network.CapacityDeclaration;
import fr.hen.network.CapacityStatus;
import fr.hen.network.OrganisationData;
import fr.hen.network.OrganisationDirectory;
import fr.hen.network.OrganisationProfile;
import fr.hen.network.OrganisationType;
import fr.hen.network.PartnershipStatus;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PostgresIntegrationTest
class DirectoryPagesTest {

  static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 10_000));
  static final HenUser COORDINATOR = new HenUser(9001, "coord", null, "Coordinatrice", 1,
      List.of(Role.NETWORK_COORDINATOR), true, false);

  @Autowired MockMvc mvc;
  @Autowired OrganisationDirectory directory;
  @Autowired JdbcClient jdbc;

  static String unique(String prefix) {
    return prefix + SEQUENCE.incrementAndGet();
  }

  static RequestPostProcessor as(HenUser u) {
    return user(u);
  }

  static HenUser partnerOf(long organisationId) {
    return new HenUser(9002, "partner", null, "Partenaire", organisationId, List.of(Role.PARTNER_COORDINATOR), true,
        false);
  }

  OrganisationProfile organisation(String code, String name, OrganisationType type, String city, Double lat,
      Double lon) {
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
        COORDINATOR, null, COORDINATOR.getAuthorities()));
    try {
      return directory.create(COORDINATOR, new OrganisationData(code, type, name, null, null, null, city, lat, lon,
          null, null, PartnershipStatus.ACTIVE, 24, null,
          List.of(new CapacityDeclaration("DIALYSIS", 3, 1, CapacityStatus.AVAILABLE)), List.of()));
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  @Test
  void directory_rendersResultsInFrench_andInEnglishOnRequest() throws Exception {
    String token = unique("Page");
    organisation(unique("PG-"), "HAD " + token, OrganisationType.HAD, "Lille", null, null);
    mvc.perform(get("/organisations").param("q", token).with(as(COORDINATOR)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Annuaire du réseau")))
        .andExpect(content().string(containsString("HAD " + token)))
        .andExpect(content().string(containsString("Hospitalisation à domicile (HAD)")))
        .andExpect(content().string(containsString("hx-trigger=\"input changed delay:300ms, search\"")));
    mvc.perform(get("/organisations").param("q", token).param("lang", "en").with(as(COORDINATOR)))
        .andExpect(content().string(containsString("Network directory")))
        .andExpect(content().string(containsString("Hospital at home (HAD)")));
  }

  @Test
  void htmxSearch_returnsTheResultsFragmentOnly() throws Exception {
    String token = unique("Frag");
    organisation(unique("FR-"), "SMR " + token, OrganisationType.SMR, "Lens", null, null);
    mvc.perform(get("/organisations").param("q", token).header("HX-Request", "true").with(as(COORDINATOR)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("SMR " + token)))
        .andExpect(content().string(not(containsString("site-header"))));
  }

  @Test
  void directory_showsEmptyState() throws Exception {
    mvc.perform(get("/organisations").param("q", "no-such-organisation-anywhere").with(as(COORDINATOR)))
        .andExpect(content().string(containsString("Aucun établissement ne correspond")));
  }

  @Test
  void sortingFromAHospital_showsDistances() throws Exception {
    String token = unique("Dist");
    String hospital = unique("CHU-");
    organisation(hospital, "CHU Lille", OrganisationType.HOSPITAL, "Lille", 50.6292, 3.0573);
    organisation(unique("DI-"), "SMR " + token, OrganisationType.SMR, "Arras", 50.2910, 2.7775);
    mvc.perform(get("/organisations").param("q", token).param("from", hospital).with(as(COORDINATOR)))
        .andExpect(content().string(containsString("42,5 km")));
  }

  @Test
  void formErrors_areShownInline_andTypedValuesKept() throws Exception {
    mvc.perform(post("/organisations").with(csrf()).with(as(COORDINATOR))
            .param("code", "bad code").param("type", "HAD").param("name", "HAD Hainaut").param("city", "Valenciennes")
            .param("latitude", "95").param("longitude", "3.5").param("partnershipStatus", "ACTIVE"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"latitude-error\"")))
        .andExpect(content().string(containsString("id=\"code-error\"")))
        .andExpect(content().string(containsString("aria-describedby=\"latitude-error\"")))
        .andExpect(content().string(containsString("value=\"Valenciennes\"")))
        .andExpect(content().string(containsString("value=\"bad code\"")));
  }

  @Test
  void duplicateCode_isShownOnTheCodeField() throws Exception {
    String code = unique("DP-");
    organisation(code, "Existing", OrganisationType.EHPAD, "Lille", null, null);
    mvc.perform(post("/organisations").with(csrf()).with(as(COORDINATOR))
            .param("code", code).param("type", "EHPAD").param("name", "Another").param("city", "Lille")
            .param("partnershipStatus", "ACTIVE"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Ce code est déjà utilisé")));
  }

  @Test
  void createForm_redirectsToTheNewOrganisationPage() throws Exception {
    String code = unique("CR-");
    mvc.perform(post("/organisations").with(csrf()).with(as(COORDINATOR))
            .param("code", code).param("type", "SSIAD").param("name", "SSIAD Flandre").param("city", "Bailleul")
            .param("latitude", "").param("partnershipStatus", "PROSPECT"))
        .andExpect(redirectedUrl("/organisations/" + code));
    mvc.perform(get("/organisations/" + code).with(as(COORDINATOR)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("SSIAD Flandre")))
        .andExpect(content().string(containsString("Désactiver")));
  }

  @Test
  void partner_seesTheCapacityFormOnTheirOwnPageOnly_andDeclares() throws Exception {
    OrganisationProfile mine = organisation(unique("OWN-"), "HAD Mine", OrganisationType.HAD, "Lille", null, null);
    OrganisationProfile other = organisation(unique("OTH-"), "HAD Other", OrganisationType.HAD, "Lille", null, null);
    HenUser partner = partnerOf(mine.id());
    mvc.perform(get("/organisations/mine").with(as(partner))).andExpect(redirectedUrl("/organisations/" + mine.code()));
    mvc.perform(get("/organisations/" + mine.code()).with(as(partner)))
        .andExpect(content().string(containsString("Déclarer les capacités")))
        .andExpect(content().string(not(containsString("Désactiver"))));
    mvc.perform(get("/organisations/" + other.code()).with(as(partner)))
        .andExpect(content().string(not(containsString("Déclarer les capacités"))));
    mvc.perform(post("/organisations/" + other.code() + "/capacity").with(csrf()).with(as(partner))
            .param("rows[0].capability", "DIALYSIS").param("rows[0].places", "2"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/organisations/" + mine.code() + "/capacity").with(csrf()).with(as(partner))
            .param("rows[0].capability", "PALLIATIVE_CARE").param("rows[0].places", "6")
            .param("rows[0].freePlaces", "4").param("rows[0].capacityStatus", "SURGE")
            .param("rows[1].capability", "DIALYSIS"))
        .andExpect(redirectedUrl("/organisations/" + mine.code()));
    assertThat(directory.findByCode(mine.code()).orElseThrow().capabilities())
        .singleElement().satisfies(c -> {
          assertThat(c.code()).isEqualTo("PALLIATIVE_CARE");
          assertThat(c.places()).isEqualTo(6);
          assertThat(c.freePlaces()).isEqualTo(4);
          assertThat(c.capacityStatus()).isEqualTo(CapacityStatus.SURGE);
        });
  }

  @Test
  void newForm_isForbiddenToPartners() throws Exception {
    mvc.perform(get("/organisations/new").with(as(partnerOf(1)))).andExpect(status().isForbidden());
  }

  @Test
  void directory_showsFreePlacesOfTheFilteredCapability_andHowLongAgoTheyWereDeclared() throws Exception {
    String token = unique("Free");
    OrganisationProfile had = organisation(unique("FP-"), "HAD " + token, OrganisationType.HAD, "Lille", null, null);
    jdbc.sql("UPDATE organisation_capability SET declared_at = :at WHERE organisation_id = :id")
        .param("at", java.time.LocalDateTime.now().minusMinutes(3 * 60 + 10)).param("id", had.id()).update();
    var page = mvc.perform(get("/organisations").param("q", token).param("capability", "DIALYSIS")
            .with(as(COORDINATOR)))
        .andExpect(content().string(containsString("déclarée il y a 3 h")))
        .andReturn();
    assertThat((List<?>) page.getModelAndView().getModel().get("entries")).singleElement()
        .isInstanceOfSatisfying(DirectoryEntry.class, e -> {
          assertThat(e.organisation().code()).isEqualTo(had.code());
          assertThat(e.capacities()).singleElement().satisfies(line -> {
            assertThat(line.freePlaces()).isEqualTo(1);
            assertThat(line.places()).isEqualTo(3);
            assertThat(line.age()).isEqualTo(new DeclarationAge(3, "hours"));
          });
        });
    mvc.perform(get("/organisations").param("q", token).param("capability", "PALLIATIVE_CARE").with(as(COORDINATOR)))
        .andExpect(content().string(containsString("Aucun établissement ne correspond")));
    mvc.perform(get("/organisations").param("q", token).param("lang", "en").header("HX-Request", "true")
            .with(as(COORDINATOR)))
        .andExpect(content().string(containsString("declared 3 h ago")));
  }
}

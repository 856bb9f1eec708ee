package fr.hen.adt.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The monitor's page of announced movements ({@code /adt/pending}): the open ones of the user's hospital only. */
@PostgresIntegrationTest
@Transactional
class AnnouncedMovementsIntegrationTest {

  private static final LocalDateTime NOON = LocalDateTime.of(2026, 12, 2, 12, 0);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  StaysFixture fixture;
  long org;
  long other;
  HenUser bedManager;

  @BeforeEach
  void hospitals() {
    fixture = new StaysFixture(jdbc);
    org = fixture.organisation("HOSPITAL");
    other = fixture.organisation("HOSPITAL");
    bedManager = StaysFixture.user(org, Role.BED_MANAGER);
  }

  void pending(long organisation, String visit, String kind, LocalDateTime expected, String status, String... place) {
    jdbc.sql("""
            INSERT INTO adt_pending (organisation_id, visit_number, kind, unit_code, room_code, bed_code, expected_at,
                                     status, control_id, created_at)
            VALUES (:org, :visit, :kind, :unit, :room, :bed, :at, :status, :control, :created)""")
        .param("org", organisation).param("visit", visit).param("kind", kind)
        .param("unit", place.length > 0 ? place[0] : null).param("room", place.length > 1 ? place[1] : null)
        .param("bed", place.length > 2 ? place[2] : null).param("at", expected).param("status", status)
        .param("control", "C-" + visit).param("created", NOON.minusHours(3)).update();
  }

  String page(HenUser as, MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();
  }

  String page(HenUser as) throws Exception {
    return page(as, get("/adt/pending"));
  }

  @Test
  void theMonitorLinksToThePage() throws Exception {
    assertThat(page(bedManager, get("/adt/messages"))).contains("href=\"/adt/pending\"",
        "Mouvements annoncés par le système d&#39;admission");
  }

  @Test
  void noOpenMovement_showsTheEmptyState() throws Exception {
    pending(org, "VDONE", "TRANSFER", NOON, "DONE", "MED", "101", "A");
    pending(org, "VCANC", "DISCHARGE", NOON, "CANCELLED");
    pending(other, "VOTHER", "TRANSFER", NOON, "OPEN", "MED", "101", "A");
    assertThat(page(bedManager)).contains("<h1>Mouvements annoncés</h1>", "Aucun mouvement annoncé en attente.")
        .doesNotContain("<table", "VDONE", "VCANC", "VOTHER");
  }

  @Test
  void openMovementsOfTheHospitalOnly_byExpectedTime_withTheirTarget() throws Exception {
    pending(org, "VLEAVE", "LEAVE", NOON.plusHours(2), "OPEN");
    pending(org, "VTRANS", "TRANSFER", NOON.plusHours(1), "OPEN", "CARDIO", "204", "B");
    pending(org, "VNOTIME", "DISCHARGE", null, "OPEN");
    pending(org, "VDISCH", "DISCHARGE", NOON, "OPEN");
    pending(org, "VDONE", "TRANSFER", NOON, "DONE", "MED", "101", "A");
    pending(other, "VOTHER", "TRANSFER", NOON, "OPEN", "MED", "101", "A");

    String html = page(bedManager);
    assertThat(html).contains("02/12/2026 12:00", "CARDIO / 204 / B", "Mutation", "Sortie", "Permission",
        "Non précisé", "href=\"/adt/messages?visit=VTRANS\"").doesNotContain("VOTHER", "VDONE",
        "Aucun mouvement annoncé");
    assertThat(html.indexOf("VDISCH")).isLessThan(html.indexOf("VTRANS"));
    assertThat(html.indexOf("VTRANS")).isLessThan(html.indexOf("VLEAVE"));
    assertThat(html.indexOf("VLEAVE")).as("no expected time: last").isLessThan(html.indexOf("VNOTIME"));

    // the other hospital's bed manager sees only its own
    assertThat(page(StaysFixture.user(other, Role.BED_MANAGER))).contains("VOTHER").doesNotContain("VTRANS");
  }

  @Test
  void filterByKind() throws Exception {
    pending(org, "VTRANS", "TRANSFER", NOON, "OPEN", "MED", "101", "A");
    pending(org, "VDISCH", "DISCHARGE", NOON, "OPEN");
    pending(org, "VLEAVE", "LEAVE", NOON, "OPEN");
    assertThat(page(bedManager, get("/adt/pending").param("kind", "DISCHARGE"))).contains("VDISCH")
        .containsPattern("value=\"DISCHARGE\"\\s+selected").doesNotContain("VTRANS", "VLEAVE");
    assertThat(page(bedManager, get("/adt/pending").param("kind", "leave"))).contains("VLEAVE")
        .doesNotContain("VTRANS", "VDISCH");
    assertThat(page(bedManager, get("/adt/pending").param("kind", "NONSENSE")))
        .as("an unknown kind shows all").contains("VTRANS", "VDISCH", "VLEAVE");
  }

  @Test
  void moreThanFifty_comeInPages() throws Exception {
    for (int i = 0; i < 55; i++) {
      pending(org, "VP%03d".formatted(i), "DISCHARGE", NOON.plusMinutes(i), "OPEN");
    }
    String first = page(bedManager);
    assertThat(first).contains("VP000", "VP049", "class=\"pager\"").doesNotContain("VP050");
    assertThat(page(bedManager, get("/adt/pending").param("page", "1"))).contains("VP050", "VP054")
        .doesNotContain("VP049");
  }

  @Test
  void eachReadIsAudited_namingTheVisitsShown() throws Exception {
    pending(org, "VAUD1", "TRANSFER", NOON, "OPEN", "MED");
    page(bedManager, get("/adt/pending").param("kind", "TRANSFER"));
    assertThat(jdbc.sql("""
            SELECT detail FROM audit_event WHERE username = :u AND action = 'READ'
              AND resource_type = 'AdtPendingMovement' AND organisation_id = :org""")
        .param("u", bedManager.name()).param("org", org).query(String.class).list())
        .containsExactly("announced movements TRANSFER, page 1, 1 shown: VAUD1");
  }

  @Test
  void theAdministratorReadsIt_otherRolesAreRefused() throws Exception {
    pending(org, "VADM", "LEAVE", NOON, "OPEN");
    assertThat(page(StaysFixture.user(org, Role.ADMIN))).contains("VADM");
    for (Role role : new Role[] {Role.PHYSICIAN, Role.DISCHARGE_COORDINATOR, Role.QUALITY_MANAGER,
        Role.NETWORK_COORDINATOR}) {
      mvc.perform(get("/adt/pending").with(user(StaysFixture.user(org, role)))).andExpect(status().isForbidden());
    }
    mvc.perform(get("/adt/pending")).andExpect(status().is3xxRedirection());
  }
}

package fr.hen.stays.beds;

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

import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

class BoardActionsIntegrationTest extends OneRoomBoardTest {

  ResultActions act(HenUser as, long bed, String action, String reason) throws Exception {
    var request = post("/beds/{id}/status", bed).with(user(as)).with(csrf()).param("action", action)
        .param("unit", unit);
    return mvc.perform(reason == null ? request : request.param("reason", reason));
  }

  String board() throws Exception {
    return mvc.perform(get("/beds").param("unit", unit).with(user(bedManager)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  String actions(long bed, boolean htmx) throws Exception {
    var request = get("/beds/{id}/actions", bed).param("unit", unit).with(user(bedManager));
    return mvc.perform(htmx ? request.header("HX-Request", "true") : request)
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  @Test
  void board_linksEachBedToItsStatusActions_withoutRenderingTheFormsUpFront() throws Exception {
    assertThat(board()).contains("Changer le statut du lit 101-A",
            "class=\"bed-actions-link\" href=\"/beds/" + freeBed + "/actions?unit=")
        .doesNotContain("Bloquer le lit 101-A");
  }

  @Test
  void fromHtmx_aStatusChange_answersTheBoardFragment_withTheMessageAndTheBedToFocus() throws Exception {
    String fragment = mvc.perform(post("/beds/{id}/status", freeBed).with(user(bedManager)).with(csrf())
            .header("HX-Request", "true").param("action", "BLOCK").param("reason", "Fuite d'eau").param("unit", unit))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(fixture.bedStatus(freeBed)).isEqualTo("BLOCKED");
    assertThat(fragment).doesNotContain("<html").contains("id=\"board\"", "Fuite d&#39;eau",
        "id=\"board-status\" hx-swap-oob=\"innerHTML\"", "data-bed=\"" + freeBed + "\"");

    String invalid = mvc.perform(post("/beds/{id}/status", freeBed).with(user(bedManager)).with(csrf())
            .header("HX-Request", "true").param("action", "RESERVE").param("unit", unit))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(fixture.bedStatus(freeBed)).isEqualTo("BLOCKED");
    assertThat(invalid).doesNotContain("<html", "Statut du lit modifié").contains("role=\"alert\"",
        "id=\"bed-error-" + freeBed + "\"", "data-bed=\"" + freeBed + "\"");
  }

  @Test
  void statusActions_ofAFreeBed_areLabelledForms() throws Exception {
    assertThat(actions(freeBed, true)).contains("Bloquer le lit 101-A", "Réserver le lit 101-A",
        "for=\"reason-" + freeBed + "\"", "name=\"_csrf\"").doesNotContain("Débloquer le lit 101-A", "<html");
    assertThat(actions(freeBed, false)).contains("<html", "Bloquer le lit 101-A", "Retour au tableau des lits");
  }

  @Test
  void statusActions_areForbiddenToPhysicians_andNotFoundForAnotherHospital() throws Exception {
    mvc.perform(get("/beds/{id}/actions", freeBed).with(user(StaysFixture.user(org, Role.PHYSICIAN))))
        .andExpect(status().isForbidden());
    HenUser stranger = StaysFixture.user(fixture.organisation("HOSPITAL"), Role.BED_MANAGER);
    mvc.perform(get("/beds/{id}/actions", freeBed).with(user(stranger))).andExpect(status().isNotFound());
  }

  @Test
  void board_offersNoStatusAction_toPhysicians() throws Exception {
    mvc.perform(get("/beds").param("unit", unit).with(user(StaysFixture.user(org, Role.PHYSICIAN))))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Bloquer le lit 101-A"))));
  }

  @Test
  void blockWithoutReason_keepsTheBedFree_andShowsTheErrorNextToIt() throws Exception {
    act(bedManager, freeBed, "BLOCK", "  ").andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"bed-error-" + freeBed + "\"")))
        .andExpect(content().string(containsString("Indiquez le motif du blocage")))
        .andExpect(content().string(containsString("aria-invalid=\"true\"")))
        .andExpect(content().string(containsString("Bloquer le lit 101-A")));
    assertThat(fixture.bedStatus(freeBed)).isEqualTo("FREE");
    assertThat(fixture.count("SELECT COUNT(*) FROM audit_event WHERE resource_type = 'Bed' AND resource_id = ?",
        String.valueOf(freeBed))).isZero();
  }

  @Test
  void blockWithReason_blocksTheBed_andTheBoardShowsTheReason() throws Exception {
    act(bedManager, freeBed, "BLOCK", "Oxygen outlet broken").andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/beds?unit=" + unit + "#bed-" + freeBed))
        .andExpect(flash().attribute("message", "board.statusChanged"));
    assertThat(fixture.bedStatus(freeBed)).isEqualTo("BLOCKED");
    assertThat(board()).contains("Motif : Oxygen outlet broken");
    assertThat(actions(freeBed, true)).contains("Débloquer le lit 101-A");
    assertThat(fixture.count("SELECT COUNT(*) FROM audit_event WHERE resource_type = 'Bed' AND resource_id = ? "
        + "AND detail = 'BLOCK'", String.valueOf(freeBed))).isEqualTo(1);
  }

  @Test
  void cleaningDone_thenReady_freesTheBed_inTwoSteps() throws Exception {
    long cleaning = fixture.bed(room, "B", "CLEANING", null);
    assertThat(actions(cleaning, true)).contains("Nettoyage du lit 101-B terminé").doesNotContain("prêt");
    act(bedManager, cleaning, "READY", null).andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"bed-error-" + cleaning + "\"")));
    assertThat(fixture.bedStatus(cleaning)).isEqualTo("CLEANING");
    act(bedManager, cleaning, "CLEANED", null).andExpect(status().is3xxRedirection());
    assertThat(fixture.bedStatus(cleaning)).isEqualTo("CLEANED");
    assertThat(board()).contains("Nettoyé, à préparer");
    assertThat(actions(cleaning, true)).contains("Lit 101-B prêt (fait et vérifié)");
    act(bedManager, cleaning, "READY", null).andExpect(status().is3xxRedirection());
    assertThat(fixture.bedStatus(cleaning)).isEqualTo("FREE");
    assertThat(fixture.count("SELECT COUNT(*) FROM audit_event WHERE resource_type = 'Bed' AND resource_id = ? "
        + "AND detail IN ('CLEANED', 'READY')", String.valueOf(cleaning))).isEqualTo(2);
  }

  @Test
  void reserveThenUnreserve_freesTheBedAgain() throws Exception {
    act(bedManager, freeBed, "RESERVE", null).andExpect(status().is3xxRedirection());
    assertThat(fixture.bedStatus(freeBed)).isEqualTo("RESERVED");
    act(bedManager, freeBed, "UNRESERVE", null).andExpect(status().is3xxRedirection());
    assertThat(fixture.bedStatus(freeBed)).isEqualTo("FREE");
  }

  @Test
  void impossibleTransition_isShownNextToTheBed_andChangesNothing() throws Exception {
    act(bedManager, freeBed, "CLEANED", null).andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"bed-error-" + freeBed + "\"")));
    assertThat(fixture.bedStatus(freeBed)).isEqualTo("FREE");
  }

  @Test
  void nonBedManager_isForbidden_andTheBedUnchanged() throws Exception {
    for (Role role : new Role[] {Role.PHYSICIAN, Role.DISCHARGE_COORDINATOR, Role.QUALITY_MANAGER}) {
      act(StaysFixture.user(org, role), freeBed, "BLOCK", "Leak").andExpect(status().isForbidden());
    }
    assertThat(fixture.bedStatus(freeBed)).isEqualTo("FREE");
  }

  @Test
  void bedOfAnotherHospital_isNotFound() throws Exception {
    HenUser stranger = StaysFixture.user(fixture.organisation("HOSPITAL"), Role.BED_MANAGER);
    act(stranger, freeBed, "RESERVE", null).andExpect(status().isNotFound());
    assertThat(fixture.bedStatus(freeBed)).isEqualTo("FREE");
  }
}

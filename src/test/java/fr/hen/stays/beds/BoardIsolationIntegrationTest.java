package fr.hen.stays.beds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

/** The isolation form of a bed on the board (`POST /beds/{id}/isolation`), for the bed manager. */
class BoardIsolationIntegrationTest extends OneRoomBoardTest {

  ResultActions isolate(HenUser as, long bed, String isolation, String reason, boolean htmx) throws Exception {
    var request = post("/beds/{id}/isolation", bed).with(user(as)).with(csrf()).param("unit", unit);
    if (isolation != null) {
      request.param("isolation", isolation);
    }
    if (reason != null) {
      request.param("reason", reason);
    }
    return mvc.perform(htmx ? request.header("HX-Request", "true") : request);
  }

  String isolation(long bed) {
    return jdbc.sql("SELECT COALESCE(isolation, '-') || '|' || COALESCE(isolation_reason, '-') FROM bed WHERE id = ?")
        .param(bed).query(String.class).single();
  }

  long audited(long bed) {
    return fixture.count("SELECT COUNT(*) FROM audit_event WHERE resource_type = 'Bed' AND resource_id = ? "
        + "AND action = 'UPDATE' AND detail LIKE 'isolation %'", String.valueOf(bed));
  }

  String body(ResultActions result) throws Exception {
    return result.andReturn().getResponse().getContentAsString();
  }

  String actions(long bed) throws Exception {
    return body(mvc.perform(get("/beds/{id}/actions", bed).param("unit", unit).with(user(bedManager))
        .header("HX-Request", "true")).andExpect(status().isOk()));
  }

  @Test
  void actions_offerTheIsolationForm_andTheLiftOnlyForAnIsolatedBed() throws Exception {
    assertThat(actions(freeBed)).contains("Isolement du lit 101-A", "for=\"isolation-" + freeBed + "\"",
        "for=\"isolation-reason-" + freeBed + "\"", "Enregistrer l&#39;isolement du lit 101-A",
        "hx-post=\"/beds/" + freeBed + "/isolation\"", "name=\"_csrf\"")
        .doesNotContain("Lever l&#39;isolement");
    jdbc.sql("UPDATE bed SET isolation = 'CONTAMINATED' WHERE id = ?").param(freeBed).update();
    assertThat(actions(freeBed)).contains("Lever l&#39;isolement du lit 101-A", "value=\"NONE\"")
        .containsPattern("value=\"CONTAMINATED\"\\s+selected");
  }

  @Test
  void anOccupiedBed_hasNoStatusAction_butIsLinkedToItsIsolation() throws Exception {
    long occupied = fixture.bed(room, "B", "OCCUPIED", null);
    String board = body(mvc.perform(get("/beds").param("unit", unit).with(user(bedManager)))
        .andExpect(status().isOk()));
    assertThat(board).contains("class=\"bed-actions-link\" href=\"/beds/" + occupied + "/actions?unit=");
    assertThat(actions(occupied)).contains("Isolement du lit 101-B").doesNotContain("Bloquer le lit 101-B");
  }

  @Test
  void setThenLift_changesTheBed_auditsEach_andTheBoardShowsIt() throws Exception {
    isolate(bedManager, freeBed, "ISOLATED", " BMR ", false).andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/beds?unit=" + unit + "#bed-" + freeBed))
        .andExpect(flash().attribute("message", "board.isolation.changed"));
    assertThat(isolation(freeBed)).isEqualTo("ISOLATED|BMR");
    assertThat(fixture.bedStatus(freeBed)).as("isolation leaves the status").isEqualTo("FREE");
    assertThat(body(mvc.perform(get("/beds").param("unit", unit).with(user(bedManager)))))
        .contains("class=\"tag isolation\">Isolement<");

    String fragment = body(isolate(bedManager, freeBed, "NONE", null, true).andExpect(status().isOk()));
    assertThat(fragment).doesNotContain("<html").contains("id=\"board\"", "Isolement du lit modifié.",
        "data-bed=\"" + freeBed + "\"");
    assertThat(isolation(freeBed)).isEqualTo("-|-");
    assertThat(audited(freeBed)).isEqualTo(2);
  }

  @Test
  void anOccupiedBed_isContaminatedWithoutChangingItsStatus() throws Exception {
    long occupied = fixture.bed(room, "B", "OCCUPIED", null);
    isolate(bedManager, occupied, "CONTAMINATED", "", true).andExpect(status().isOk());
    assertThat(isolation(occupied)).isEqualTo("CONTAMINATED|-");
    assertThat(fixture.bedStatus(occupied)).isEqualTo("OCCUPIED");
  }

  @Test
  void aDoubleSubmit_changesNothingTheSecondTime() throws Exception {
    isolate(bedManager, freeBed, "CONTAMINATED", "Clostridium", true).andExpect(status().isOk());
    String second = body(isolate(bedManager, freeBed, "CONTAMINATED", "Clostridium", true)
        .andExpect(status().isOk()));
    assertThat(second).contains("Isolement du lit modifié.").doesNotContain("role=\"alert\"");
    assertThat(isolation(freeBed)).isEqualTo("CONTAMINATED|Clostridium");
    assertThat(audited(freeBed)).isEqualTo(1);

    isolate(bedManager, freeBed, "NONE", null, false).andExpect(status().is3xxRedirection());
    isolate(bedManager, freeBed, "NONE", null, false).andExpect(status().is3xxRedirection());
    assertThat(isolation(freeBed)).isEqualTo("-|-");
    assertThat(audited(freeBed)).isEqualTo(2);
  }

  @Test
  void anUnknownValue_isShownNextToTheBed_keepingTheReason_andChangesNothing() throws Exception {
    for (String bad : new String[] {"QUARANTINE", "", null, "isolated"}) {
      String fragment = body(isolate(bedManager, freeBed, bad, "Gale", true).andExpect(status().isOk()));
      assertThat(fragment).as(bad).contains("id=\"bed-error-" + freeBed + "\"", "role=\"alert\"",
          "Choisissez le type d&#39;isolement", "aria-invalid=\"true\"", "value=\"Gale\"")
          .doesNotContain("Isolement du lit modifié.");
    }
    assertThat(isolation(freeBed)).isEqualTo("-|-");
    assertThat(audited(freeBed)).isZero();
  }

  @Test
  void aReasonTooLong_isShownOnTheReason_keepingWhatWasTyped() throws Exception {
    String reason = "x".repeat(201);
    String page = body(isolate(bedManager, freeBed, "ISOLATED", reason, false).andExpect(status().isOk()));
    assertThat(page).contains("<html", "Le motif de l&#39;isolement a 200 caractères au plus.", "value=\"" + reason
        + "\"").containsPattern("value=\"ISOLATED\"\\s+selected");
    assertThat(isolation(freeBed)).isEqualTo("-|-");
  }

  @Test
  void anotherHospitalsBed_isNotFound() throws Exception {
    HenUser stranger = StaysFixture.user(fixture.organisation("HOSPITAL"), Role.BED_MANAGER);
    isolate(stranger, freeBed, "ISOLATED", null, false).andExpect(status().isNotFound());
    isolate(stranger, freeBed, "QUARANTINE", null, true).andExpect(status().isNotFound());
    assertThat(isolation(freeBed)).isEqualTo("-|-");
  }

  @Test
  void otherRoles_areForbidden_andTheBedUnchanged() throws Exception {
    for (Role role : new Role[] {Role.PHYSICIAN, Role.DISCHARGE_COORDINATOR, Role.ADMIN, Role.QUALITY_MANAGER}) {
      isolate(StaysFixture.user(org, role), freeBed, "ISOLATED", "BMR", false).andExpect(status().isForbidden());
    }
    mvc.perform(post("/beds/{id}/isolation", freeBed).with(user(bedManager)).param("isolation", "ISOLATED"))
        .andExpect(status().isForbidden());
    assertThat(isolation(freeBed)).isEqualTo("-|-");
  }
}

package fr.hen.stays.stay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import fr.hen.MutableClock;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The cancel window (24 h after the movement was recorded) read from the application's clock, which the tests move
 * on (only forwards: each test counts from wherever the clock stands); and the stay page's cancellation forms,
 * offered within the window only.
 */
class CancelWindowIntegrationTest extends OneBedHospitalTest {

  static final MutableClock CLOCK = new MutableClock(LocalDateTime.of(2026, 3, 14, 10, 30)
      .atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
  static final Duration WINDOW = Duration.ofHours(24);

  @TestBean Clock clock;

  static Clock clock() {
    return CLOCK;
  }

  HenUser physician;

  @BeforeEach
  void physician() {
    physician = StaysFixture.user(org, Role.PHYSICIAN);
  }

  LocalDateTime now() {
    return LocalDateTime.now(CLOCK);
  }

  long admitted() throws Exception {
    String body = mvc.perform(post("/api/v1/stays").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
            .content(StayApiIntegrationTest.admitJson(StaysFixture.unique("M"), unit, bed, now().minusHours(1))))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return ((Number) JsonPath.read(body, "$.id")).longValue();
  }

  void discharge(long stay) throws Exception {
    mvc.perform(post("/api/v1/stays/{id}/discharge", stay).with(user(bedManager))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"discharged_at\":\"" + now() + "\",\"destination\":\"HOME\"}"))
        .andExpect(status().isOk());
  }

  ResultActions cancel(String what, long stay, HenUser as) throws Exception {
    return mvc.perform(post("/api/v1/stays/{id}/cancel-" + what, stay).with(user(as))
        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Wrong patient\"}"));
  }

  ResultActions page(long stay, HenUser as) throws Exception {
    return mvc.perform(get("/stays/{id}", stay).with(user(as))).andExpect(status().isOk());
  }

  ResultActions cancelForm(String what, long stay, HenUser as, String reason) throws Exception {
    return mvc.perform(post("/stays/{id}/cancel-" + what, stay).with(user(as)).with(csrf()).param("reason", reason));
  }

  @Test
  void cancelAdmission_atTheLastMinuteOfTheWindow_isAccepted() throws Exception {
    long stay = admitted();
    CLOCK.advance(WINDOW);
    cancel("admission", stay, bedManager).andExpect(status().isNoContent());
    assertThat(fixture.bedStatus(bed)).isEqualTo("FREE");
  }

  @Test
  void cancelAdmission_aMinuteAfterTheWindow_isCancelWindowPassed_andChangesNothing() throws Exception {
    long stay = admitted();
    CLOCK.advance(WINDOW.plusMinutes(1));
    cancel("admission", stay, bedManager).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("cancel-window-passed"));
    assertThat(fixture.bedStatus(bed)).isEqualTo("OCCUPIED");
    assertThat(fixture.count("SELECT COUNT(*) FROM stay WHERE id = ? AND voided = FALSE", stay)).isEqualTo(1);
  }

  @Test
  void cancelDischarge_countsFromTheDischargesRecording_notTheAdmissions() throws Exception {
    long stay = admitted();
    CLOCK.advance(Duration.ofHours(30));
    discharge(stay);
    CLOCK.advance(Duration.ofHours(23));
    cancel("discharge", stay, physician).andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("IN_HOSPITAL"));
  }

  @Test
  void cancelDischarge_aMinuteAfterTheWindow_isCancelWindowPassed() throws Exception {
    long stay = admitted();
    discharge(stay);
    CLOCK.advance(WINDOW.plusMinutes(1));
    cancel("discharge", stay, physician).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("cancel-window-passed"));
    assertThat(fixture.bedStatus(bed)).isEqualTo("CLEANING");
  }

  @Test
  void stayPage_offersCancellingTheAdmission_toTheBedManager_withinTheWindowOnly() throws Exception {
    long stay = admitted();
    String form = "action=\"/stays/" + stay + "/cancel-admission\"";
    page(stay, bedManager).andExpect(content().string(containsString(form)))
        .andExpect(content().string(containsString("data-confirm=\"Annuler cette admission ?")))
        .andExpect(content().string(containsString("data-confirm=\"Enregistrer la sortie de ce patient ?")))
        .andExpect(content().string(containsString("dans les 24 heures")));
    page(stay, physician).andExpect(content().string(not(containsString(form))));
    CLOCK.advance(WINDOW.plusMinutes(1));
    page(stay, bedManager).andExpect(content().string(not(containsString(form))));
  }

  @Test
  void cancelAdmissionForm_afterTheWindow_showsTheConflict_keepingTheReason() throws Exception {
    long stay = admitted();
    CLOCK.advance(WINDOW.plusHours(1));
    cancelForm("admission", stay, bedManager, "Mauvais patient").andExpect(status().isOk())
        .andExpect(content().string(containsString("Le délai d’annulation est dépassé")))
        .andExpect(content().string(containsString("value=\"Mauvais patient\"")));
    assertThat(fixture.bedStatus(bed)).isEqualTo("OCCUPIED");
  }

  @Test
  void cancelAdmissionForm_withoutReason_showsTheErrorOnTheField() throws Exception {
    long stay = admitted();
    cancelForm("admission", stay, bedManager, "  ").andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"cancel-admission-reason-error\"")))
        .andExpect(content().string(containsString("Indiquez le motif de l’annulation.")))
        .andExpect(content().string(containsString("aria-invalid=\"true\"")));
  }

  @Test
  void cancelAdmissionForm_leadsToTheList_andSoDoesASecondSubmit() throws Exception {
    long stay = admitted();
    cancelForm("admission", stay, bedManager, "Mauvais patient").andExpect(redirectedUrl("/stays"))
        .andExpect(flash().attribute("message", "stays.admissionCancelled"));
    cancelForm("admission", stay, bedManager, "Mauvais patient").andExpect(redirectedUrl("/stays"));
    mvc.perform(get("/stays/{id}", stay).with(user(bedManager))).andExpect(status().isNotFound());
  }

  @Test
  void dischargedStayPage_offersCancellingTheDischarge_thenShowsItVoided() throws Exception {
    long stay = admitted();
    discharge(stay);
    String form = "action=\"/stays/" + stay + "/cancel-discharge\"";
    page(stay, physician).andExpect(content().string(containsString(form)))
        .andExpect(content().string(containsString("data-confirm=\"Annuler cette sortie ?")));
    cancelForm("discharge", stay, physician, "Sortie saisie sur le mauvais dossier")
        .andExpect(redirectedUrl("/stays/" + stay));
    page(stay, physician).andExpect(content().string(containsString("Hospitalisé")))
        .andExpect(content().string(containsString("annulée — motif : Sortie saisie sur le mauvais dossier")))
        .andExpect(content().string(not(containsString(form))));
    assertThat(fixture.bedStatus(bed)).isEqualTo("OCCUPIED");
  }

  @Test
  void cancelDischargeForm_whenTheBedWasReserved_showsTheConflict() throws Exception {
    long stay = admitted();
    discharge(stay);
    jdbc.sql("UPDATE bed SET status = 'RESERVED' WHERE id = ?").param(bed).update();
    cancelForm("discharge", stay, physician, "Erreur").andExpect(status().isOk())
        .andExpect(content().string(containsString("Le lit que le patient a quitté n’est plus disponible")))
        .andExpect(content().string(containsString("value=\"Erreur\"")));
  }
}

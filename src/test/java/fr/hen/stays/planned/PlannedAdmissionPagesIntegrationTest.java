package fr.hen.stays.planned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import fr.hen.stays.stay.OneBedHospitalTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The planned admissions pages: the queue and its empty state, the form with inline errors, reserve and cancel. */
class PlannedAdmissionPagesIntegrationTest extends OneBedHospitalTest {

  MockHttpServletRequestBuilder form(String key, String nights) {
    return form(key, nights, "61");
  }

  MockHttpServletRequestBuilder form(String key, String nights, String age) {
    return post("/planned-admissions").with(user(bedManager)).with(csrf()).param("requestKey", key)
        .param("plannedDate", LocalDate.now().plusDays(2).toString()).param("nights", nights)
        .param("specialism", "HAEMATOLOGY").param("sex", "M").param("age", age).param("unit", unit)
        .param("mrn", "").param("requiredEquipment", "OXYGEN");
  }

  @Test
  void emptyQueue_saysSo() throws Exception {
    mvc.perform(get("/planned-admissions").with(user(bedManager))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Aucune admission programmée dans cette sélection.")));
  }

  @Test
  void theFormPlansOnce_aDoubleSubmitLeadsToTheSamePlannedAdmission() throws Exception {
    String key = UUID.randomUUID().toString();
    String first = mvc.perform(form(key, "3")).andExpect(redirectedUrlPattern("/planned-admissions/*"))
        .andReturn().getResponse().getRedirectedUrl();
    String second = mvc.perform(form(key, "3")).andReturn().getResponse().getRedirectedUrl();
    assertThat(second).isEqualTo(first);
    assertThat(fixture.count("SELECT COUNT(*) FROM planned_admission WHERE organisation_id = ?", org)).isOne();
    mvc.perform(get("/planned-admissions").with(user(bedManager))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Hématologie")))
        .andExpect(content().string(containsString("Oxygène")));
  }

  @Test
  void badInput_isShownInline_andKeepsWhatWasTyped() throws Exception {
    mvc.perform(form(UUID.randomUUID().toString(), "0")).andExpect(status().isOk())
        .andExpect(content().string(containsString("nights-error")))
        .andExpect(content().string(containsString("value=\"61\"")));
    mvc.perform(form(UUID.randomUUID().toString(), "2", "")).andExpect(status().isOk())
        .andExpect(content().string(containsString("Indiquez l&#39;âge")));
    assertThat(fixture.count("SELECT COUNT(*) FROM planned_admission WHERE organisation_id = ?", org)).isZero();
  }

  @Test
  void anEditFormFilledBeforeAnotherChange_isRefusedInline_andOverwritesNothing() throws Exception {
    String location = mvc.perform(form(UUID.randomUUID().toString(), "3")).andReturn().getResponse()
        .getRedirectedUrl();
    mvc.perform(get(location + "/edit").with(user(bedManager))).andExpect(status().isOk())
        .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
    MockHttpServletRequestBuilder edit = post(location).with(user(bedManager)).with(csrf())
        .param("plannedDate", LocalDate.now().plusDays(2).toString()).param("specialism", "HAEMATOLOGY")
        .param("sex", "M").param("age", "61").param("unit", unit).param("version", "0");
    mvc.perform(edit.param("nights", "5")).andExpect(redirectedUrlPattern("/planned-admissions/*"));
    mvc.perform(post(location).with(user(bedManager)).with(csrf()) // a second tab, filled before that change
            .param("plannedDate", LocalDate.now().plusDays(2).toString()).param("specialism", "HAEMATOLOGY")
            .param("sex", "M").param("age", "61").param("unit", unit).param("version", "0").param("nights", "9"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("a été modifiée entre-temps")))
        .andExpect(content().string(containsString("value=\"9\"")));
    assertThat(jdbc.sql("SELECT nights FROM planned_admission WHERE organisation_id = ?").param(org)
        .query(Integer.class).single()).isEqualTo(5);
  }

  @Test
  void reserveAFittingBed_thenCancelWithAReason() throws Exception {
    jdbc.sql("UPDATE room SET equipment = 'OXYGEN' WHERE id = (SELECT room_id FROM bed WHERE id = ?)").param(bed)
        .update();
    String location = mvc.perform(form(UUID.randomUUID().toString(), "3")).andReturn().getResponse()
        .getRedirectedUrl();
    mvc.perform(get(location).with(user(bedManager))).andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"" + bed + "\"")));
    mvc.perform(post(location + "/reserve").with(user(bedManager)).with(csrf()).param("bed", String.valueOf(bed)))
        .andExpect(redirectedUrlPattern("/planned-admissions/*"));
    assertThat(fixture.bedStatus(bed)).isEqualTo("RESERVED");
    mvc.perform(post(location + "/cancel").with(user(bedManager)).with(csrf()).param("reason", " "))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Indiquez le motif d&#39;annulation")));
    mvc.perform(post(location + "/cancel").with(user(bedManager)).with(csrf()).param("reason", "Reporté"))
        .andExpect(redirectedUrlPattern("/planned-admissions/*"));
    assertThat(fixture.bedStatus(bed)).isEqualTo("FREE");
    mvc.perform(get(location).with(user(bedManager))).andExpect(content().string(containsString("Annulée")));
  }

  @Test
  void anotherHospitalsPlannedAdmission_isNotFound() throws Exception {
    String location = mvc.perform(form(UUID.randomUUID().toString(), "3")).andReturn().getResponse()
        .getRedirectedUrl();
    HenUser intruder = StaysFixture.user(fixture.organisation("HOSPITAL"), Role.BED_MANAGER);
    mvc.perform(get(location).with(user(intruder))).andExpect(status().isNotFound());
  }
}

package fr.hen.stays.stay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

class StayPagesIntegrationTest extends OneBedHospitalTest {

  ResultActions admit(String admittedAt) throws Exception {
    return mvc.perform(post("/stays").with(user(bedManager)).with(csrf())
        .param("mrn", StaysFixture.unique("M")).param("familyName", "Leroy").param("givenName", "Anne")
        .param("birthDate", "1961-07-08").param("sex", "F").param("unit", unit).param("bed", String.valueOf(bed))
        .param("admittedAt", admittedAt).param("source", "HOME"));
  }

  static String minutes(LocalDateTime t) {
    return t.truncatedTo(ChronoUnit.MINUTES).toString();
  }

  @Test
  void admitForm_preselectsUnitAndBed() throws Exception {
    mvc.perform(get("/stays/new").param("unit", unit).param("bed", String.valueOf(bed)).with(user(bedManager)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"" + bed + "\" selected")));
  }

  @Test
  void bedSelect_isReloadedWithTheFreeBedsOfTheUnit_describingTheirRoom() throws Exception {
    mvc.perform(get("/stays/new/beds").param("unit", unit).with(user(bedManager)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(">101-A (Libre)</option>")));
    jdbc.sql("UPDATE room SET gender_policy = 'FEMALE', equipment = 'OXYGEN,ISOLATION' WHERE id = "
        + "(SELECT room_id FROM bed WHERE id = :bed)").param("bed", bed).update();
    mvc.perform(get("/stays/new/beds").param("unit", unit).with(user(bedManager)))
        .andExpect(content().string(containsString(">101-A (Libre) — Femmes, Oxygène, Isolement</option>")));
  }

  @Test
  void admitFromTheForm_redirectsToTheStayPage_thenDischargeFromThePage() throws Exception {
    String location = admit(minutes(LocalDateTime.now().minusMinutes(5)))
        .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/stays/*"))
        .andReturn().getResponse().getRedirectedUrl();
    mvc.perform(get(location).with(user(bedManager)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Leroy Anne")))
        .andExpect(content().string(containsString("id=\"transfer-bed\"")));
    mvc.perform(post(location + "/discharge").with(user(bedManager)).with(csrf())
            .param("dischargedAt", minutes(LocalDateTime.now())).param("destination", "SMR"))
        .andExpect(status().is3xxRedirection());
    assertThat(fixture.bedStatus(bed)).isEqualTo("CLEANING");
    mvc.perform(get(location).with(user(bedManager)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("id=\"transfer-bed\""))));
  }

  @Test
  void dischargeToAPartner_prefilledFromAConfirmedReferralsLink_unknownCodeShownInline_knownCodeRecorded()
      throws Exception {
    String location = admit(minutes(LocalDateTime.now().minusMinutes(5)))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    long stay = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    mvc.perform(get(location).param("destination", "HAD").param("partner", "HAD-X1").with(user(bedManager)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"HAD-X1\"")))
        .andExpect(content().string(containsString("value=\"HAD\" selected")));
    mvc.perform(post(location + "/discharge").with(user(bedManager)).with(csrf())
            .param("dischargedAt", minutes(LocalDateTime.now())).param("destination", "HAD")
            .param("destinationOrganisation", "NO-SUCH-PARTNER"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"destinationOrganisation-error\"")))
        .andExpect(content().string(containsString("value=\"NO-SUCH-PARTNER\"")));
    assertThat(fixture.count("SELECT COUNT(*) FROM stay WHERE id = ? AND status = 'IN_HOSPITAL'", stay)).isOne();
    long partner = fixture.organisation("HAD");
    String code = jdbc.sql("SELECT code FROM organisation WHERE id = ?").param(partner).query(String.class).single();
    mvc.perform(post(location + "/discharge").with(user(bedManager)).with(csrf())
            .param("dischargedAt", minutes(LocalDateTime.now())).param("destination", "HAD")
            .param("destinationOrganisation", code))
        .andExpect(status().is3xxRedirection());
    assertThat(fixture.count("SELECT COUNT(*) FROM stay WHERE id = ? AND discharge_organisation_id = ?", stay,
        partner)).isOne();
  }

  @Test
  void admitInTheFuture_showsTheErrorInline_andKeepsTypedValues() throws Exception {
    admit(minutes(LocalDateTime.now().plusDays(1)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"admittedAt-error\"")))
        .andExpect(content().string(containsString("aria-invalid=\"true\"")))
        .andExpect(content().string(containsString("value=\"Leroy\"")));
  }

  @Test
  void admitIntoTakenBed_showsTheConflictAsAFormError() throws Exception {
    jdbc.sql("UPDATE bed SET status = 'CLEANING' WHERE id = ?").param(bed).update();
    admit(minutes(LocalDateTime.now())).andExpect(status().isOk())
        .andExpect(content().string(containsString("role=\"alert\"")));
  }

  @Test
  void staysList_showsInHospitalStays_andAnEmptyState() throws Exception {
    mvc.perform(get("/stays").with(user(bedManager))).andExpect(status().isOk())
        .andExpect(content().string(containsString("class=\"empty\"")));
    admit(minutes(LocalDateTime.now().minusMinutes(5))).andExpect(status().is3xxRedirection());
    mvc.perform(get("/stays").param("q", "leroy").with(user(bedManager))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Leroy Anne")));
  }

  @Test
  void stayPages_areForbiddenToQualityManagers() throws Exception {
    mvc.perform(get("/stays").with(user(StaysFixture.user(org, Role.QUALITY_MANAGER))))
        .andExpect(status().isForbidden());
  }
}

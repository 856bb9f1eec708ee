package fr.hen.stays.stay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.platform.Role;
import fr.hen.platform.SystemActor;
import fr.hen.platform.SystemActors;
import fr.hen.stays.AdmissionSource;
import fr.hen.stays.StaysFixture;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/** Bad input found by the review (issue 9 items 6 and 7): refused with a clear error naming the field, nothing stored. */
class BadAdmissionInputTest extends OneBedHospitalTest {

  @Autowired StayService stays;

  String mrn = StaysFixture.unique("M");

  static LocalDateTime recently() {
    return LocalDateTime.now().minusHours(1).truncatedTo(ChronoUnit.MINUTES);
  }

  String body(String familyName, String birthDate, String bedJson, String admittedAt) {
    return """
        {"patient":{"mrn":"%s","family_name":"%s","given_name":"Jeanne","birth_date":"%s","sex":"F"},
         "unit":"%s","bed":%s,"admitted_at":"%s","admission_source":"EMERGENCY"}"""
        .formatted(mrn, familyName, birthDate, unit, bedJson, admittedAt);
  }

  ResultActions admit(String json) throws Exception {
    return mvc.perform(post("/api/v1/stays").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
        .content(json));
  }

  void nothingStored() {
    assertThat(fixture.count("SELECT COUNT(*) FROM patient WHERE mrn = ?", mrn)).isZero();
    assertThat(fixture.bedStatus(bed)).isEqualTo("FREE");
  }

  @Test
  void admissionIn1950_ofAPatientBornIn1960_isRefusedOnAdmittedAt() throws Exception {
    admit(body("Martin", "1960-04-01", String.valueOf(bed), "1950-06-01T10:00"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("admitted_at"));
    nothingStored();
  }

  @Test
  void admissionInYearOne_isRefusedOnAdmittedAt() throws Exception {
    admit(body("Martin", "1960-04-01", String.valueOf(bed), "0001-01-01T00:00"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("admitted_at"));
    nothingStored();
  }

  @Test
  void birthBefore1900_isRefusedOnTheBirthDate() throws Exception {
    admit(body("Martin", "1850-04-01", String.valueOf(bed), recently().toString()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("patient.birth_date"));
    nothingStored();
  }

  @Test
  void importWithTheBackdatingRight_recordsAnOldAdmission_butNeverBeforeBirth() {
    SystemActor importer = new SystemActor("system:history-import", org, Set.of(Role.BED_MANAGER),
        Set.of(StayService.BACKDATE_RIGHT));
    AdmitCommand old = new AdmitCommand(new PatientIdentity(mrn, "Martin", "Jeanne", LocalDate.of(1960, 4, 1),
        Sex.F), unit, bed, LocalDateTime.of(2020, 3, 1, 10, 0), AdmissionSource.HOME, false);
    long stayId = SystemActors.run(importer, () -> stays.admit(importer, old));
    assertThat(stayId).isPositive();

    String other = StaysFixture.unique("M");
    long freeBed = fixture.freeBed(org, StaysFixture.unique("U"));
    AdmitCommand beforeBirth = new AdmitCommand(new PatientIdentity(other, "Martin", "Paul",
        LocalDate.of(1960, 4, 1), Sex.M), jdbc.sql("SELECT u.code FROM unit u JOIN room r ON r.unit_id = u.id JOIN bed b ON b.room_id = r.id "
        + "WHERE b.id = :id").param("id", freeBed).query(String.class).single(), freeBed, LocalDateTime.of(1950, 3, 1, 10, 0), AdmissionSource.HOME,
        false);
    assertThatThrownBy(() -> SystemActors.run(importer,
            () -> stays.admit(importer, beforeBirth)))
        .isInstanceOfSatisfying(FieldRuleViolation.class, e -> {
          assertThat(e.field()).isEqualTo("admitted_at");
          assertThat(e.rule()).isEqualTo("before-birth");
        });
  }

  @Test
  void fractionalOrQuotedBedId_isRefusedNamingBed() throws Exception {
    for (String bedJson : new String[] {bed + ".5", "\"" + bed + "\""}) {
      admit(body("Martin", "1960-04-01", bedJson, recently().toString()))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("bed"));
    }
    nothingStored();
  }

  @Test
  void familyNameOfAZeroWidthSpace_isRefused() throws Exception {
    admit(body("\u200b", "1960-04-01", String.valueOf(bed), recently().toString()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("patient.family_name"));
    nothingStored();
  }

  @Test
  void nulCharacterInAName_isABadRequestNamingTheField() throws Exception {
    admit(body("Mar\\u0000tin", "1960-04-01", String.valueOf(bed), recently().toString()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("patient.family_name"));
    nothingStored();
  }

  @Test
  void aMegabyteOfBadValue_isNotEchoedBack() throws Exception {
    String huge = "x".repeat(1_000_000);
    MvcResult result = admit(body("Martin", "1960-04-01", String.valueOf(bed), huge))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("admitted_at"))
        .andReturn();
    assertThat(result.getResponse().getContentAsString()).hasSizeLessThan(2_000);
    nothingStored();
  }

  @Test
  void overlongOrNulQueryParameter_isABadRequestNamingIt() throws Exception {
    mvc.perform(get("/api/v1/stays")
            .param("q", "a".repeat(100_000)).with(user(bedManager)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("q"))
        .andExpect(jsonPath("$.detail", containsString("100000 characters")));
    mvc.perform(get("/api/v1/stays")
            .param("q", "Mar\u0000tin").with(user(bedManager)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("q"));
  }
}

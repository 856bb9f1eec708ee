package fr.hen.stays.stay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.stays.StaysFixture;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.ResultActions;

/** Every "now" comes from the one Clock bean: with the clock fixed, the rules and the stored times follow it. */
class FixedClockIntegrationTest extends OneBedHospitalTest {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 14, 10, 30);

  @TestBean Clock clock;

  static Clock clock() {
    ZoneId zone = ZoneId.systemDefault();
    return Clock.fixed(NOW.atZone(zone).toInstant(), zone);
  }

  ResultActions admit(String mrn, String birthDate, LocalDateTime at) throws Exception {
    return mvc.perform(post("/api/v1/stays").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
        .content("""
            {"patient":{"mrn":"%s","family_name":"Martin","given_name":"Jeanne","birth_date":"%s","sex":"F"},
             "unit":"%s","bed":%d,"admitted_at":"%s","admission_source":"EMERGENCY"}"""
            .formatted(mrn, birthDate, unit, bed, at)));
  }

  @Test
  void admissionTenMinutesAheadOfTheClock_isRejected() throws Exception {
    admit(StaysFixture.unique("M"), "1950-02-03", NOW.plusMinutes(10))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("admitted_at"));
  }

  @Test
  void birthDateAfterTheClocksToday_isNotInThePast() throws Exception {
    admit(StaysFixture.unique("M"), "2026-06-01", NOW.minusHours(1))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("patient.birth_date"));
  }

  @Test
  void storedTimes_areTheClocks() throws Exception {
    String mrn = StaysFixture.unique("M");
    admit(mrn, "1950-02-03", NOW.minusHours(1)).andExpect(status().isCreated());
    assertThat(jdbc.sql("SELECT s.created_at FROM stay s JOIN patient p ON p.id = s.patient_id WHERE p.mrn = :mrn")
        .param("mrn", mrn).query(LocalDateTime.class).single()).isEqualTo(NOW);
    assertThat(jdbc.sql("SELECT MAX(occurred_at) FROM audit_event WHERE username = :u AND action = 'ADMIT'")
        .param("u", bedManager.name()).query(LocalDateTime.class).single()).isEqualTo(NOW);
  }
}

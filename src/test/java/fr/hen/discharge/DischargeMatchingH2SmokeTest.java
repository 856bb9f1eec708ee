package fr.hen.discharge;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.H2SmokeTest;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Matching (its grouped statistics with a median) and the worklist run on H2, the engine of {@code run}. */
@H2SmokeTest
@Transactional
class DischargeMatchingH2SmokeTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void matchesAndWorklist_onH2() throws Exception {
    StaysFixture fixture = new StaysFixture(jdbc);
    DischargeFixture discharge = new DischargeFixture(jdbc);
    String need = discharge.capability();
    long hospital = fixture.organisation("HOSPITAL");
    long unit = fixture.unit(hospital, StaysFixture.unique("U"));
    long stay = fixture.admittedStay(hospital, unit, fixture.bed(fixture.room(unit, "1", "ANY"), "A", "OCCUPIED",
        null), LocalDateTime.now().minusDays(2));
    discharge.plan(stay, hospital, need, null, "Lille", "HAD", null, LocalDateTime.now().minusDays(1));
    String code = StaysFixture.unique("H2P-");
    long partner = discharge.organisation(code, "HAD", 50.63, 3.06, null, 30, "ACTIVE");
    discharge.capacity(partner, need, 5, 2, LocalDateTime.now().minusHours(3));
    for (int i = 0; i < 6; i++) {
      discharge.referral(hospital, stay, partner, "HAD", i % 2 == 0 ? "ACCEPTED" : "REFUSED",
          LocalDateTime.now().minusDays(3 + i));
    }
    HenUser coordinator = StaysFixture.user(hospital, Role.DISCHARGE_COORDINATOR);
    mvc.perform(get("/api/v1/stays/{id}/partner-matches", stay).with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.matches.items[0].partner_code").value(code))
        .andExpect(jsonPath("$.matches.items[0].acceptance_rate").value(0.5))
        .andExpect(jsonPath("$.matches.items[0].median_answer_hours").value(1.0));
    mvc.perform(get("/api/v1/discharge/worklist").with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.patients.items[0].stay_id").value(stay))
        .andExpect(jsonPath("$.patients.items[0].refusals").value(1));
  }
}

package fr.hen.stays.beds;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** A blocked bed's reason is free text (here an infection): only the roles caring for patients read it. */
@PostgresIntegrationTest
@Transactional
class BedNotesIntegrationTest {

  static final String REASON = "Isolement BMR patient chambre voisine";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  long org;
  String unit;

  @BeforeEach
  void hospital() {
    StaysFixture fixture = new StaysFixture(jdbc);
    org = fixture.organisation("HOSPITAL");
    unit = StaysFixture.unique("U");
    fixture.bed(fixture.room(fixture.unit(org, unit), "101", "ANY"), "A", "BLOCKED", REASON);
  }

  HenUser as(Role role) {
    return StaysFixture.user(org, role);
  }

  @Test
  void patientPartner_andOtherRoles_seeTheBedBlocked_butNotWhy() throws Exception {
    for (Role role : new Role[] {Role.PATIENT_PARTNER, Role.QUALITY_MANAGER, Role.ADMIN, Role.NETWORK_COORDINATOR}) {
      mvc.perform(get("/api/v1/beds").param("unit", unit).with(user(as(role))))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.items[*].status", contains("BLOCKED")))
          .andExpect(content().string(not(containsString(REASON))));
      mvc.perform(get("/api/v1/units/{code}", unit).with(user(as(role))))
          .andExpect(status().isOk())
          .andExpect(content().string(not(containsString(REASON))));
      mvc.perform(get("/units/{code}", unit).with(user(as(role))))
          .andExpect(status().isOk())
          .andExpect(content().string(not(containsString(REASON))));
    }
  }

  @Test
  void clinicalRoles_readTheReason() throws Exception {
    for (Role role : BedNotes.READERS) {
      mvc.perform(get("/api/v1/beds").param("unit", unit).with(user(as(role))))
          .andExpect(jsonPath("$.items[*].blocked_reason", contains(REASON)));
      mvc.perform(get("/units/{code}", unit).with(user(as(role))))
          .andExpect(content().string(containsString(REASON)));
    }
  }
}

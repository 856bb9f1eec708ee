package fr.hen.stays.beds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A view of a list (the bed board) is one audit entry naming every patient it showed, not one entry per patient;
 * the administrator finds it by a patient's MRN, within their own hospital only.
 */
@PostgresIntegrationTest
class AuditOfViewsIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  StaysFixture fixture;
  long org;
  String unit;
  HenUser bedManager;
  HenUser admin;
  List<String> mrns = new ArrayList<>();

  @BeforeEach
  void threePatientsOnTheBoard() {
    fixture = new StaysFixture(jdbc);
    org = fixture.organisation("HOSPITAL");
    unit = StaysFixture.unique("U");
    long unitId = fixture.unit(org, unit);
    long room = fixture.room(unitId, "101", "ANY");
    for (String bed : List.of("A", "B", "C")) {
      long stay = fixture.admittedStay(org, unitId, fixture.bed(room, bed, "OCCUPIED", null),
          LocalDateTime.now().minusDays(2));
      mrns.add(jdbc.sql("SELECT p.mrn FROM patient p JOIN stay s ON s.patient_id = p.id WHERE s.id = :id")
          .param("id", stay).query(String.class).single());
    }
    bedManager = StaysFixture.user(org, Role.BED_MANAGER);
    admin = StaysFixture.user(org, Role.ADMIN);
  }

  @Test
  void boardView_isOneEntryListingItsPatients_foundByEachMrn() throws Exception {
    mvc.perform(get("/beds").param("unit", unit).with(user(bedManager))).andExpect(status().isOk());

    assertThat(fixture.count("SELECT COUNT(*) FROM audit_event WHERE username = ? AND resource_type = 'BedBoard'",
        bedManager.name())).isEqualTo(1);
    assertThat(fixture.count("SELECT COUNT(*) FROM audit_event_patient ap JOIN audit_event e ON e.id = ap.event_id "
        + "WHERE e.username = ?", bedManager.name())).isEqualTo(3);
    for (String mrn : mrns) {
      mvc.perform(get("/api/v1/audit").param("mrn", mrn).param("username", bedManager.name()).with(user(admin)))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.total").value(1))
          .andExpect(jsonPath("$.items[0].resource_type").value("BedBoard"))
          .andExpect(jsonPath("$.items[0].patient_count").value(3))
          .andExpect(jsonPath("$.items[0].patients", containsInAnyOrder(mrns.toArray())));
    }
    mvc.perform(get("/admin/audit").param("mrn", mrns.getFirst()).with(user(admin)))
        .andExpect(content().string(containsString("3 patients")))
        .andExpect(content().string(containsString(mrns.get(2))));
  }

  @Test
  void theAuditPage_showingMrns_isItselfAReadOfThosePatients() throws Exception {
    mvc.perform(get("/beds").param("unit", unit).with(user(bedManager))).andExpect(status().isOk());
    mvc.perform(get("/admin/audit").param("username", bedManager.name()).with(user(admin)))
        .andExpect(status().isOk());
    assertThat(fixture.count("SELECT COUNT(*) FROM audit_event_patient ap JOIN audit_event e ON e.id = ap.event_id "
        + "WHERE e.username = ? AND e.resource_type = 'AuditLog'", admin.name())).isEqualTo(3);
  }

  @Test
  void unknownMrn_findsNothing_andAnotherHospitalsAdmin_seesNoneOfTheseEntries() throws Exception {
    mvc.perform(get("/beds").param("unit", unit).with(user(bedManager))).andExpect(status().isOk());
    mvc.perform(get("/api/v1/audit").param("mrn", "NO-SUCH-MRN").with(user(admin)))
        .andExpect(jsonPath("$.total").value(0));
    HenUser otherAdmin = StaysFixture.user(fixture.organisation("HOSPITAL"), Role.ADMIN);
    mvc.perform(get("/api/v1/audit").param("mrn", mrns.getFirst()).with(user(otherAdmin)))
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(get("/api/v1/audit").param("username", bedManager.name()).with(user(otherAdmin)))
        .andExpect(jsonPath("$.total").value(0));
  }
}

package fr.hen.stays.beds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PostgresIntegrationTest
@Import(StatementLog.class)
class BoardIntegrationTest {

  static final int ROOMS = 15;

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  StaysFixture fixture;
  long org;
  String unit;
  HenUser bedManager;
  long patient;

  @BeforeEach
  void hospital() {
    fixture = new StaysFixture(jdbc);
    org = fixture.organisation("HOSPITAL");
    unit = StaysFixture.unique("U");
    long unitId = fixture.unit(org, unit);
    for (int r = 0; r < ROOMS; r++) {
      long room = fixture.room(unitId, "R" + r, "ANY");
      fixture.bed(room, "A", "FREE", null);
      fixture.bed(room, "B", r == 0 ? "BLOCKED" : "FREE", r == 0 ? "Water leak" : null);
    }
    long occupiedBed = jdbc.sql("SELECT b.id FROM bed b JOIN room r ON r.id = b.room_id WHERE r.unit_id = ? "
        + "AND r.code = 'R1' AND b.code = 'A'").param(unitId).query(Long.class).single();
    jdbc.sql("UPDATE bed SET status = 'OCCUPIED' WHERE id = ?").param(occupiedBed).update();
    jdbc.sql("""
        INSERT INTO patient (organisation_id, mrn, family_name, given_name, birth_date, sex, created_at, created_by)
        VALUES (?, ?, 'Durand', 'Paul', DATE '1940-05-06', 'M', CURRENT_TIMESTAMP, 'test')""")
        .params(org, StaysFixture.unique("M")).update();
    patient = jdbc.sql("SELECT MAX(id) FROM patient WHERE organisation_id = ?").param(org).query(Long.class)
        .single();
    jdbc.sql("""
        INSERT INTO stay (organisation_id, patient_id, status, unit_id, bed_id, admitted_at, admission_source,
                          medically_ready_at, created_at, created_by)
        VALUES (?, ?, 'IN_HOSPITAL', ?, ?, ?, 'HOME', ?, CURRENT_TIMESTAMP, 'test')""")
        .params(org, patient, unitId, occupiedBed, LocalDateTime.now().minusDays(3),
            LocalDateTime.now().minusHours(2))
        .update();
    bedManager = StaysFixture.user(org, Role.BED_MANAGER);
  }

  @Test
  void board_rendersEveryBedWithOneQuery_andAuditsThePatientsShown() throws Exception {
    StatementLog.STATEMENTS.clear();
    String html = mvc.perform(get("/beds").param("unit", unit).with(user(bedManager)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Durand Paul")))
        .andExpect(content().string(containsString("Water leak")))
        .andExpect(content().string(containsString(
            "<strong>1</strong><span>Sortants médicalement, encore hospitalisés</span>")))
        .andReturn().getResponse().getContentAsString();
    assertThat(html.split("class=\"bed bed-", -1)).hasSize(2 * ROOMS + 1);
    assertThat(StatementLog.STATEMENTS)
        .filteredOn(sql -> sql.trim().startsWith("SELECT") && sql.contains("patient")).hasSize(1);
    assertThat(StatementLog.STATEMENTS).filteredOn(sql -> sql.contains("FROM unit u JOIN room r")).hasSize(1);
    // besides the layout's one count of unread notifications (the header's bell, platform)
    // and the turnaround medians and the planned admissions without a bed (issue 11): one query each
    assertThat(StatementLog.STATEMENTS).filteredOn(sql -> sql.trim().startsWith("SELECT")
        && !sql.contains("FROM notification") && !sql.contains("FROM bed_status_history")
        && !sql.contains("FROM planned_admission")).hasSize(2);
    assertThat(StatementLog.STATEMENTS).filteredOn(sql -> sql.contains("FROM bed_status_history")).hasSize(1);
    assertThat(StatementLog.STATEMENTS).filteredOn(sql -> sql.contains("FROM planned_admission")).hasSize(1);
    assertThat(StatementLog.STATEMENTS).filteredOn(sql -> sql.contains("FROM notification")).hasSize(1);
    assertThat(fixture.count("SELECT COUNT(*) FROM audit_event WHERE patient_id = ? AND resource_type = "
        + "'BedBoard'", patient)).isEqualTo(1);
  }

  @Test
  void htmxRequest_getsTheBoardFragmentOnly() throws Exception {
    mvc.perform(get("/beds").param("unit", unit).header("HX-Request", "true").with(user(bedManager)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"board\"")))
        .andExpect(content().string(not(containsString("<html"))));
  }

  @Test
  void board_isForbiddenToPartners() throws Exception {
    mvc.perform(get("/beds").with(user(StaysFixture.user(org, Role.PARTNER_COORDINATOR))))
        .andExpect(status().isForbidden());
  }
}

package fr.hen.stays.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Bed status history and turnaround, the board's filters and tags, the wall screen. */
@PostgresIntegrationTest
class LiveBoardIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Turnarounds turnarounds;

  StaysFixture fixture;
  long org;
  String unit;
  long unitId;
  long bed;
  HenUser bedManager;

  @BeforeEach
  void hospital() {
    fixture = new StaysFixture(jdbc);
    org = fixture.organisation("HOSPITAL");
    unit = StaysFixture.unique("U");
    unitId = fixture.unit(org, unit);
    bed = fixture.bed(fixture.room(unitId, "101", "ANY"), "A", "FREE", null);
    bedManager = StaysFixture.user(org, Role.BED_MANAGER);
  }

  static LocalDateTime now() {
    return LocalDateTime.now().minusMinutes(1).truncatedTo(ChronoUnit.SECONDS);
  }

  String admit(String mrn, String family) throws Exception {
    return mvc.perform(post("/api/v1/stays").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"patient":{"mrn":"%s","family_name":"%s","given_name":"Jeanne","birth_date":"1950-02-03","sex":"F"},
                 "unit":"%s","bed":%d,"admitted_at":"%s","admission_source":"HOME"}"""
                .formatted(mrn, family, unit, bed, now())))
        .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
  }

  List<String> history() {
    return jdbc.sql("SELECT from_status || '>' || to_status FROM bed_status_history WHERE bed_id = ? ORDER BY id")
        .param(bed).query(String.class).list();
  }

  @Test
  void everyStatusChange_isKeptWithItsTime_dischargeCleaningReady() throws Exception {
    String stay = admit(StaysFixture.unique("M"), "Martin");
    mvc.perform(post(stay + "/discharge").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"discharged_at\":\"%s\",\"destination\":\"HOME\"}".formatted(now()))).andExpect(status().isOk());
    mvc.perform(put("/api/v1/beds/{id}/status", bed).with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"action\":\"CLEANED\"}")).andExpect(status().isOk());
    mvc.perform(put("/api/v1/beds/{id}/status", bed).with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"action\":\"READY\"}")).andExpect(status().isOk());
    admit(StaysFixture.unique("M"), "Durand");
    assertThat(history()).containsExactly("FREE>OCCUPIED", "OCCUPIED>CLEANING", "CLEANING>CLEANED", "CLEANED>FREE",
        "FREE>OCCUPIED");
    Map<String, Turnarounds.UnitTurnaround> byUnit = turnarounds.since(bedManager, LocalDate.now().atStartOfDay());
    assertThat(byUnit.get(unit).count()).isOne();
    assertThat(byUnit.get(unit).recent().getFirst().reoccupied()).isNotNull();
  }

  @Test
  void turnaroundMedians_perUnit_fromTheHistory() {
    long other = fixture.bed(fixture.room(unitId, "102", "ANY"), "A", "FREE", null);
    LocalDateTime t = LocalDateTime.now().minusHours(10).truncatedTo(ChronoUnit.MINUTES);
    record H(long bed, String from, String to, int minutes) {}
    for (H h : List.of(new H(bed, "OCCUPIED", "CLEANING", 0), new H(bed, "CLEANING", "CLEANED", 20),
        new H(bed, "CLEANED", "FREE", 30), new H(bed, "FREE", "OCCUPIED", 90),
        new H(other, "OCCUPIED", "CLEANING", 0), new H(other, "CLEANING", "FREE", 50),
        new H(other, "FREE", "OCCUPIED", 200),
        new H(bed, "OCCUPIED", "CLEANING", 300), new H(bed, "CLEANING", "CLEANED", 340),
        new H(bed, "CLEANED", "FREE", 400))) {
      jdbc.sql("""
              INSERT INTO bed_status_history (organisation_id, bed_id, from_status, to_status, changed_at)
              VALUES (?, ?, ?, ?, ?)""").params(org, h.bed(), h.from(), h.to(), t.plusMinutes(h.minutes())).update();
    }
    Turnarounds.UnitTurnaround u = turnarounds.since(bedManager, t.minusMinutes(1)).get(unit);
    assertThat(u.count()).isEqualTo(3); // two ended, one ready and not yet reoccupied
    assertThat(u.medianToCleanedMinutes()).isEqualTo(40); // 20, 40, 50 (set free straight from cleaning)
    assertThat(u.medianCleanedToReadyMinutes()).isEqualTo(10); // 10, 0, 60
    assertThat(u.medianToReadyMinutes()).isEqualTo(50); // 30, 50, 100
    assertThat(u.medianToReoccupiedMinutes()).isEqualTo(145); // (90 + 200) / 2
  }

  @Test
  void cancelledDischarge_isNoTurnaround_andCleaningAgain_continuesTheSameOne() {
    LocalDateTime t = LocalDateTime.now().minusHours(10).truncatedTo(ChronoUnit.MINUTES);
    String[][] rows = {{"OCCUPIED", "CLEANING", "0"}, {"CLEANING", "OCCUPIED", "10"}, // discharge cancelled
        {"OCCUPIED", "CLEANING", "100"}, {"CLEANING", "CLEANED", "120"}, {"CLEANED", "CLEANING", "130"},
        {"CLEANING", "CLEANED", "150"}, {"CLEANED", "FREE", "160"}};
    for (String[] r : rows) {
      jdbc.sql("""
              INSERT INTO bed_status_history (organisation_id, bed_id, from_status, to_status, changed_at)
              VALUES (?, ?, ?, ?, ?)""").params(org, bed, r[0], r[1], t.plusMinutes(Long.parseLong(r[2]))).update();
    }
    Turnarounds.UnitTurnaround u = turnarounds.since(bedManager, t.minusMinutes(1)).get(unit);
    assertThat(u.count()).isOne();
    Turnarounds.Turnaround only = u.recent().getFirst();
    assertThat(only.left()).isEqualTo(t.plusMinutes(100));
    assertThat(only.cleaned()).isEqualTo(t.plusMinutes(150));
    assertThat(only.ready()).isEqualTo(t.plusMinutes(160));
    assertThat(only.reoccupied()).isNull();
  }

  @Test
  void boardShowsIsolationAndFilters_byStatus() throws Exception {
    long blocked = fixture.bed(fixture.room(unitId, "103", "ANY"), "A", "BLOCKED", "Fuite");
    jdbc.sql("UPDATE bed SET isolation = 'CONTAMINATED' WHERE id = ?").param(bed).update();
    mvc.perform(get("/beds").param("unit", unit).with(user(bedManager))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Contaminé")))
        .andExpect(content().string(containsString("id=\"bed-" + blocked + "\"")));
    mvc.perform(get("/beds").param("unit", unit).param("status", "BLOCKED").with(user(bedManager)))
        .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"bed-" + blocked + "\"")))
        .andExpect(content().string(not(containsString("id=\"bed-" + bed + "\""))));
    mvc.perform(get("/beds").param("unit", unit).param("isolated", "true").with(user(bedManager)))
        .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"bed-" + bed + "\"")))
        .andExpect(content().string(not(containsString("id=\"bed-" + blocked + "\""))));
  }

  @Test
  void wallScreen_showsNoNames_andThePlannedAdmissionsWithoutABed_forTheBoardsReadersOnly() throws Exception {
    admit(StaysFixture.unique("M"), "Zorglub");
    jdbc.sql("""
            INSERT INTO planned_admission (organisation_id, status, planned_date, nights, specialism, sex, age, unit_id,
                family_name, mrn, created_at, created_by)
            VALUES (?, 'PLANNED', ?, 4, 'HAEMATOLOGY', 'M', 58, ?, 'Secretname', 'MX1', CURRENT_TIMESTAMP, 'test')""")
        .params(org, LocalDate.now(), unitId).update();
    mvc.perform(get("/beds/wall").param("unit", unit).with(user(StaysFixture.user(org, Role.PHYSICIAN))))
        .andExpect(status().isOk()).andExpect(content().string(containsString("data-live-stream")))
        .andExpect(content().string(containsString("Hématologie")))
        .andExpect(content().string(containsString("58 ans")))
        .andExpect(content().string(not(containsString("Zorglub"))))
        .andExpect(content().string(not(containsString("Secretname"))))
        .andExpect(content().string(not(containsString("site-header"))));
    mvc.perform(get("/beds/wall").with(user(StaysFixture.user(org, Role.QUALITY_MANAGER))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/beds/stream").with(user(StaysFixture.user(org, Role.QUALITY_MANAGER))))
        .andExpect(status().isForbidden());
  }

  @Test
  void turnaroundPage_listsTheUnits() throws Exception {
    String stay = admit(StaysFixture.unique("M"), "Martin");
    mvc.perform(post(stay + "/discharge").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"discharged_at\":\"%s\",\"destination\":\"HOME\"}".formatted(now()))).andExpect(status().isOk());
    mvc.perform(get("/beds/turnaround").with(user(bedManager))).andExpect(status().isOk())
        .andExpect(content().string(containsString(unit)))
        .andExpect(content().string(containsString("en cours")))
        .andExpect(content().string(containsString("Médiane sortie → nettoyage terminé")))
        // the apostrophe of "l'unité" survives the message format, and the unit's code is filled in
        .andExpect(content().string(containsString("Dernières rotations de l&#39;unité " + unit)));
  }
}

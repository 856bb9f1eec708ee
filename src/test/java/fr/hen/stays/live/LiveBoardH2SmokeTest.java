package fr.hen.stays.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.H2SmokeTest;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * On the embedded H2 database (one process, no NOTIFY): a committed change reaches the open board stream after its
 * commit; planned admissions, reservations and the queue work there too.
 */
@H2SmokeTest
class LiveBoardH2SmokeTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void aChange_reachesTheBoardStream_andPlannedAdmissionsWork_onH2() throws Exception {
    StaysFixture fixture = new StaysFixture(jdbc);
    long org = fixture.organisation("HOSPITAL");
    String unit = StaysFixture.unique("U");
    long bed = fixture.freeBed(org, unit);
    HenUser bedManager = StaysFixture.user(org, Role.BED_MANAGER);
    MvcResult stream = mvc.perform(get("/beds/stream").with(user(bedManager))).andReturn();
    assertThat(stream.getRequest().isAsyncStarted()).isTrue();

    String plan = mvc.perform(post("/api/v1/planned-admissions").with(user(bedManager))
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"planned_date":"%s","nights":2,"specialism":"HAEMATOLOGY","sex":"F","age":50,"unit":"%s"}"""
                .formatted(LocalDate.now().plusDays(1), unit)))
        .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
    mvc.perform(post(plan + "/reserve").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"bed\":" + bed + "}")).andExpect(status().isOk());
    mvc.perform(get("/api/v1/planned-admissions").param("without_bed", "false").param("unit", unit)
        .with(user(bedManager))).andExpect(status().isOk());
    assertThat(fixture.bedStatus(bed)).isEqualTo("RESERVED");

    long deadline = System.currentTimeMillis() + 5_000;
    while (!stream.getResponse().getContentAsString().contains("event:board")
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    assertThat(stream.getResponse().getContentAsString()).contains("event:board");
    mvc.perform(put("/api/v1/beds/{id}/isolation", bed).with(user(bedManager))
        .contentType(MediaType.APPLICATION_JSON).content("{\"isolation\":\"ISOLATED\"}"))
        .andExpect(status().isNoContent());
    assertThat(jdbc.sql("SELECT COUNT(*) FROM bed_status_history WHERE bed_id = ?").param(bed).query(Long.class)
        .single()).isOne();
  }
}

package fr.hen.stays.stay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.H2SmokeTest;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.DischargeDestination;
import fr.hen.stays.PatientAdmitted;
import fr.hen.stays.PatientDischarged;
import fr.hen.stays.PatientTransferred;
import fr.hen.stays.StaysFixture;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The stay service applies the rules of {@link StayRules} at each movement, audits it and publishes its event (the
 * module's API to the others), on H2 so that the quick run checks them too.
 */
@H2SmokeTest
@RecordApplicationEvents
class StayServiceH2SmokeTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;

  StaysFixture fixture;
  long org;
  String unit;
  long room;
  long bed;
  HenUser bedManager;
  LocalDateTime admittedAt = LocalDateTime.now().minusHours(3).truncatedTo(ChronoUnit.MINUTES);

  @BeforeEach
  void hospital() {
    fixture = new StaysFixture(jdbc);
    org = fixture.organisation("HOSPITAL");
    unit = StaysFixture.unique("U");
    room = fixture.room(fixture.unit(org, unit), "101", "ANY");
    bed = fixture.bed(room, "A", "FREE", null);
    bedManager = StaysFixture.user(org, Role.BED_MANAGER);
  }

  ResultActions admit(long bedId, String sex, LocalDateTime at) throws Exception {
    return mvc.perform(post("/api/v1/stays").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
        .content(StayApiIntegrationTest.admitJson(StaysFixture.unique("M"), unit, bedId, at)
            .replace("\"sex\":\"F\"", "\"sex\":\"" + sex + "\"")));
  }

  long admitted() throws Exception {
    String location = admit(bed, "F", admittedAt).andExpect(status().isCreated()).andReturn().getResponse()
        .getHeader("Location");
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  ResultActions transfer(long stay, long target, LocalDateTime at) throws Exception {
    return mvc.perform(post("/api/v1/stays/{id}/transfer", stay).with(user(bedManager))
        .contentType(MediaType.APPLICATION_JSON).content("{\"bed\":" + target + ",\"at\":\"" + at + "\"}"));
  }

  ResultActions discharge(long stay, LocalDateTime at) throws Exception {
    return mvc.perform(post("/api/v1/stays/{id}/discharge", stay).with(user(bedManager))
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"discharged_at\":\"" + at + "\",\"destination\":\"HAD\"}"));
  }

  long audited(long stay, String action) {
    return fixture.count("SELECT COUNT(*) FROM audit_event WHERE resource_type = 'Stay' AND resource_id = ? "
        + "AND action = ?", String.valueOf(stay), action);
  }

  @Test
  void admissionTransferAndDischarge_areAudited_andPublishTheirEvents() throws Exception {
    long target = fixture.bed(room, "B", "RESERVED", null);
    long stay = admitted();
    transfer(stay, target, admittedAt.plusHours(1)).andExpect(status().isOk())
        .andExpect(jsonPath("$.movements[*].kind").value(contains("ADMISSION", "TRANSFER")));
    discharge(stay, admittedAt.plusHours(2)).andExpect(status().isOk())
        .andExpect(jsonPath("$.movements[*].kind").value(contains("ADMISSION", "TRANSFER", "DISCHARGE")));

    assertThat(events.stream(PatientAdmitted.class)).containsExactly(new PatientAdmitted(stay, org));
    assertThat(events.stream(PatientTransferred.class))
        .containsExactly(new PatientTransferred(stay, org, bed, target));
    assertThat(events.stream(PatientDischarged.class))
        .containsExactly(new PatientDischarged(stay, org, DischargeDestination.HAD, admittedAt.plusHours(2)));
    assertThat(audited(stay, "ADMIT")).isOne();
    assertThat(audited(stay, "TRANSFER")).isOne();
    assertThat(audited(stay, "DISCHARGE")).isOne();
    assertThat(audited(stay, "READ")).as("the stay in the three answers").isEqualTo(3);
    assertThat(fixture.bedStatus(bed)).isEqualTo("CLEANING");
    assertThat(fixture.bedStatus(target)).isEqualTo("CLEANING");
  }

  @Test
  void admissionRules_areApplied_andARejectedAdmissionWritesNothing() throws Exception {
    long blocked = fixture.bed(room, "B", "BLOCKED", "Leak");
    long menOnly = fixture.bed(fixture.room(jdbc.sql("SELECT unit_id FROM room WHERE id = ?").param(room)
        .query(Long.class).single(), "102", "MALE"), "A", "FREE", null);
    admit(bed, "F", LocalDateTime.now().plusHours(1)).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("admitted_at"));
    admit(blocked, "F", admittedAt).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("bed-blocked"));
    admit(menOnly, "F", admittedAt).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("gender-policy"));
    assertThat(fixture.count("SELECT COUNT(*) FROM stay WHERE organisation_id = ?", org)).isZero();
    assertThat(fixture.bedStatus(bed)).isEqualTo("FREE");
    assertThat(events.stream(PatientAdmitted.class)).isEmpty();
  }

  @Test
  void transferAndDischargeRules_areApplied() throws Exception {
    long stay = admitted();
    transfer(stay, bed, admittedAt.plusHours(1)).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("same-bed"));
    long blocked = fixture.bed(room, "C", "BLOCKED", "Leak");
    transfer(stay, blocked, admittedAt.plusHours(1)).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("bed-blocked"));
    long menOnly = fixture.bed(fixture.room(jdbc.sql("SELECT unit_id FROM room WHERE id = ?").param(room)
        .query(Long.class).single(), "102", "MALE"), "A", "FREE", null);
    transfer(stay, menOnly, admittedAt.plusHours(1)).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("gender-policy"));
    long other = fixture.bed(room, "B", "FREE", null);
    transfer(stay, other, admittedAt.minusMinutes(1)).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("at"));
    transfer(stay, other, LocalDateTime.now().plusHours(1)).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("at"));
    discharge(stay, admittedAt.minusMinutes(1)).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("discharged_at"));
    discharge(stay, LocalDateTime.now().plusHours(1)).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("discharged_at"));
    assertThat(events.stream(PatientTransferred.class)).isEmpty();
    assertThat(events.stream(PatientDischarged.class)).isEmpty();

    discharge(stay, admittedAt.plusHours(1)).andExpect(status().isOk());
    discharge(stay, admittedAt.plusHours(2)).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("stay-discharged"));
    transfer(stay, other, admittedAt.plusHours(2)).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("stay-discharged"));
    assertThat(audited(stay, "DISCHARGE")).isOne();
  }
}

package fr.hen.stays.stay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class StayApiIntegrationTest extends OneBedHospitalTest {

  static String admitJson(String mrn, String unit, long bed, LocalDateTime at) {
    return """
        {"patient":{"mrn":"%s","family_name":"Martin","given_name":"Jeanne","birth_date":"1950-02-03","sex":"F"},
         "unit":"%s","bed":%d,"admitted_at":"%s","admission_source":"EMERGENCY","planned":false}"""
        .formatted(mrn, unit, bed, at);
  }

  ResultActions admit(HenUser as, String json) throws Exception {
    return mvc.perform(post("/api/v1/stays").with(user(as)).contentType(MediaType.APPLICATION_JSON).content(json));
  }

  long admitted(String mrn) throws Exception {
    String location = admit(bedManager, admitJson(mrn, unit, bed, now())).andExpect(status().isCreated())
        .andReturn().getResponse().getHeader("Location");
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  static LocalDateTime now() {
    return LocalDateTime.now().minusMinutes(1).truncatedTo(ChronoUnit.SECONDS);
  }

  ResultActions discharge(long stayId, LocalDateTime at) throws Exception {
    return mvc.perform(post("/api/v1/stays/{id}/discharge", stayId).with(user(bedManager))
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"discharged_at\":\"" + at + "\",\"destination\":\"HOME\"}"));
  }

  @Test
  void admit_returns201WithLocation_andOccupiesTheBed() throws Exception {
    admit(bedManager, admitJson(StaysFixture.unique("M"), unit, bed, now()))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", containsString("/api/v1/stays/")))
        .andExpect(jsonPath("$.status").value("IN_HOSPITAL"))
        .andExpect(jsonPath("$.patient.family_name").value("Martin"))
        .andExpect(jsonPath("$.unit_code").value(unit))
        .andExpect(jsonPath("$.movements[0].kind").value("ADMISSION"));
    assertThat(fixture.bedStatus(bed)).isEqualTo("OCCUPIED");
  }

  @Test
  void admitIntoTakenBed_isConflict_andLeavesNothingHalfWritten() throws Exception {
    admitted(StaysFixture.unique("M"));
    String mrn = StaysFixture.unique("M");
    admit(bedManager, admitJson(mrn, unit, bed, now()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("bed-unavailable"))
        .andExpect(jsonPath("$.detail", containsString("OCCUPIED")));
    assertThat(fixture.count("SELECT COUNT(*) FROM patient WHERE mrn = ?", mrn)).isZero();
    assertThat(fixture.count("SELECT COUNT(*) FROM stay WHERE organisation_id = ?", org)).isEqualTo(1);
    assertThat(fixture.count("SELECT COUNT(*) FROM movement m JOIN stay s ON s.id = m.stay_id "
        + "WHERE s.organisation_id = ?", org)).isEqualTo(1);
  }

  @Test
  void admitOfPatientAlreadyInHospital_isConflict() throws Exception {
    String mrn = StaysFixture.unique("M");
    admitted(mrn);
    long otherBed = fixture.bed(fixture.room(fixture.unit(org, StaysFixture.unique("U")), "1", "ANY"), "A", "FREE",
        null);
    String otherUnit = jdbc.sql("SELECT u.code FROM unit u JOIN room r ON r.unit_id = u.id JOIN bed b ON "
        + "b.room_id = r.id WHERE b.id = ?").param(otherBed).query(String.class).single();
    admit(bedManager, admitJson(mrn, otherUnit, otherBed, now()))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("patient-already-in-hospital"));
  }

  @Test
  void admitInTheFuture_isRejectedNamingAdmittedAt() throws Exception {
    admit(bedManager, admitJson(StaysFixture.unique("M"), unit, bed, LocalDateTime.now().plusHours(1)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("admitted_at"));
    assertThat(fixture.bedStatus(bed)).isEqualTo("FREE");
  }

  @Test
  void admitWithMissingFields_isRejectedNamingEachField() throws Exception {
    admit(bedManager, """
        {"patient":{"mrn":"","family_name":"Martin","given_name":"Jeanne","birth_date":"1950-02-03","sex":"F"},
         "unit":"%s","bed":%d,"admission_source":"EMERGENCY"}""".formatted(unit, bed))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field", hasItem("patient.mrn")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("admitted_at")));
  }

  @Test
  void malformedJson_isBadRequest() throws Exception {
    admit(bedManager, "{\"patient\": ").andExpect(status().isBadRequest());
    admit(bedManager, admitJson("M1", unit, bed, now()).replace("EMERGENCY", "TELEPORT"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void admitWithAnUnknownProperty_isRefusedNamingIt_andNothingIsWritten() throws Exception {
    String mrn = StaysFixture.unique("M");
    admit(bedManager, admitJson(mrn, unit, bed, now()).replace("\"planned\":false", "\"planned\":false,\"ward\":1"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("Unknown property 'ward'"))
        .andExpect(jsonPath("$.errors[0].field").value("ward"));
    assertThat(fixture.count("SELECT COUNT(*) FROM patient WHERE mrn = ?", mrn)).isZero();
    assertThat(fixture.bedStatus(bed)).isEqualTo("FREE");
  }

  @Test
  void admitWithAnUnknownPatientProperty_isRefusedNamingItsPath() throws Exception {
    admit(bedManager, admitJson(StaysFixture.unique("M"), unit, bed, now())
            .replace("\"sex\":\"F\"", "\"sex\":\"F\",\"birthDate\":\"1950-02-03\""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("Unknown property 'patient.birthDate'"))
        .andExpect(jsonPath("$.errors[0].field").value("patient.birthDate"));
  }

  @Test
  void transferIntoBlockedBed_isConflictWithTheReason() throws Exception {
    long stay = admitted(StaysFixture.unique("M"));
    long room = jdbc.sql("SELECT room_id FROM bed WHERE id = ?").param(bed).query(Long.class).single();
    long blocked = fixture.bed(room, "B", "BLOCKED", "Broken oxygen outlet");
    mvc.perform(post("/api/v1/stays/{id}/transfer", stay).with(user(bedManager))
            .contentType(MediaType.APPLICATION_JSON).content("{\"bed\":" + blocked + ",\"at\":\"" + now() + "\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("bed-blocked"))
        .andExpect(jsonPath("$.detail", containsString("Broken oxygen outlet")));
  }

  @Test
  void transfer_movesThePatient_andSendsTheOldBedToCleaning() throws Exception {
    long stay = admitted(StaysFixture.unique("M"));
    long room = jdbc.sql("SELECT room_id FROM bed WHERE id = ?").param(bed).query(Long.class).single();
    long target = fixture.bed(room, "C", "RESERVED", null);
    mvc.perform(post("/api/v1/stays/{id}/transfer", stay).with(user(bedManager))
            .contentType(MediaType.APPLICATION_JSON).content("{\"bed\":" + target + ",\"at\":\"" + now() + "\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.bed_id").value(target))
        .andExpect(jsonPath("$.movements[1].kind").value("TRANSFER"));
    assertThat(fixture.bedStatus(bed)).isEqualTo("CLEANING");
    assertThat(fixture.bedStatus(target)).isEqualTo("OCCUPIED");
  }

  @Test
  void discharge_sendsTheBedToCleaning() throws Exception {
    long stay = admitted(StaysFixture.unique("M"));
    discharge(stay, now()).andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DISCHARGED"))
        .andExpect(jsonPath("$.discharge_destination").value("HOME"))
        .andExpect(jsonPath("$.movements[1].kind").value("DISCHARGE"));
    assertThat(fixture.bedStatus(bed)).isEqualTo("CLEANING");
  }

  @Test
  void dischargeOfDischargedStay_isRejected() throws Exception {
    long stay = admitted(StaysFixture.unique("M"));
    discharge(stay, now()).andExpect(status().isOk());
    discharge(stay, now()).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("stay-discharged"));
  }

  @Test
  void dischargeBeforeAdmission_isRejectedNamingDischargedAt() throws Exception {
    long stay = admitted(StaysFixture.unique("M"));
    discharge(stay, now().minusDays(2)).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("discharged_at"));
  }

  @Test
  void unknownStay_isNotFound() throws Exception {
    mvc.perform(get("/api/v1/stays/{id}", Long.MAX_VALUE).with(user(bedManager))).andExpect(status().isNotFound());
  }

  @Test
  void stayOfAnotherOrganisation_isNotFound() throws Exception {
    long stay = admitted(StaysFixture.unique("M"));
    HenUser stranger = StaysFixture.user(fixture.organisation("HOSPITAL"), Role.BED_MANAGER);
    mvc.perform(get("/api/v1/stays/{id}", stay).with(user(stranger))).andExpect(status().isNotFound());
    mvc.perform(post("/api/v1/stays/{id}/discharge", stay).with(user(stranger))
            .contentType(MediaType.APPLICATION_JSON).content("{\"discharged_at\":\"" + now()
                + "\",\"destination\":\"HOME\"}"))
        .andExpect(status().isNotFound());
  }

  @Test
  void partnerAndNetworkUsers_areForbiddenStays() throws Exception {
    for (Role role : new Role[] {Role.PARTNER_COORDINATOR, Role.NETWORK_COORDINATOR, Role.QUALITY_MANAGER,
        Role.PATIENT_PARTNER, Role.ADMIN}) {
      HenUser other = StaysFixture.user(org, role);
      mvc.perform(get("/api/v1/stays").with(user(other))).andExpect(status().isForbidden());
      admit(other, admitJson(StaysFixture.unique("M"), unit, bed, now())).andExpect(status().isForbidden());
    }
  }

  @Test
  void physicianMayReadAndDischarge_butNotAdmit() throws Exception {
    long stay = admitted(StaysFixture.unique("M"));
    HenUser physician = StaysFixture.user(org, Role.PHYSICIAN);
    mvc.perform(get("/api/v1/stays").param("status", "IN_HOSPITAL").with(user(physician)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.total_pages").value(1))
        .andExpect(jsonPath("$.items[0].id").value(stay));
    admit(physician, admitJson(StaysFixture.unique("M"), unit, bed, now())).andExpect(status().isForbidden());
  }

  @Test
  void readsAndWrites_areAudited() throws Exception {
    long stay = admitted(StaysFixture.unique("M"));
    long patient = jdbc.sql("SELECT patient_id FROM stay WHERE id = ?").param(stay).query(Long.class).single();
    mvc.perform(get("/api/v1/stays/{id}", stay).with(user(bedManager))).andExpect(status().isOk());
    mvc.perform(get("/api/v1/stays").with(user(bedManager))).andExpect(status().isOk());
    discharge(stay, now()).andExpect(status().isOk());
    String sql = "SELECT COUNT(*) FROM audit_event WHERE patient_id = ? AND action = ?";
    assertThat(fixture.count(sql, patient, "ADMIT")).isEqualTo(1);
    assertThat(fixture.count(sql, patient, "DISCHARGE")).isEqualTo(1);
    // the admit and discharge responses, the stay page and the list
    assertThat(fixture.count(sql, patient, "READ")).isEqualTo(4);
  }

  @Test
  void badStatusParameter_isBadRequest() throws Exception {
    mvc.perform(get("/api/v1/stays").param("status", "ASLEEP").with(user(bedManager)))
        .andExpect(status().isBadRequest());
  }
}

package fr.hen.stays.stay;

import static fr.hen.stays.stay.StayApiIntegrationTest.admitJson;
import static fr.hen.stays.stay.StayApiIntegrationTest.now;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** Cancelling a mistaken admission or discharge through the API: rules, scope, roles, double submits. */
class CancelMovementApiIntegrationTest extends OneBedHospitalTest {

  long admitted(String mrn, long intoBed, String ofUnit) throws Exception {
    String location = mvc.perform(post("/api/v1/stays").with(user(bedManager))
            .contentType(MediaType.APPLICATION_JSON).content(admitJson(mrn, ofUnit, intoBed, now())))
        .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  long admitted() throws Exception {
    return admitted(StaysFixture.unique("M"), bed, unit);
  }

  long discharged() throws Exception {
    long stay = admitted();
    discharge(stay).andExpect(status().isOk());
    return stay;
  }

  ResultActions discharge(long stay) throws Exception {
    return mvc.perform(post("/api/v1/stays/{id}/discharge", stay).with(user(bedManager))
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"discharged_at\":\"" + now() + "\",\"destination\":\"HOME\"}"));
  }

  ResultActions cancel(String what, long stay, HenUser as, String reason) throws Exception {
    return mvc.perform(post("/api/v1/stays/{id}/cancel-" + what, stay).with(user(as))
        .contentType(MediaType.APPLICATION_JSON)
        .content(reason == null ? "{}" : "{\"reason\":\"" + reason + "\"}"));
  }

  long count(String sql, Object... params) {
    return fixture.count(sql, params);
  }

  @Test
  void cancelAdmission_voidsTheStay_freesTheBed_andIsAudited() throws Exception {
    long stay = admitted();
    long patient = jdbc.sql("SELECT patient_id FROM stay WHERE id = ?").param(stay).query(Long.class).single();

    cancel("admission", stay, bedManager, "Wrong patient").andExpect(status().isNoContent())
        .andExpect(content().string(""));

    assertThat(fixture.bedStatus(bed)).isEqualTo("FREE");
    assertThat(count("SELECT COUNT(*) FROM stay WHERE id = ? AND voided = TRUE AND void_reason = 'Wrong patient' "
        + "AND bed_id IS NULL AND changed_by = ?", stay, bedManager.name())).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM movement WHERE stay_id = ?", stay)).as("history kept").isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM audit_event WHERE patient_id = ? AND action = 'VOID' "
        + "AND resource_type = 'Stay' AND resource_id = ? AND detail LIKE '%Wrong patient'", patient,
        String.valueOf(stay))).isEqualTo(1);
    mvc.perform(get("/api/v1/stays/{id}", stay).with(user(bedManager))).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/stays").with(user(bedManager))).andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(0));
    admitted(); // the bed takes the next patient
  }

  @Test
  void cancelAdmission_submittedTwice_secondIsConflict() throws Exception {
    long stay = admitted();
    cancel("admission", stay, bedManager, "Typo").andExpect(status().isNoContent());
    cancel("admission", stay, bedManager, "Typo").andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("admission-cancelled"));
    cancel("discharge", stay, bedManager, "Typo").andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("admission-cancelled"));
  }

  @Test
  void cancelAdmission_afterATransfer_isStayTransferred_andChangesNothing() throws Exception {
    long stay = admitted();
    long room = jdbc.sql("SELECT room_id FROM bed WHERE id = ?").param(bed).query(Long.class).single();
    long other = fixture.bed(room, "B", "FREE", null);
    mvc.perform(post("/api/v1/stays/{id}/transfer", stay).with(user(bedManager))
            .contentType(MediaType.APPLICATION_JSON).content("{\"bed\":" + other + ",\"at\":\"" + now() + "\"}"))
        .andExpect(status().isOk());
    cancel("admission", stay, bedManager, "Typo").andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("stay-transferred"));
    assertThat(fixture.bedStatus(other)).isEqualTo("OCCUPIED");
    assertThat(count("SELECT COUNT(*) FROM stay WHERE id = ? AND voided = FALSE", stay)).isEqualTo(1);
  }

  @Test
  void cancelAdmission_ofADischargedStay_isStayDischarged() throws Exception {
    long stay = discharged();
    cancel("admission", stay, bedManager, "Typo").andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("stay-discharged"));
  }

  @Test
  void cancelWithoutReason_isRejectedNamingReason() throws Exception {
    long stay = admitted();
    cancel("admission", stay, bedManager, null).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    cancel("admission", stay, bedManager, "   ").andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    cancel("admission", stay, bedManager, "x".repeat(201)).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    discharge(stay).andExpect(status().isOk());
    cancel("discharge", stay, bedManager, "").andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    assertThat(count("SELECT COUNT(*) FROM stay WHERE id = ? AND voided = FALSE AND status = 'DISCHARGED'", stay))
        .isEqualTo(1);
  }

  @Test
  void stayOfAnotherOrganisation_isNotFound() throws Exception {
    long inHospital = admitted();
    HenUser stranger = StaysFixture.user(fixture.organisation("HOSPITAL"), Role.BED_MANAGER);
    cancel("admission", inHospital, stranger, "Typo").andExpect(status().isNotFound());
    discharge(inHospital).andExpect(status().isOk());
    cancel("discharge", inHospital, stranger, "Typo").andExpect(status().isNotFound());
    assertThat(count("SELECT COUNT(*) FROM stay WHERE id = ? AND status = 'DISCHARGED' AND voided = FALSE",
        inHospital)).isEqualTo(1);
  }

  @Test
  void otherRoles_areForbidden() throws Exception {
    long stay = admitted();
    for (Role role : new Role[] {Role.PHYSICIAN, Role.DISCHARGE_COORDINATOR, Role.ADMIN, Role.QUALITY_MANAGER}) {
      cancel("admission", stay, StaysFixture.user(org, role), "Typo").andExpect(status().isForbidden());
    }
    discharge(stay).andExpect(status().isOk());
    for (Role role : new Role[] {Role.ADMIN, Role.QUALITY_MANAGER, Role.PARTNER_COORDINATOR, Role.PATIENT_PARTNER}) {
      cancel("discharge", stay, StaysFixture.user(org, role), "Typo").andExpect(status().isForbidden());
    }
    assertThat(count("SELECT COUNT(*) FROM stay WHERE id = ? AND status = 'DISCHARGED'", stay)).isEqualTo(1);
  }

  @Test
  void cancelDischarge_putsThePatientBackInTheBedLeft_andKeepsTheDischargeVoided() throws Exception {
    long stay = discharged();
    assertThat(fixture.bedStatus(bed)).isEqualTo("CLEANING");
    HenUser physician = StaysFixture.user(org, Role.PHYSICIAN);

    cancel("discharge", stay, physician, "Discharged the wrong patient").andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("IN_HOSPITAL"))
        .andExpect(jsonPath("$.bed_id").value(bed))
        .andExpect(jsonPath("$.discharged_at").doesNotExist())
        .andExpect(jsonPath("$.discharge_destination").doesNotExist())
        .andExpect(jsonPath("$.movements[0].voided").value(false))
        .andExpect(jsonPath("$.movements[1].kind").value("DISCHARGE"))
        .andExpect(jsonPath("$.movements[1].voided").value(true))
        .andExpect(jsonPath("$.movements[1].void_reason").value("Discharged the wrong patient"));

    assertThat(fixture.bedStatus(bed)).isEqualTo("OCCUPIED");
    assertThat(count("SELECT COUNT(*) FROM movement WHERE stay_id = ? AND kind = 'DISCHARGE' AND voided = TRUE "
        + "AND changed_by = ?", stay, physician.name())).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM audit_event WHERE resource_id = ? AND action = 'VOID' "
        + "AND username = ? AND detail LIKE 'discharge cancelled%'", String.valueOf(stay), physician.name()))
        .isEqualTo(1);
    mvc.perform(get("/api/v1/stays").param("status", "IN_HOSPITAL").with(user(bedManager)))
        .andExpect(jsonPath("$.items[*].id", hasItem((int) stay)));
  }

  @Test
  void cancelDischarge_submittedTwice_secondIsStayNotDischarged() throws Exception {
    long stay = discharged();
    cancel("discharge", stay, bedManager, "Typo").andExpect(status().isOk());
    cancel("discharge", stay, bedManager, "Typo").andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("stay-not-discharged"));
    assertThat(count("SELECT COUNT(*) FROM movement WHERE stay_id = ? AND voided = TRUE", stay)).isEqualTo(1);
  }

  @Test
  void afterACancelledDischarge_theRealDischarge_mayPrecedeTheVoidedOne() throws Exception {
    long stay = admitted();
    mvc.perform(post("/api/v1/stays/{id}/discharge", stay).with(user(bedManager))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"discharged_at\":\"" + now().plusSeconds(30) + "\",\"destination\":\"HOME\"}"))
        .andExpect(status().isOk());
    cancel("discharge", stay, bedManager, "Wrong time").andExpect(status().isOk());
    discharge(stay).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DISCHARGED"));
  }

  @Test
  void cancelDischarge_whenTheBedLeftIsReserved_isBedUnavailable_andChangesNothing() throws Exception {
    long stay = discharged();
    jdbc.sql("UPDATE bed SET status = 'RESERVED' WHERE id = ?").param(bed).update();
    cancel("discharge", stay, bedManager, "Typo").andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("bed-unavailable"));
    assertThat(fixture.bedStatus(bed)).isEqualTo("RESERVED");
    assertThat(count("SELECT COUNT(*) FROM stay WHERE id = ? AND status = 'DISCHARGED'", stay)).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM movement WHERE stay_id = ? AND voided = TRUE", stay)).isZero();
  }

  @Test
  void cancelDischarge_whenTheBedLeftIsCleanedButNotReady_takesThePatientBack() throws Exception {
    long stay = discharged();
    mvc.perform(put("/api/v1/beds/{id}/status", bed).with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"action\":\"CLEANED\"}")).andExpect(status().isOk());
    assertThat(fixture.bedStatus(bed)).isEqualTo("CLEANED");
    cancel("discharge", stay, bedManager, "Typo").andExpect(status().isOk())
        .andExpect(jsonPath("$.bed_id").value(bed));
    assertThat(fixture.bedStatus(bed)).isEqualTo("OCCUPIED");
  }

  @Test
  void cancelDischarge_whenAnotherPatientTookTheBed_isBedUnavailable() throws Exception {
    long stay = discharged();
    jdbc.sql("UPDATE bed SET status = 'FREE' WHERE id = ?").param(bed).update();
    admitted();
    cancel("discharge", stay, bedManager, "Typo").andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("bed-unavailable"));
  }

  @Test
  void cancelDischarge_ofAPatientAdmittedAgain_isPatientAlreadyInHospital() throws Exception {
    String mrn = StaysFixture.unique("M");
    long stay = admitted(mrn, bed, unit);
    discharge(stay).andExpect(status().isOk());
    String otherUnit = StaysFixture.unique("U");
    admitted(mrn, fixture.freeBed(org, otherUnit), otherUnit);
    cancel("discharge", stay, bedManager, "Typo").andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("patient-already-in-hospital"));
    assertThat(fixture.bedStatus(bed)).isEqualTo("CLEANING");
  }

  @Test
  void cancelDischarge_ofAnInHospitalStay_isStayNotDischarged() throws Exception {
    long stay = admitted();
    cancel("discharge", stay, bedManager, "Typo").andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("stay-not-discharged"));
    mvc.perform(get("/api/v1/stays/{id}", stay).with(user(bedManager)))
        .andExpect(jsonPath("$.movements[*].voided", not(hasItem(true))));
  }
}

package fr.hen.stays.stay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.platform.SystemActor;
import fr.hen.platform.SystemActors;
import fr.hen.stays.StaysFixture;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The stays file leaves the application audited as an EXPORT, by a person or a system actor (issue 8). */
class StayExportIntegrationTest extends OneBedHospitalTest {

  @Autowired StayExport export;

  long stayId;
  String mrn = StaysFixture.unique("M");
  LocalDate today = LocalDate.now();

  @BeforeEach
  void oneDischargedStay() throws Exception {
    String location = mvc.perform(post("/api/v1/stays").with(user(bedManager)).contentType("application/json")
            .content(StayApiIntegrationTest.admitJson(mrn, unit, bed, StayApiIntegrationTest.now().minusHours(2))))
        .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
    stayId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    mvc.perform(post("/api/v1/stays/{id}/discharge", stayId).with(user(bedManager)).contentType("application/json")
            .content("{\"discharged_at\":\"" + StayApiIntegrationTest.now() + "\",\"destination\":\"SMR\"}"))
        .andExpect(status().isOk());
  }

  String csv(HenUser as) throws Exception {
    return mvc.perform(get("/api/v1/stays/export").param("from", today.minusDays(1).toString())
            .param("to", today.toString()).with(user(as)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  @Test
  void qualityManager_getsTheStaysFile_withoutNamesOrMrn_andTheExportIsAudited() throws Exception {
    HenUser quality = StaysFixture.user(org, Role.QUALITY_MANAGER);
    String csv = csv(quality);
    assertThat(csv.lines().toList()).first().isEqualTo(StayExport.HEADER);
    assertThat(csv).contains("\n" + stayId + ",").contains(",F,").contains("," + unit + ",")
        .contains(",EMERGENCY,SMR,false,").doesNotContain(mrn).doesNotContain("Martin");
    assertThat(fixture.count("SELECT COUNT(*) FROM audit_event WHERE username = ? AND action = 'EXPORT' "
        + "AND actor_kind = 'PERSON' AND resource_type = 'StayExport'", quality.name())).isEqualTo(1);
  }

  @Test
  void systemActorWithTheExportRight_exports_andIsAuditedAsASystemExport() {
    SystemActor nightly = SystemActor.forOrganisation("network-submission", org, Set.of(), StayExport.EXPORT_RIGHT);
    String csv = SystemActors.run(nightly, () -> export.csv(nightly, today.minusDays(1), today));
    assertThat(csv).contains("\n" + stayId + ",");
    assertThat(fixture.count("SELECT COUNT(*) FROM audit_event WHERE username = 'system:network-submission' "
        + "AND action = 'EXPORT' AND actor_kind = 'SYSTEM' AND organisation_id = ?", org)).isEqualTo(1);
  }

  @Test
  void anotherHospital_exportsNoneOfTheseStays_andOtherRolesAreRefused() throws Exception {
    assertThat(csv(StaysFixture.user(fixture.organisation("HOSPITAL"), Role.QUALITY_MANAGER)))
        .isEqualTo(StayExport.HEADER + "\n");
    mvc.perform(get("/api/v1/stays/export").param("from", today.toString()).param("to", today.toString())
            .with(user(bedManager)))
        .andExpect(status().isForbidden());
  }

  @Test
  void periodBackwards_is422NamingTo() throws Exception {
    mvc.perform(get("/api/v1/stays/export").param("from", today.toString()).param("to", today.minusDays(1).toString())
            .with(user(StaysFixture.user(org, Role.QUALITY_MANAGER))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("to"));
  }

  @Test
  void csvFields_areQuotedOnlyWhenTheyMustBe() {
    assertThat(StayExport.quoted("ONCO")).isEqualTo("ONCO");
    assertThat(StayExport.quoted("a,b")).isEqualTo("\"a,b\"");
    assertThat(StayExport.quoted("say \"x\"")).isEqualTo("\"say \"\"x\"\"\"");
  }
}

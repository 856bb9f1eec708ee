package fr.hen.network;

import static fr.hen.network.NetworkTestSupport.as;
import static fr.hen.network.NetworkTestSupport.capability;
import static fr.hen.network.NetworkTestSupport.coordinator;
import static fr.hen.network.NetworkTestSupport.create;
import static fr.hen.network.NetworkTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import fr.hen.platform.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Every write to an organisation leaves an administration entry in the audit log, in the same transaction. */
@PostgresIntegrationTest
class OrganisationAuditTest {

  record Entry(String action, String username, String detail, Long patientId) {}

  @Autowired MockMvc mvc;
  @Autowired OrganisationDirectory directory;
  @Autowired JdbcClient jdbc;

  List<Entry> audit(String code) {
    return jdbc.sql("""
            SELECT action, username, detail, patient_id FROM audit_event
            WHERE resource_type = 'Organisation' AND resource_id = :code ORDER BY id""")
        .param("code", code).query(Entry.class).list();
  }

  @Test
  void apiWrites_areAudited_withWhatChanged_andNoContactNames() throws Exception {
    String code = unique("AUD-");
    create(mvc, code, "HAD Audit", "HAD", "Lille", null, null, "PROSPECT", "[" + capability("DIALYSIS", 3, 1) + "]");
    mvc.perform(put("/api/v1/organizations/" + code).with(coordinator()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"code\":\"%s\",\"name\":\"HAD Audit Sud\",\"type\":\"HAD\",\"city\":\"Lens\",".formatted(code)
                + "\"partnership_status\":\"ACTIVE\"}"))
        .andExpect(status().isOk());
    mvc.perform(put("/api/v1/organizations/" + code + "/capacity").with(coordinator())
            .contentType(MediaType.APPLICATION_JSON)
            .content("[" + capability("DIALYSIS", 3, 2) + "," + capability("PALLIATIVE_CARE", 4, 4) + "]"))
        .andExpect(status().isOk());
    mvc.perform(put("/api/v1/organizations/" + code + "/contacts").with(coordinator())
            .contentType(MediaType.APPLICATION_JSON).content("[{\"name\":\"Anne Secret\",\"role\":\"IDEC\"}]"))
        .andExpect(status().isOk());
    mvc.perform(post("/api/v1/organizations/" + code + "/deactivate").with(coordinator()))
        .andExpect(status().isOk());

    List<Entry> entries = audit(code);
    assertThat(entries).extracting(Entry::action).containsExactly("CREATE", "UPDATE", "UPDATE", "UPDATE", "VOID");
    assertThat(entries).allSatisfy(e -> {
      assertThat(e.username()).isEqualTo("u1");
      assertThat(e.patientId()).isNull();
      assertThat(e.detail()).doesNotContain("Anne Secret");
    });
    assertThat(entries.get(0).detail()).contains("type=HAD", "city=Lille", "DIALYSIS 1/3 AVAILABLE");
    assertThat(entries.get(1).detail()).contains("name", "city=Lille→Lens", "partnership_status=PROSPECT→ACTIVE")
        .doesNotContain("type");
    assertThat(entries.get(2).detail()).contains("DIALYSIS 1/3 AVAILABLE→2/3 AVAILABLE",
        "PALLIATIVE_CARE 4/4 AVAILABLE");
    assertThat(entries.get(3).detail()).contains("contacts=0→1");
    assertThat(entries.get(4).detail()).contains("active=false");
  }

  @Test
  void rejectedWrite_leavesNoEntry() throws Exception {
    String code = unique("AUDR-");
    create(mvc, code, "SSIAD Refus", "SSIAD", "Lille", null, null, "ACTIVE", "[]");
    mvc.perform(put("/api/v1/organizations/" + code + "/capacity").with(coordinator())
            .contentType(MediaType.APPLICATION_JSON).content("[" + capability("DIALYSIS", 3, 5) + "]"))
        .andExpect(status().isUnprocessableContent());
    assertThat(audit(code)).extracting(Entry::action).containsExactly("CREATE");
  }

  @Test
  void pageWrites_areAudited() throws Exception {
    String code = unique("AUDP-");
    mvc.perform(post("/organisations").with(csrf()).with(coordinator())
        .param("code", code).param("type", "SMR").param("name", "SMR Pages").param("city", "Arras")
        .param("partnershipStatus", "PROSPECT"));
    mvc.perform(post("/organisations/" + code + "/edit").with(csrf()).with(coordinator())
        .param("code", code).param("type", "SMR").param("name", "SMR Pages").param("city", "Arras")
        .param("phone", "03 21 00 00 00").param("partnershipStatus", "PROSPECT"));
    mvc.perform(post("/organisations/" + code + "/capacity").with(csrf()).with(coordinator())
        .param("rows[0].capability", "DIALYSIS").param("rows[0].places", "5").param("rows[0].freePlaces", "2")
        .param("rows[0].capacityStatus", "AVAILABLE"));
    mvc.perform(post("/organisations/" + code + "/contacts").with(csrf()).with(coordinator())
        .param("rows[0].name", "Paul Privé"));
    mvc.perform(post("/organisations/" + code + "/deactivate").with(csrf()).with(coordinator()));

    List<Entry> entries = audit(code);
    assertThat(entries).extracting(Entry::action).containsExactly("CREATE", "UPDATE", "UPDATE", "UPDATE", "VOID");
    assertThat(entries.get(1).detail()).contains("phone").doesNotContain("03 21");
    assertThat(entries.get(2).detail()).contains("DIALYSIS 2/5 AVAILABLE");
    assertThat(entries.get(3).detail()).contains("contacts=0→1").doesNotContain("Paul");
  }

  @Test
  void organisationEntries_areFiledUnderAdministration() throws Exception {
    String code = unique("AUDK-");
    create(mvc, code, "EHPAD Filtre", "EHPAD", "Douai", null, null, "ACTIVE", "[]");
    mvc.perform(get("/api/v1/audit").param("kind", "ACCOUNTS").param("size", "200").with(as(1, Role.ADMIN)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].resource_id").value(hasItem(code)));
    mvc.perform(get("/api/v1/audit").param("kind", "PATIENT_DATA").param("size", "200").with(as(1, Role.ADMIN)))
        .andExpect(jsonPath("$.items[*].resource_id").value(not(hasItem(code))));
    mvc.perform(get("/admin/audit").param("kind", "ACCOUNTS").with(as(1, Role.ADMIN)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Organisation " + code)));
  }
}

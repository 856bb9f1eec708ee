package fr.hen.stays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.H2SmokeTest;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@H2SmokeTest
class StaysH2SmokeTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void admitAndDischarge_onH2() throws Exception {
    StaysFixture fixture = new StaysFixture(jdbc);
    long org = fixture.organisation("HOSPITAL");
    String unit = StaysFixture.unique("U");
    long bed = fixture.freeBed(org, unit);
    HenUser bedManager = StaysFixture.user(org, Role.BED_MANAGER);
    LocalDateTime at = LocalDateTime.now().minusHours(1).truncatedTo(ChronoUnit.SECONDS);
    String body = """
        {"patient":{"mrn":"H2-1","family_name":"Petit","given_name":"Louis","birth_date":"1970-01-01",
         "sex":"M"},"unit":"%s","bed":%d,"admitted_at":"%s","admission_source":"HOME"}""".formatted(unit, bed, at);
    String location = mvc.perform(post("/api/v1/stays").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
            .header("Idempotency-Key", "h2-key-" + unit).content(body))
        .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
    mvc.perform(post("/api/v1/stays").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
            .header("Idempotency-Key", "h2-key-" + unit).content(body))
        .andExpect(status().isCreated()).andExpect(header().string("Location", location));
    mvc.perform(get("/beds").param("unit", unit).with(user(bedManager))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Petit Louis")));
    assertThat(jdbc.sql("""
        SELECT a.detail FROM audit_event a JOIN stay s ON s.patient_id = a.patient_id
        WHERE s.organisation_id = :org AND a.resource_type = 'BedBoard'""").param("org", org).query(String.class)
        .list()).as("the patient shown on the board of that unit").containsExactly("unit " + unit);
    mvc.perform(post(location + "/discharge").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"discharged_at\":\"" + at.plusMinutes(30) + "\",\"destination\":\"HAD\"}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DISCHARGED"));
    assertThat(fixture.bedStatus(bed)).isEqualTo("CLEANING");
    mvc.perform(get("/beds").with(user(bedManager))).andExpect(status().isOk());
  }

  @Test
  void cancelADischarge_thenTheAdmission_onH2() throws Exception {
    StaysFixture fixture = new StaysFixture(jdbc);
    long org = fixture.organisation("HOSPITAL");
    String unit = StaysFixture.unique("U");
    long bed = fixture.freeBed(org, unit);
    HenUser bedManager = StaysFixture.user(org, Role.BED_MANAGER);
    LocalDateTime at = LocalDateTime.now().minusHours(1).truncatedTo(ChronoUnit.SECONDS);
    String location = mvc.perform(post("/api/v1/stays").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"patient":{"mrn":"%s","family_name":"Petit","given_name":"Louis","birth_date":"1970-01-01",
                 "sex":"M"},"unit":"%s","bed":%d,"admitted_at":"%s","admission_source":"HOME"}"""
                .formatted(StaysFixture.unique("H2-"), unit, bed, at)))
        .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
    mvc.perform(post(location + "/discharge").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"discharged_at\":\"" + at.plusMinutes(30) + "\",\"destination\":\"HOME\"}"))
        .andExpect(status().isOk());
    mvc.perform(post(location + "/cancel-discharge").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"reason\":\"Wrong patient\"}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_HOSPITAL"))
        .andExpect(jsonPath("$.movements[1].voided").value(true));
    assertThat(fixture.bedStatus(bed)).isEqualTo("OCCUPIED");
    mvc.perform(post(location + "/cancel-admission").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"reason\":\"Wrong patient\"}"))
        .andExpect(status().isNoContent());
    assertThat(fixture.bedStatus(bed)).isEqualTo("FREE");
    mvc.perform(get(location).with(user(bedManager))).andExpect(status().isNotFound());
  }

  @Test
  void configureAUnitAndARoom_onH2() throws Exception {
    long org = new StaysFixture(jdbc).organisation("HOSPITAL");
    HenUser admin = StaysFixture.user(org, Role.ADMIN);
    String unit = StaysFixture.unique("U").toUpperCase();
    mvc.perform(post("/api/v1/units").with(user(admin)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"code\":\"" + unit + "\",\"name\":\"Gériatrie\",\"specialism\":\"GERIATRICS\"}"))
        .andExpect(status().isCreated());
    mvc.perform(post("/api/v1/units/{code}/rooms", unit).with(user(admin)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"code\":\"1\",\"capacity\":2,\"gender_policy\":\"ANY\",\"equipment\":[\"OXYGEN\"]}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.rooms[0].beds.length()").value(2));
    mvc.perform(get("/units/{code}", unit).with(user(admin))).andExpect(status().isOk());
    mvc.perform(get("/api/v1/units").with(user(admin))).andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].code").value(unit)).andExpect(jsonPath("$.items[0].free").value(2));
    assertThat(jdbc.sql("SELECT resource_type || ' ' || action FROM audit_event WHERE username = :u ORDER BY id")
        .param("u", admin.getUsername()).query(String.class).list()).containsExactly("Unit CREATE", "Room CREATE");
    mvc.perform(get("/admin/audit").param("kind", "ACCOUNTS").with(user(admin))).andExpect(status().isOk());
  }
}

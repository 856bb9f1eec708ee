package fr.hen.adt.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import fr.hen.adt.feed.AdtListener;
import fr.hen.adt.mllp.MllpClient;
import fr.hen.adt.mllp.MllpServer;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The integration monitor: a hospital's messages only, the raw text for its bed manager only (audited), a message
 * rejected for an unknown sending facility replayed once the administrator adds the alias.
 */
@PostgresIntegrationTest
class AdtMonitorIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired AdtListener listener;

  @Test
  void monitorScopesRolesAuditAndReplayAfterAnAlias() throws Exception {
    StaysFixture fixture = new StaysFixture(jdbc);
    long org = fixture.organisation("HOSPITAL");
    long other = fixture.organisation("HOSPITAL");
    long unit = fixture.unit(org, "MED");
    fixture.bed(fixture.room(unit, "101", "ANY"), "A", "FREE", null);
    HenUser bedManager = StaysFixture.user(org, Role.BED_MANAGER);
    HenUser admin = StaysFixture.user(org, Role.ADMIN);
    HenUser otherBedManager = StaysFixture.user(other, Role.BED_MANAGER);
    HenUser physician = StaysFixture.user(org, Role.PHYSICIAN);
    String alias = StaysFixture.unique("PAS").toUpperCase();
    String control = "MON" + System.nanoTime();
    String at = LocalDateTime.now().minusHours(1).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    String message = "MSH|^~\\&|PAS|" + alias + "|HEN|HEN|" + at + "||ADT^A01|" + control + "|P|2.5\r"
        + "EVN|A01|" + at + "\rPID|1||MON1^^^^PI||Secret^Jeanne||19500203|F\r"
        + "PV1|1|I|MED^101^A||||||||||||||||VMON1\r";
    try (MllpServer server = listener.open(0, new MllpServer.Settings(4, 1 << 20, Duration.ofSeconds(30),
        Duration.ofSeconds(10), Duration.ofSeconds(10), 4));
        MllpClient client = new MllpClient("localhost", server.port(), Duration.ofSeconds(10))) {
      assertThat(client.send(message)).contains("MSA|AR|" + control);
    }
    long id = jdbc.sql("SELECT id FROM adt_message WHERE control_id = :c").param("c", control).query(Long.class)
        .single();
    // no hospital yet: the message is nobody's
    mvc.perform(get("/api/v1/adt/messages/{id}", id).with(user(bedManager))).andExpect(status().isNotFound());

    // the administrator adds the alias and replays it: applied, the stay admitted
    mvc.perform(post("/api/v1/adt/facility-aliases").with(user(admin)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"alias\":\"" + alias.toLowerCase() + "\"}")).andExpect(status().isCreated())
        .andExpect(jsonPath("$.alias").value(alias));
    mvc.perform(post("/api/v1/adt/facility-aliases").with(user(admin)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"alias\":\"" + alias + "\"}")).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("alias-taken"));
    // the rejected message is now the hospital's
    mvc.perform(get("/api/v1/adt/messages").param("status", "REJECTED").with(user(admin)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].id").value(id));
    mvc.perform(post("/api/v1/adt/messages/{id}/replay", id).with(user(admin))).andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PROCESSED")).andExpect(jsonPath("$.raw").doesNotExist());
    assertThat(jdbc.sql("SELECT COUNT(*) FROM stay WHERE organisation_id = :org AND external_id = 'VMON1'")
        .param("org", org).query(Long.class).single()).isEqualTo(1);
    mvc.perform(post("/api/v1/adt/messages/{id}/replay", id).with(user(bedManager)))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("message-processed"));

    // list and counts of the hospital; another hospital sees none of it; a physician none at all
    mvc.perform(get("/api/v1/adt/messages").with(user(bedManager))).andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.counts.PROCESSED").value(1))
        .andExpect(jsonPath("$.items[0].raw").doesNotExist());
    mvc.perform(get("/api/v1/adt/messages").with(user(otherBedManager))).andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(get("/api/v1/adt/messages/{id}", id).with(user(otherBedManager))).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/adt/messages").with(user(physician))).andExpect(status().isForbidden());

    // the raw text: the bed manager's, audited naming the patient; not the administrator's
    mvc.perform(get("/api/v1/adt/messages/{id}", id).with(user(admin))).andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Secret"))));
    mvc.perform(get("/api/v1/adt/messages/{id}", id).with(user(bedManager))).andExpect(status().isOk())
        .andExpect(jsonPath("$.raw").value(containsString("Secret^Jeanne")));
    long patient = jdbc.sql("SELECT id FROM patient WHERE organisation_id = :org AND mrn = 'MON1'")
        .param("org", org).query(Long.class).single();
    assertThat(jdbc.sql("""
            SELECT COUNT(*) FROM audit_event WHERE username = :u AND action = 'READ'
              AND resource_type = 'AdtMessage' AND resource_id = :id AND patient_id = :p""")
        .param("u", bedManager.name()).param("id", String.valueOf(id)).param("p", patient)
        .query(Long.class).single()).isEqualTo(1);

    // the pages
    mvc.perform(get("/adt/messages").with(user(bedManager))).andExpect(status().isOk())
        .andExpect(content().string(containsString(control)));
    mvc.perform(get("/adt/messages/{id}", id).with(user(bedManager))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Secret^Jeanne")));
    mvc.perform(get("/adt/messages/{id}", id).with(user(admin))).andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Secret"))));
  }
}

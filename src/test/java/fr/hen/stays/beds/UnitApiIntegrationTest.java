package fr.hen.stays.beds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The unit API: reading a unit's rooms and beds, and the administrator's changes, each committed or not at all. */
class UnitApiIntegrationTest extends HospitalAdministratorTest {

  ResultActions send(MockHttpServletRequestBuilder request, HenUser as, String json) throws Exception {
    return mvc.perform(request.with(user(as)).contentType(MediaType.APPLICATION_JSON).content(json));
  }

  ResultActions createUnit(String code) throws Exception {
    return send(post("/api/v1/units"), admin,
        "{\"code\":\"" + code + "\",\"name\":\"Oncologie C\",\"specialism\":\"MEDICAL_ONCOLOGY\"}");
  }

  ResultActions createRoom(String room, int capacity, String policy, String equipment) throws Exception {
    return send(post("/api/v1/units/{code}/rooms", unit), admin, """
        {"code":"%s","capacity":%d,"gender_policy":"%s","equipment":%s}""".formatted(room, capacity, policy,
        equipment));
  }

  ResultActions changeRoom(String room, int capacity, String policy) throws Exception {
    return send(put("/api/v1/units/{code}/rooms/{room}", unit, room), admin, """
        {"capacity":%d,"gender_policy":"%s","equipment":["OXYGEN"]}""".formatted(capacity, policy));
  }

  @Test
  void administrator_createsAUnitAndARoom_whoseBedsTakePatients() throws Exception {
    createUnit(unit.toLowerCase()).andExpect(status().isCreated())
        .andExpect(header().string("Location", endsWith("/api/v1/units/" + unit)))
        .andExpect(jsonPath("$.code").value(unit))
        .andExpect(jsonPath("$.specialism").value("MEDICAL_ONCOLOGY"))
        .andExpect(jsonPath("$.rooms.length()").value(0));
    createRoom("201", 2, "SAME", "[\"ISOLATION\",\"OXYGEN\"]").andExpect(status().isCreated())
        .andExpect(jsonPath("$.rooms[0].code").value("201"))
        .andExpect(jsonPath("$.rooms[0].capacity").value(2))
        .andExpect(jsonPath("$.rooms[0].gender_policy").value("SAME"))
        .andExpect(jsonPath("$.rooms[0].equipment", contains("OXYGEN", "ISOLATION")))
        .andExpect(jsonPath("$.rooms[0].beds[*].code", contains("A", "B")))
        .andExpect(jsonPath("$.rooms[0].beds[*].status", contains("FREE", "FREE")));

    HenUser bedManager = StaysFixture.user(org, Role.BED_MANAGER);
    mvc.perform(get("/api/v1/units").with(user(bedManager))).andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].code").value(unit)).andExpect(jsonPath("$.items[0].free").value(2));
    long bed = jdbc.sql("SELECT b.id FROM bed b JOIN room r ON r.id = b.room_id JOIN unit u ON u.id = r.unit_id "
        + "WHERE u.organisation_id = :org AND b.code = 'A'").param("org", org).query(Long.class).single();
    String at = LocalDateTime.now().minusMinutes(1).truncatedTo(ChronoUnit.SECONDS).toString();
    send(post("/api/v1/stays"), bedManager, """
        {"patient":{"mrn":"%s","family_name":"Durand","given_name":"Luc","birth_date":"1961-05-06","sex":"M"},
         "unit":"%s","bed":%d,"admitted_at":"%s","admission_source":"HOME","planned":true}"""
        .formatted(StaysFixture.unique("M"), unit, bed, at)).andExpect(status().isCreated());

    assertThat(fixture.count("SELECT COUNT(*) FROM audit_event WHERE resource_type = 'Unit' AND action = 'CREATE' "
        + "AND username = ? AND detail LIKE ?", admin.getUsername(), "code=" + unit + "%")).isEqualTo(1);
    assertThat(fixture.count("SELECT COUNT(*) FROM audit_event WHERE resource_type = 'Room' AND action = 'CREATE' "
        + "AND username = ?", admin.getUsername())).isEqualTo(1);
  }

  @Test
  void unit_showsItsRoomsAndBeds_toAnyUserOfTheHospital_andIsNotFoundElsewhere() throws Exception {
    unit = unit.toLowerCase(); // a code written before HEN kept codes in capitals is found as it is
    long room = fixture.room(fixture.unit(org, unit), "101", "FEMALE");
    fixture.bed(room, "A", "BLOCKED", "Oxygen outlet");
    mvc.perform(get("/api/v1/units/{code}", unit).with(user(StaysFixture.user(org, Role.QUALITY_MANAGER))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.specialism").value("INTERNAL_MEDICINE"))
        .andExpect(jsonPath("$.rooms[0].gender_policy").value("FEMALE"))
        .andExpect(jsonPath("$.rooms[0].beds[0].status").value("BLOCKED"))
        .andExpect(jsonPath("$.rooms[0].beds[0].blocked_reason").doesNotExist());
    mvc.perform(get("/api/v1/units/{code}", unit).with(user(StaysFixture.user(org, Role.BED_MANAGER))))
        .andExpect(jsonPath("$.rooms[0].beds[0].blocked_reason").value("Oxygen outlet"));
    HenUser otherHospital = StaysFixture.user(fixture.organisation("HOSPITAL"), Role.ADMIN);
    mvc.perform(get("/api/v1/units/{code}", unit).with(user(otherHospital))).andExpect(status().isNotFound())
        .andExpect(header().string("Content-Type", "application/problem+json"));
    send(post("/api/v1/units/{code}/rooms", unit), otherHospital,
        "{\"code\":\"999\",\"capacity\":1,\"gender_policy\":\"ANY\"}").andExpect(status().isNotFound());
    assertThat(fixture.count("SELECT COUNT(*) FROM room WHERE code = '999'")).isZero();
  }

  @Test
  void units_comeInPagesByCode() throws Exception {
    String first = unit + "A";
    String second = unit + "B";
    createUnit(second).andExpect(status().isCreated());
    createUnit(first).andExpect(status().isCreated());
    mvc.perform(get("/api/v1/units").param("size", "1").param("page", "1").with(user(admin)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].code", contains(second)))
        .andExpect(jsonPath("$.total").value(2)).andExpect(jsonPath("$.total_pages").value(2));
  }

  @Test
  void onlyTheAdministrator_changesTheStructure() throws Exception {
    send(post("/api/v1/units"), StaysFixture.user(org, Role.BED_MANAGER),
        "{\"code\":\"" + unit + "\",\"name\":\"X\",\"specialism\":\"GERIATRICS\"}")
        .andExpect(status().isForbidden());
    assertThat(fixture.count("SELECT COUNT(*) FROM unit WHERE code = ?", unit)).isZero();
  }

  @Test
  void duplicateCodes_areConflicts() throws Exception {
    createUnit(unit).andExpect(status().isCreated());
    createUnit(unit).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("unit-code-taken"));
    fixture.unit(org, "legacy-" + unit.toLowerCase());
    createUnit("LEGACY-" + unit).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("unit-code-taken"));
    createRoom("101", 1, "ANY", "[]").andExpect(status().isCreated());
    createRoom("101", 2, "ANY", "[]").andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("room-code-taken"));
    assertThat(fixture.count("SELECT COUNT(*) FROM bed b JOIN room r ON r.id = b.room_id JOIN unit u "
        + "ON u.id = r.unit_id WHERE u.organisation_id = ?", org)).isEqualTo(1);
  }

  @Test
  void badFields_areNamed() throws Exception {
    send(post("/api/v1/units"), admin, "{\"code\":\"" + unit + "\",\"specialism\":\"GERIATRICS\"}")
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("name"));
    send(post("/api/v1/units"), admin, "{\"code\":\"" + unit + "\",\"name\":\"X\",\"specialism\":\"ASTROLOGY\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail",
            containsString("specialism")));
    createUnit(unit).andExpect(status().isCreated());
    createRoom("102", 13, "ANY", "[]").andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("capacity"));
    createRoom("10 2", 1, "ANY", "[]").andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("code"));
    createRoom("102", 1, "ANY", "[\"JACUZZI\"]").andExpect(status().isBadRequest());
    createRoom("102", 1, "ANY", "[null]").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field", containsString("equipment")));
    assertThat(fixture.count("SELECT COUNT(*) FROM room r JOIN unit u ON u.id = r.unit_id "
        + "WHERE u.organisation_id = ?", org)).isZero();
  }

  @Test
  void capacity_growsWithNewBeds_butNeverBelowTheBeds() throws Exception {
    createUnit(unit).andExpect(status().isCreated());
    createRoom("301", 1, "ANY", "[]").andExpect(status().isCreated());
    changeRoom("301", 3, "SAME").andExpect(status().isOk())
        .andExpect(jsonPath("$.rooms[0].beds[*].code", contains("A", "B", "C")))
        .andExpect(jsonPath("$.rooms[0].gender_policy").value("SAME"))
        .andExpect(jsonPath("$.rooms[0].equipment", contains("OXYGEN")));
    changeRoom("301", 2, "ANY").andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("capacity"));
    mvc.perform(get("/api/v1/units/{code}", unit).with(user(admin)))
        .andExpect(jsonPath("$.rooms[0].capacity").value(3))
        .andExpect(jsonPath("$.rooms[0].gender_policy").value("SAME"));
    changeRoom("999", 3, "ANY").andExpect(status().isNotFound());
    send(put("/api/v1/units/{code}/rooms/{room}", unit, "301"), admin, "{\"capacity\":3,\"gender_policy\":\"ANY\"}")
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("equipment"));
  }

  @Test
  void genderPolicy_cannotExcludeThePatientsInTheRoom() throws Exception {
    createUnit(unit).andExpect(status().isCreated());
    createRoom("401", 2, "ANY", "[]").andExpect(status().isCreated());
    long bed = jdbc.sql("SELECT b.id FROM bed b JOIN room r ON r.id = b.room_id JOIN unit u ON u.id = r.unit_id "
        + "WHERE u.organisation_id = :org AND b.code = 'A'").param("org", org).query(Long.class).single();
    String at = LocalDateTime.now().minusMinutes(1).truncatedTo(ChronoUnit.SECONDS).toString();
    send(post("/api/v1/stays"), StaysFixture.user(org, Role.BED_MANAGER), """
        {"patient":{"mrn":"%s","family_name":"Petit","given_name":"Paul","birth_date":"1948-01-02","sex":"M"},
         "unit":"%s","bed":%d,"admitted_at":"%s","admission_source":"HOME","planned":true}"""
        .formatted(StaysFixture.unique("M"), unit, bed, at)).andExpect(status().isCreated());

    changeRoom("401", 2, "FEMALE").andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("gender-policy"));
    changeRoom("401", 2, "MALE").andExpect(status().isOk())
        .andExpect(jsonPath("$.rooms[0].gender_policy").value("MALE"));
  }

  @Test
  void ageLimits_areKeptAndShown_andAbsentOnesAreNone() throws Exception {
    send(post("/api/v1/units"), admin, """
        {"code":"%s","name":"Pédiatrie","specialism":"GERIATRICS","min_age":0,"max_age":17}""".formatted(unit))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.min_age").value(0)).andExpect(jsonPath("$.max_age").value(17));
    mvc.perform(get("/api/v1/units/{code}", unit).with(user(StaysFixture.user(org, Role.BED_MANAGER))))
        .andExpect(jsonPath("$.min_age").value(0)).andExpect(jsonPath("$.max_age").value(17));
    send(put("/api/v1/units/{code}", unit), admin, """
        {"name":"Adultes","specialism":"GERIATRICS","min_age":18}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.min_age").value(18)).andExpect(jsonPath("$.max_age").doesNotExist());
    assertThat(jdbc.sql("SELECT min_age, max_age FROM unit WHERE organisation_id = :org").param("org", org)
        .query((rs, n) -> rs.getObject("min_age") + "/" + rs.getObject("max_age")).single()).isEqualTo("18/null");
    assertThat(fixture.count("SELECT COUNT(*) FROM audit_event WHERE resource_type = 'Unit' AND action = 'UPDATE' "
        + "AND username = ? AND detail LIKE ?", admin.getUsername(), "%; min_age=18; max_age=")).isEqualTo(1);
    send(put("/api/v1/units/{code}", unit), admin, "{\"name\":\"Adultes\",\"specialism\":\"GERIATRICS\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.min_age").doesNotExist()).andExpect(jsonPath("$.max_age").doesNotExist());
  }

  @Test
  void badAgeLimits_are422NamingTheField_andChangeNothing() throws Exception {
    String unitJson = "{\"code\":\"" + unit + "\",\"name\":\"X\",\"specialism\":\"GERIATRICS\",%s}";
    send(post("/api/v1/units"), admin, unitJson.formatted("\"min_age\":65,\"max_age\":18"))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("max_age"));
    send(post("/api/v1/units"), admin, unitJson.formatted("\"min_age\":-1"))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("min_age"));
    send(post("/api/v1/units"), admin, unitJson.formatted("\"max_age\":200"))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("max_age"));
    send(post("/api/v1/units"), admin, unitJson.formatted("\"min_age\":\"ten\""))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("min_age")));
    send(post("/api/v1/units"), admin, unitJson.formatted("\"min_age\":10.5"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("min_age")));
    assertThat(fixture.count("SELECT COUNT(*) FROM unit WHERE organisation_id = ?", org)).isZero();
    send(post("/api/v1/units"), admin, unitJson.formatted("\"min_age\":18,\"max_age\":18"))
        .andExpect(status().isCreated());
    send(put("/api/v1/units/{code}", unit), admin, """
        {"name":"Y","specialism":"GERIATRICS","min_age":30,"max_age":20}""")
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("max_age"));
    mvc.perform(get("/api/v1/units/{code}", unit).with(user(admin))).andExpect(jsonPath("$.name").value("X"))
        .andExpect(jsonPath("$.min_age").value(18)).andExpect(jsonPath("$.max_age").value(18));
  }
}

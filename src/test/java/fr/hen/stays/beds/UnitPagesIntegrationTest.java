package fr.hen.stays.beds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The units list, the unit view and the administrator's unit and room forms. */
class UnitPagesIntegrationTest extends HospitalAdministratorTest {

  @Test
  void emptyHospital_saysSo_andOffersTheAdministratorToCreateAUnit() throws Exception {
    mvc.perform(get("/units").with(user(admin))).andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("est encore configurée dans votre établissement"),
            containsString("href=\"/units/new\""))));
    mvc.perform(get("/units").with(user(StaysFixture.user(org, Role.BED_MANAGER)))).andExpect(status().isOk())
        .andExpect(content().string(not(containsString("href=\"/units/new\""))));
  }

  @Test
  void unitView_showsRoomsWithCapacityGenderPolicyEquipmentAndBeds() throws Exception {
    long room = fixture.room(fixture.unit(org, unit), "101", "SAME");
    jdbc.sql("UPDATE room SET equipment = 'OXYGEN,TELEMETRY' WHERE id = :id").param("id", room).update();
    fixture.bed(room, "A", "FREE", null);
    fixture.bed(room, "B", "BLOCKED", "Lit cassé");
    mvc.perform(get("/units/{code}", unit).with(user(StaysFixture.user(org, Role.PHYSICIAN))))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Médecine interne"), containsString("Même sexe"),
            containsString("Oxygène"), containsString("Télémétrie"), containsString("101-A : Libre"),
            containsString("101-B : Bloqué"), containsString("Lit cassé"),
            containsString("href=\"/beds?unit=" + unit + "\""), not(containsString("/rooms/new")))));
    mvc.perform(get("/units/{code}", unit).param("lang", "en").with(user(admin)))
        .andExpect(content().string(allOf(containsString("Same sex as the occupants"), containsString("Oxygen"),
            containsString("/units/" + unit + "/rooms/new"), containsString("/units/" + unit + "/rooms/101/edit"))));
    mvc.perform(get("/units/{code}", unit).with(user(StaysFixture.user(fixture.organisation("HOSPITAL"),
        Role.ADMIN)))).andExpect(status().isNotFound());
  }

  @Test
  void administrator_createsAUnitThenARoom_fromTheForms() throws Exception {
    mvc.perform(post("/units").with(user(admin)).with(csrf())
            .param("code", unit).param("name", "Hématologie B").param("specialism", "HAEMATOLOGY"))
        .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/units/" + unit));
    mvc.perform(post("/units/{code}/rooms", unit).with(user(admin)).with(csrf())
            .param("code", "12").param("capacity", "2").param("genderPolicy", "ANY")
            .param("equipment", "OXYGEN", "ISOLATION"))
        .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/units/" + unit + "#room-12"));
    assertThat(fixture.count("SELECT COUNT(*) FROM bed b JOIN room r ON r.id = b.room_id JOIN unit u "
        + "ON u.id = r.unit_id WHERE u.organisation_id = ? AND b.status = 'FREE'", org)).isEqualTo(2);
    assertThat(jdbc.sql("SELECT equipment FROM room r JOIN unit u ON u.id = r.unit_id WHERE u.organisation_id = :o")
        .param("o", org).query(String.class).single()).isEqualTo("OXYGEN,ISOLATION");
  }

  @Test
  void formErrors_areShownInline_withTheTypedValuesKept() throws Exception {
    mvc.perform(post("/units").with(user(admin)).with(csrf())
            .param("code", "A B").param("name", "Gardée").param("specialism", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("id=\"code-error\""),
            containsString("Lettres, chiffres, tiret ou souligné uniquement."),
            containsString("id=\"specialism-error\""), containsString("value=\"Gard&eacute;e\""))));
    fixture.room(fixture.unit(org, unit), "101", "ANY");
    mvc.perform(post("/units").with(user(admin)).with(csrf())
            .param("code", unit).param("name", "Doublon").param("specialism", "GERIATRICS"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Votre établissement a déjà une unité de ce code.")));
    mvc.perform(post("/units/{code}/rooms", unit).with(user(admin)).with(csrf())
            .param("code", "101").param("capacity", "1").param("genderPolicy", "ANY"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Cette unité a déjà une chambre de ce code.")));
    fixture.bed(jdbc.sql("SELECT r.id FROM room r JOIN unit u ON u.id = r.unit_id WHERE u.code = :u")
        .param("u", unit).query(Long.class).single(), "A", "FREE", null);
    fixture.bed(jdbc.sql("SELECT r.id FROM room r JOIN unit u ON u.id = r.unit_id WHERE u.code = :u")
        .param("u", unit).query(Long.class).single(), "B", "FREE", null);
    mvc.perform(post("/units/{code}/rooms/101/edit", unit).with(user(admin)).with(csrf())
            .param("capacity", "1").param("genderPolicy", "FEMALE"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("id=\"capacity-error\""),
            containsString("La chambre a 2 lits"), containsString("value=\"1\""),
            containsString("<option value=\"FEMALE\" selected=\"selected\">"))));
    mvc.perform(post("/units/{code}/rooms/101/edit", unit).with(user(admin)).with(csrf())
            .param("capacity", "2e").param("genderPolicy", "ANY"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Nombre entier de lits attendu, de 1 à 12.")));
  }

  @Test
  void roomEdit_refusesAPolicyThatExcludesThePatientsThere() throws Exception {
    long room = fixture.room(fixture.unit(org, unit), "101", "ANY");
    long bed = fixture.bed(room, "A", "FREE", null);
    String at = LocalDateTime.now().minusMinutes(1).truncatedTo(ChronoUnit.SECONDS).toString();
    mvc.perform(post("/api/v1/stays").with(user(StaysFixture.user(org, Role.BED_MANAGER)))
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"patient":{"mrn":"%s","family_name":"Roux","given_name":"Marc","birth_date":"1955-03-04","sex":"M"},
                 "unit":"%s","bed":%d,"admitted_at":"%s","admission_source":"HOME","planned":true}"""
                .formatted(StaysFixture.unique("M"), unit, bed, at)))
        .andExpect(status().isCreated());
    mvc.perform(post("/units/{code}/rooms/101/edit", unit).with(user(admin)).with(csrf())
            .param("capacity", "2").param("genderPolicy", "FEMALE"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("id=\"genderPolicy-error\""),
            containsString("déplacez-les d&#39;abord."))));
    assertThat(fixture.count("SELECT COUNT(*) FROM bed WHERE room_id = ?", room)).isEqualTo(1);
    assertThat(jdbc.sql("SELECT gender_policy FROM room WHERE id = :id").param("id", room).query(String.class)
        .single()).isEqualTo("ANY");
  }

  @Test
  void aRoomWhoseCodePredatesTheRules_isStillEditable() throws Exception {
    long room = fixture.room(fixture.unit(org, unit), "101 bis", "ANY");
    fixture.bed(room, "A", "FREE", null);
    mvc.perform(post("/units/{code}/rooms/{room}/edit", unit, "101 bis").with(user(admin)).with(csrf())
            .param("capacity", "3").param("genderPolicy", "SAME").param("equipment", "TELEMETRY"))
        .andExpect(status().is3xxRedirection());
    assertThat(fixture.count("SELECT COUNT(*) FROM bed WHERE room_id = ?", room)).isEqualTo(3);
  }

  @Test
  void formsAreForTheAdministrator() throws Exception {
    HenUser bedManager = StaysFixture.user(org, Role.BED_MANAGER);
    fixture.unit(org, unit);
    mvc.perform(get("/units/new").with(user(bedManager))).andExpect(status().isForbidden());
    mvc.perform(get("/units/{code}/rooms/new", unit).with(user(bedManager))).andExpect(status().isForbidden());
    mvc.perform(post("/units/{code}/rooms", unit).with(user(bedManager)).with(csrf())
        .param("code", "9").param("capacity", "1").param("genderPolicy", "ANY"))
        .andExpect(status().isForbidden());
    assertThat(fixture.count("SELECT COUNT(*) FROM room r JOIN unit u ON u.id = r.unit_id WHERE u.code = ?", unit))
        .isZero();
  }

  @Test
  void ageLimits_areEnteredOnTheUnitForm_andShownOnTheUnit() throws Exception {
    mvc.perform(post("/units").with(user(admin)).with(csrf()).param("code", unit).param("name", "Pédiatrie")
            .param("specialism", "GERIATRICS").param("minAge", "").param("maxAge", "17"))
        .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/units/" + unit));
    mvc.perform(get("/units/{code}", unit).with(user(admin))).andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Âges admis"), containsString("Jusqu&#39;à 17 ans"))));
    mvc.perform(get("/units/{code}/edit", unit).with(user(admin))).andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("id=\"minAge\""), containsString("value=\"17\""))));
    mvc.perform(post("/units/{code}/edit", unit).with(user(admin)).with(csrf()).param("name", "Adultes")
            .param("specialism", "GERIATRICS").param("minAge", "18").param("maxAge", "65"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/units/{code}", unit).param("lang", "en").with(user(admin)))
        .andExpect(content().string(allOf(containsString("Ages admitted"), containsString("18 to 65 years"))));
    mvc.perform(post("/units/{code}/edit", unit).with(user(admin)).with(csrf()).param("name", "Adultes")
            .param("specialism", "GERIATRICS").param("minAge", "18").param("maxAge", ""))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/units/{code}", unit).with(user(admin)))
        .andExpect(content().string(containsString("À partir de 18 ans")));
    assertThat(jdbc.sql("SELECT min_age, max_age FROM unit WHERE code = :code").param("code", unit)
        .query((rs, n) -> rs.getObject("min_age") + "/" + rs.getObject("max_age")).single()).isEqualTo("18/null");
  }

  @Test
  void badAgeLimits_areShownInline_withTheTypedValuesKept_andNothingSaved() throws Exception {
    mvc.perform(post("/units").with(user(admin)).with(csrf()).param("code", unit).param("name", "Gardée")
            .param("specialism", "GERIATRICS").param("minAge", "65").param("maxAge", "18"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("id=\"maxAge-error\""),
            containsString("aria-describedby=\"ages-hint maxAge-error\""),
            containsString("aria-describedby=\"ages-hint\""), // the minimum, without an error
            containsString("L&#39;âge maximum est inférieur à l&#39;âge minimum (65 ans)."),
            containsString("value=\"65\""), containsString("value=\"18\""),
            containsString("value=\"Gard&eacute;e\""))));
    mvc.perform(post("/units").with(user(admin)).with(csrf()).param("code", unit).param("name", "Gardée")
            .param("specialism", "GERIATRICS").param("minAge", "-1").param("maxAge", "200"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("id=\"minAge-error\""),
            containsString("id=\"maxAge-error\""), containsString("Nombre entier d&#39;années attendu, de 0 à 150."),
            containsString("value=\"-1\""), containsString("value=\"200\""))));
    mvc.perform(post("/units").with(user(admin)).with(csrf()).param("code", unit).param("name", "Gardée")
            .param("specialism", "GERIATRICS").param("minAge", "dix").param("maxAge", "12.5"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("id=\"minAge-error\""),
            containsString("id=\"maxAge-error\""), containsString("Nombre entier d&#39;années attendu, de 0 à 150."),
            containsString("value=\"Gard&eacute;e\"")))); // a number field holds no text in a browser
    assertThat(fixture.count("SELECT COUNT(*) FROM unit WHERE code = ?", unit)).isZero();
    fixture.unit(org, unit);
    mvc.perform(post("/units/{code}/edit", unit).with(user(admin)).with(csrf()).param("name", "Renommée")
            .param("specialism", "GERIATRICS").param("minAge", "30").param("maxAge", "20"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("id=\"maxAge-error\""),
            containsString("value=\"Renomm&eacute;e\""))));
    assertThat(jdbc.sql("SELECT name FROM unit WHERE code = :code").param("code", unit).query(String.class)
        .single()).isNotEqualTo("Renommée");
  }
}

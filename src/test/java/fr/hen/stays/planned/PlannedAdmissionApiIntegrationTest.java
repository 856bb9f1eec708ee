package fr.hen.stays.planned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** The planned admissions API: planning, bad input, double submit, reservations, and the admission consuming them. */
@PostgresIntegrationTest
class PlannedAdmissionApiIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  StaysFixture fixture;
  long org;
  String unit;
  long room;
  long bed;
  long otherBed;
  HenUser bedManager;
  String mrn = StaysFixture.unique("M");

  @BeforeEach
  void hospital() {
    fixture = new StaysFixture(jdbc);
    org = fixture.organisation("HOSPITAL");
    unit = StaysFixture.unique("U");
    long unitId = fixture.unit(org, unit);
    room = fixture.room(unitId, "101", "ANY");
    bed = fixture.bed(room, "A", "FREE", null);
    otherBed = fixture.bed(room, "B", "FREE", null);
    bedManager = StaysFixture.user(org, Role.BED_MANAGER);
  }

  static String planJson(String mrn, String unit, LocalDate date) {
    return """
        {"planned_date":"%s","nights":3,"specialism":"MEDICAL_ONCOLOGY","sex":"F",
         "required_equipment":[],"preferred_equipment":["OXYGEN"],"preferred_room_size":1,"unit":"%s",
         "patient":{"mrn":"%s","family_name":"Martin","given_name":"Jeanne","birth_date":"1950-02-03"}}"""
        .formatted(date, unit, mrn);
  }

  ResultActions create(String body, String key) throws Exception {
    var request = post("/api/v1/planned-admissions").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
        .content(body);
    return mvc.perform(key == null ? request : request.header("Idempotency-Key", key));
  }

  long plan(LocalDate date) throws Exception {
    String body = create(planJson(mrn, unit, date), null).andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
    return JsonMapper.shared().readTree(body).path("id").asLong();
  }

  ResultActions reserve(long plan, long bedId) throws Exception {
    return mvc.perform(post("/api/v1/planned-admissions/{id}/reserve", plan).with(user(bedManager))
        .contentType(MediaType.APPLICATION_JSON).content("{\"bed\":" + bedId + "}"));
  }

  ResultActions admit(String patientMrn, long bedId, boolean override) throws Exception {
    return mvc.perform(post("/api/v1/stays").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
        .content("""
            {"patient":{"mrn":"%s","family_name":"Martin","given_name":"Jeanne","birth_date":"1950-02-03","sex":"F"},
             "unit":"%s","bed":%d,"admitted_at":"%s","admission_source":"HOME","planned":true%s}"""
            .formatted(patientMrn, unit, bedId, LocalDateTime.now().minusMinutes(1).truncatedTo(ChronoUnit.SECONDS),
                override ? ",\"override_reservation\":true" : "")));
  }

  /** Two planned admissions of two patients, both for tomorrow. */
  long[] twoPlansForTomorrow() throws Exception {
    long first = plan(LocalDate.now().plusDays(1));
    mrn = StaysFixture.unique("M");
    return new long[] {first, plan(LocalDate.now().plusDays(1))};
  }

  String planStatus(long plan) {
    return jdbc.sql("SELECT status FROM planned_admission WHERE id = ?").param(plan).query(String.class).single();
  }

  @Test
  void plan_isCreated_read_andListedInTheQueue() throws Exception {
    LocalDate date = LocalDate.now().plusDays(2);
    long id = plan(date);
    mvc.perform(get("/api/v1/planned-admissions/{id}", id).with(user(bedManager))).andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PLANNED")).andExpect(jsonPath("$.planned_date").value(date.toString()))
        .andExpect(jsonPath("$.age").value(Matchers.greaterThan(70)))
        .andExpect(jsonPath("$.patient.mrn").value(mrn)).andExpect(jsonPath("$.unit").value(unit));
    mvc.perform(get("/api/v1/planned-admissions").with(user(StaysFixture.user(org, Role.PHYSICIAN))))
        .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].id").value(id));
    assertThat(fixture.count("SELECT COUNT(*) FROM audit_event WHERE resource_type = 'PlannedAdmission' "
        + "AND resource_id = ?", String.valueOf(id))).isGreaterThanOrEqualTo(2);
  }

  @Test
  void badInput_is422NamingTheField_or400ForAnUnknownProperty() throws Exception {
    String good = planJson(mrn, unit, LocalDate.now().plusDays(2));
    create(good.replace("\"nights\":3", "\"nights\":0"), null).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("nights"));
    create(planJson(mrn, unit, LocalDate.now().minusDays(5)), null).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("planned_date"));
    create(good.replace("\"unit\":\"" + unit + "\"", "\"unit\":\"NOPE\""), null)
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("unit"));
    create(good.replace(",\"birth_date\":\"1950-02-03\"", ""), null).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("age"));
    create(good.replace("\"preferred_room_size\":1", "\"preferred_room_size\":40"), null)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("preferred_room_size"));
    create(good.replace("\"nights\":3", "\"nights\":3,\"bed_wish\":1"), null).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("bed_wish")));
    assertThat(fixture.count("SELECT COUNT(*) FROM planned_admission WHERE organisation_id = ?", org)).isZero();
  }

  @Test
  void sameIdempotencyKeyTwice_plansOnce() throws Exception {
    String key = UUID.randomUUID().toString();
    String body = planJson(mrn, unit, LocalDate.now().plusDays(2));
    String first = create(body, key).andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
    create(body, key).andExpect(status().isCreated()).andExpect(header().string("Location", first))
        .andExpect(header().string("Idempotent-Replayed", "true"));
    assertThat(fixture.count("SELECT COUNT(*) FROM planned_admission WHERE organisation_id = ?", org)).isOne();
  }

  @Test
  void anotherHospitalsPlannedAdmissionOrBed_isNotFound() throws Exception {
    long id = plan(LocalDate.now().plusDays(1));
    long otherOrg = fixture.organisation("HOSPITAL");
    HenUser intruder = StaysFixture.user(otherOrg, Role.BED_MANAGER);
    mvc.perform(get("/api/v1/planned-admissions/{id}", id).with(user(intruder))).andExpect(status().isNotFound());
    mvc.perform(post("/api/v1/planned-admissions/{id}/cancel", id).with(user(intruder))
        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}")).andExpect(status().isNotFound());
    long foreignBed = fixture.freeBed(otherOrg, StaysFixture.unique("U"));
    reserve(id, foreignBed).andExpect(status().isNotFound());
    assertThat(fixture.bedStatus(foreignBed)).isEqualTo("FREE");
  }

  @Test
  void reserve_takesTheFreeBed_andCancelFreesIt_aSecondCancelIsAConflict() throws Exception {
    long id = plan(LocalDate.now().plusDays(1));
    reserve(id, bed).andExpect(status().isOk()).andExpect(jsonPath("$.reserved_bed.id").value(bed));
    assertThat(fixture.bedStatus(bed)).isEqualTo("RESERVED");
    reserve(id, otherBed).andExpect(status().isOk());
    assertThat(fixture.bedStatus(bed)).isEqualTo("FREE");
    assertThat(fixture.bedStatus(otherBed)).isEqualTo("RESERVED");
    var cancel = post("/api/v1/planned-admissions/{id}/cancel", id).with(user(bedManager))
        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Reporté par l'oncologue\"}");
    mvc.perform(cancel).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
    assertThat(fixture.bedStatus(otherBed)).isEqualTo("FREE");
    mvc.perform(cancel).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("planned-admission-cancelled"));
  }

  @Test
  void reserve_respectsTheUnitsAgeLimits() throws Exception {
    long id = plan(LocalDate.now().plusDays(1)); // born 1950: in their seventies
    jdbc.sql("UPDATE unit SET min_age = 18, max_age = 65 WHERE id = (SELECT unit_id FROM room WHERE id = ?)")
        .param(room).update();
    reserve(id, bed).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("unit-age"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("18 to 65")));
    assertThat(fixture.bedStatus(bed)).isEqualTo("FREE");
    jdbc.sql("UPDATE unit SET max_age = NULL WHERE id = (SELECT unit_id FROM room WHERE id = ?)").param(room)
        .update();
    reserve(id, bed).andExpect(status().isOk());
    assertThat(fixture.bedStatus(bed)).isEqualTo("RESERVED");
  }

  @Test
  void reserve_refusesABedThatDoesNotFit() throws Exception {
    long id = plan(LocalDate.now().plusDays(1));
    long menRoom = fixture.room(jdbc.sql("SELECT unit_id FROM room WHERE id = ?").param(room).query(Long.class)
        .single(), "102", "MALE");
    reserve(id, fixture.bed(menRoom, "A", "FREE", null)).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("gender-policy"));
    mvc.perform(put("/api/v1/planned-admissions/{id}", id).with(user(bedManager))
        .contentType(MediaType.APPLICATION_JSON).content(planJson(mrn, unit, LocalDate.now().plusDays(1))
            .replace("\"required_equipment\":[]", "\"required_equipment\":[\"TELEMETRY\"]")))
        .andExpect(status().isOk());
    reserve(id, bed).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("bed-lacks-equipment"));
    assertThat(fixture.bedStatus(bed)).isEqualTo("FREE");
  }

  @Test
  void twoReservationsOfOneBedAtOnce_oneWins() throws Exception {
    long[] plans = twoPlansForTomorrow();
    List<MockHttpServletResponse> answers = concurrently(List.of(
        () -> reserve(plans[0], bed).andReturn().getResponse(),
        () -> reserve(plans[1], bed).andReturn().getResponse()));
    assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(200, 409);
    assertThat(fixture.count("SELECT COUNT(*) FROM planned_admission WHERE reserved_bed_id = ?", bed)).isOne();
  }

  @Test
  void admission_consumesItsPlannedAdmission_andReservation_matchedByMrn() throws Exception {
    long id = plan(LocalDate.now().plusDays(1)); // planned tomorrow, arrives today: within ±1 day
    reserve(id, otherBed).andExpect(status().isOk());
    admit(mrn, bed, false).andExpect(status().isCreated()).andExpect(jsonPath("$.planned").value(true));
    assertThat(planStatus(id)).isEqualTo("ADMITTED");
    assertThat(fixture.bedStatus(otherBed)).as("the reservation of another bed is released").isEqualTo("FREE");
    assertThat(fixture.bedStatus(bed)).isEqualTo("OCCUPIED");
  }

  @Test
  void aReservedBed_refusesAnotherPatient_unlessTheBedManagerOverrides() throws Exception {
    long id = plan(LocalDate.now().plusDays(1));
    reserve(id, bed).andExpect(status().isOk());
    String stranger = StaysFixture.unique("M");
    admit(stranger, bed, false).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("bed-reserved"));
    assertThat(fixture.bedStatus(bed)).isEqualTo("RESERVED");
    admit(stranger, bed, true).andExpect(status().isCreated());
    assertThat(planStatus(id)).isEqualTo("PLANNED");
    assertThat(jdbc.sql("SELECT reserved_bed_id FROM planned_admission WHERE id = ?").param(id)
        .query(Long.class).optional()).isEmpty();
  }

  @Test
  void unreservingTheBedByHand_releasesThePlannedAdmission() throws Exception {
    long id = plan(LocalDate.now().plusDays(1));
    reserve(id, bed).andExpect(status().isOk());
    mvc.perform(put("/api/v1/beds/{id}/status", bed).with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"action\":\"UNRESERVE\"}")).andExpect(status().isOk());
    mvc.perform(get("/api/v1/planned-admissions/{id}", id).with(user(bedManager)))
        .andExpect(jsonPath("$.reserved_bed").doesNotExist());
  }

  @Test
  void cancellingTheAdmission_putsThePlannedAdmissionBackInTheQueue() throws Exception {
    long id = plan(LocalDate.now());
    String location = admit(mrn, bed, false).andExpect(status().isCreated()).andReturn().getResponse()
        .getHeader("Location");
    mvc.perform(post(location + "/cancel-admission").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"reason\":\"Mauvais patient\"}")).andExpect(status().isNoContent());
    assertThat(planStatus(id)).isEqualTo("PLANNED");
  }

  ResultActions bedAction(long bedId, String json) throws Exception {
    return mvc.perform(put("/api/v1/beds/{id}/status", bedId).with(user(bedManager))
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }

  Long reservedBed(long plan) {
    return jdbc.sql("SELECT reserved_bed_id FROM planned_admission WHERE id = ?").param(plan)
        .query((rs, n) -> rs.getObject(1, Long.class)).list().getFirst();
  }

  /** Admits a stranger into the bed, expected to leave on {@code leaves} (null: no date); the stay's location. */
  String occupiedUntil(long bedId, LocalDate leaves) throws Exception {
    String location = admit(StaysFixture.unique("M"), bedId, false).andExpect(status().isCreated()).andReturn()
        .getResponse().getHeader("Location");
    jdbc.sql("UPDATE stay SET expected_discharge_date = ? WHERE bed_id = ? AND status = 'IN_HOSPITAL'")
        .params(leaves, bedId).update();
    return location;
  }

  String board() throws Exception {
    return mvc.perform(get("/beds").param("unit", unit).with(user(bedManager))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }

  @Test
  void aBedOccupiedUntilThePlannedDate_isHeld_andReservedOnceReady_thenTheAdmissionTakesIt() throws Exception {
    LocalDate planned = LocalDate.now().plusDays(1);
    long id = plan(planned);
    String occupant = occupiedUntil(bed, LocalDate.now());
    reserve(id, bed).andExpect(status().isOk());
    assertThat(fixture.bedStatus(bed)).as("still occupied tonight").isEqualTo("OCCUPIED");
    assertThat(reservedBed(id)).isEqualTo(bed);
    String day = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(planned);
    assertThat(board()).contains("Retenu pour l&#39;admission du " + day + ", dès qu&#39;il sera libre");

    mvc.perform(post(occupant + "/discharge").with(user(bedManager)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"discharged_at\":\"%s\",\"destination\":\"HOME\"}"
            .formatted(LocalDateTime.now().minusSeconds(10).truncatedTo(ChronoUnit.SECONDS))))
        .andExpect(status().isOk());
    bedAction(bed, "{\"action\":\"CLEANED\"}").andExpect(status().isOk());
    assertThat(fixture.bedStatus(bed)).isEqualTo("CLEANED");
    bedAction(bed, "{\"action\":\"READY\"}").andExpect(status().isOk());
    assertThat(fixture.bedStatus(bed)).as("ready, and reserved at once for the planned admission")
        .isEqualTo("RESERVED");
    assertThat(jdbc.sql("SELECT from_status || '>' || to_status FROM bed_status_history WHERE bed_id = ? ORDER BY id")
        .param(bed).query(String.class).list()).endsWith("CLEANED>FREE", "FREE>RESERVED");
    assertThat(board()).contains("Réservé pour l&#39;admission du " + day);

    admit(StaysFixture.unique("M"), bed, false).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("bed-reserved"));
    admit(mrn, bed, false).andExpect(status().isCreated());
    assertThat(planStatus(id)).isEqualTo("ADMITTED");
    assertThat(fixture.bedStatus(bed)).isEqualTo("OCCUPIED");
  }

  @Test
  void aBedWhosePatientLeavesAfterThePlannedDate_orHasNoDate_isNotHeld() throws Exception {
    long id = plan(LocalDate.now().plusDays(1));
    occupiedUntil(bed, null);
    reserve(id, bed).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("bed-occupied-then"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("without an expected discharge date")));
    jdbc.sql("UPDATE stay SET expected_discharge_date = ? WHERE bed_id = ? AND status = 'IN_HOSPITAL'")
        .params(LocalDate.now().plusDays(2), bed).update();
    reserve(id, bed).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("bed-occupied-then"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("after the planned date")));
    assertThat(reservedBed(id)).isNull();
    assertThat(fixture.bedStatus(bed)).isEqualTo("OCCUPIED");
  }

  @Test
  void aBedBeingCleaned_isHeldForOnePlannedAdmission_andBlockingItReleasesTheHold() throws Exception {
    long cleaning = fixture.bed(room, "C", "CLEANING", null);
    long[] plans = twoPlansForTomorrow();
    reserve(plans[0], cleaning).andExpect(status().isOk());
    reserve(plans[0], cleaning).andExpect(status().isOk()); // a double submit changes nothing
    reserve(plans[1], cleaning).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("bed-unavailable"));
    assertThat(fixture.bedStatus(cleaning)).isEqualTo("CLEANING");
    bedAction(cleaning, "{\"action\":\"BLOCK\",\"reason\":\"Fuite\"}").andExpect(status().isOk());
    assertThat(reservedBed(plans[0])).as("a blocked bed holds no admission").isNull();
    bedAction(cleaning, "{\"action\":\"UNBLOCK\"}").andExpect(status().isOk());
    assertThat(fixture.bedStatus(cleaning)).isEqualTo("FREE");
    reserve(plans[1], fixture.bed(room, "D", "BLOCKED", "Fuite")).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("bed-blocked"));
  }

  @Test
  void aHoldMovedToAnotherBed_leavesTheFirstBedFreeOnceReady() throws Exception {
    long cleaning = fixture.bed(room, "C", "CLEANING", null);
    long id = plan(LocalDate.now().plusDays(1));
    reserve(id, cleaning).andExpect(status().isOk());
    reserve(id, otherBed).andExpect(status().isOk());
    assertThat(reservedBed(id)).isEqualTo(otherBed);
    assertThat(fixture.bedStatus(otherBed)).isEqualTo("RESERVED");
    bedAction(cleaning, "{\"action\":\"CLEANED\"}").andExpect(status().isOk());
    bedAction(cleaning, "{\"action\":\"READY\"}").andExpect(status().isOk());
    assertThat(fixture.bedStatus(cleaning)).isEqualTo("FREE");
  }

  @Test
  void aReservedBedMovedToAHeldOne_isFreedAndNotTakenBack() throws Exception {
    long cleaning = fixture.bed(room, "C", "CLEANING", null);
    long id = plan(LocalDate.now().plusDays(1));
    reserve(id, bed).andExpect(status().isOk());
    reserve(id, cleaning).andExpect(status().isOk());
    assertThat(fixture.bedStatus(bed)).isEqualTo("FREE");
    assertThat(reservedBed(id)).isEqualTo(cleaning);
  }

  @Test
  void twoHoldsOfOneBedBeingCleanedAtOnce_oneWins() throws Exception {
    long cleaning = fixture.bed(room, "C", "CLEANING", null);
    long[] plans = twoPlansForTomorrow();
    List<MockHttpServletResponse> answers = concurrently(List.of(() -> reserve(plans[0], cleaning).andReturn()
        .getResponse(), () -> reserve(plans[1], cleaning).andReturn().getResponse()));
    assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(200, 409);
    assertThat(fixture.count("SELECT COUNT(*) FROM planned_admission WHERE reserved_bed_id = ?", cleaning)).isOne();
  }

  ResultActions update(long plan, String ifMatch, int nights) throws Exception {
    var request = put("/api/v1/planned-admissions/{id}", plan).with(user(bedManager))
        .contentType(MediaType.APPLICATION_JSON)
        .content(planJson(mrn, unit, LocalDate.now().plusDays(1)).replace("\"nights\":3", "\"nights\":" + nights));
    return mvc.perform(ifMatch == null ? request : request.header("If-Match", ifMatch));
  }

  @Test
  void anUpdateMadeOnAnOlderVersion_isStale_andOverwritesNothing() throws Exception {
    long id = plan(LocalDate.now().plusDays(1));
    mvc.perform(get("/api/v1/planned-admissions/{id}", id).with(user(bedManager)))
        .andExpect(jsonPath("$.version").value(0));
    update(id, "\"0\"", 4).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1))
        .andExpect(jsonPath("$.nights").value(4));
    update(id, "\"0\"", 6).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("stale-planned-admission"));
    update(id, "W/\"1\"", 5).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));
    reserve(id, bed).andExpect(status().isOk()); // a reservation is a change too
    update(id, "2", 7).andExpect(status().isConflict());
    update(id, "\"x1\"", 7).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("If-Match")));
    update(id, null, 8).andExpect(status().isOk()); // without If-Match: no check
    assertThat(jdbc.sql("SELECT nights FROM planned_admission WHERE id = ?").param(id).query(Integer.class).single())
        .isEqualTo(8);
  }

  @Test
  void twoUpdatesOfOneVersionAtOnce_oneWins() throws Exception {
    long id = plan(LocalDate.now().plusDays(1));
    List<MockHttpServletResponse> answers = concurrently(List.of(
        () -> update(id, "\"0\"", 4).andReturn().getResponse(),
        () -> update(id, "\"0\"", 5).andReturn().getResponse()));
    assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(200, 409);
    assertThat(jdbc.sql("SELECT version FROM planned_admission WHERE id = ?").param(id).query(Integer.class).single())
        .isOne();
  }

  static <T> List<T> concurrently(List<Callable<T>> calls) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      List<Future<T>> futures = calls.stream().map(call -> pool.submit(() -> {
        start.await();
        return call.call();
      })).toList();
      start.countDown();
      List<T> results = new java.util.ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }
}

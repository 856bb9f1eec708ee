package fr.hen.stays.beds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.PostgresIntegrationTest;
import fr.hen.platform.NotFoundException;
import fr.hen.platform.Role;
import fr.hen.platform.SystemActor;
import fr.hen.platform.SystemActors;
import fr.hen.stays.BedIsolation;
import fr.hen.stays.BedStatus;
import fr.hen.stays.HospitalBeds;
import fr.hen.stays.StaysFixture;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** The beds' published API as the feed uses it: finding a bed by its codes, isolating it; scoped and audited. */
@PostgresIntegrationTest
class HospitalBedsIntegrationTest {

  @Autowired HospitalBeds beds;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  StaysFixture fixture;
  long org;
  String unit;
  long bed;
  SystemActor feed;

  @BeforeEach
  void hospital() {
    fixture = new StaysFixture(jdbc);
    org = fixture.organisation("HOSPITAL");
    unit = StaysFixture.unique("U");
    long unitId = fixture.unit(org, unit);
    bed = fixture.bed(fixture.room(unitId, "101", "FEMALE"), "A", "OCCUPIED", null);
    feed = SystemActor.forOrganisation("adt-feed", org, Set.of(), HospitalBeds.BED_STATUS_RIGHT);
  }

  @Test
  void theFeed_findsABedByItsCodes_andIsolatesIt() {
    HospitalBeds.BedFact found = SystemActors.run(feed,
        () -> beds.find(feed, unit.toLowerCase(), "101", "a")).orElseThrow();
    assertThat(found.bedId()).isEqualTo(bed);
    assertThat(found.genderPolicy()).isEqualTo("FEMALE");
    SystemActors.run(feed, () -> beds.isolate(feed, bed, BedIsolation.CONTAMINATED, "BMR"));
    HospitalBeds.BedFact after = SystemActors.run(feed, () -> beds.beds(feed)).getFirst();
    assertThat(after.isolation()).isEqualTo(BedIsolation.CONTAMINATED);
    assertThat(after.status()).as("isolation leaves the status as it is").isEqualTo(BedStatus.OCCUPIED);
    assertThat(fixture.count("SELECT COUNT(*) FROM audit_event WHERE username = 'system:adt-feed' "
        + "AND resource_type = 'Bed' AND resource_id = ?", String.valueOf(bed))).isOne();
    SystemActors.run(feed, () -> beds.isolate(feed, bed, null, null));
    assertThat(SystemActors.run(feed, () -> beds.beds(feed)).getFirst().isolation()).isNull();
  }

  @Test
  void anotherHospitalsBed_isNotFound_andAnActorWithoutTheRight_isRefused() {
    SystemActor other = SystemActor.forOrganisation("adt-feed", fixture.organisation("HOSPITAL"), Set.of(),
        HospitalBeds.BED_STATUS_RIGHT);
    assertThatThrownBy(() -> SystemActors.run(other, () -> beds.isolate(other, bed, BedIsolation.ISOLATED, null)))
        .isInstanceOf(NotFoundException.class);
    assertThat(SystemActors.run(other, () -> beds.find(other, unit, "101", "A"))).isEmpty();
    SystemActor census = SystemActor.forOrganisation("census", org, Set.of());
    assertThatThrownBy(() -> SystemActors.run(census, () -> beds.isolate(census, bed, BedIsolation.ISOLATED, null)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void theBedManager_isolatesThroughTheApi_anUnknownCodeIs400() throws Exception {
    var manager = StaysFixture.user(org, Role.BED_MANAGER);
    mvc.perform(put("/api/v1/beds/{id}/isolation", bed).with(user(manager)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"isolation\":\"ISOLATED\",\"reason\":\"Aplasie\"}")).andExpect(status().isNoContent());
    assertThat(jdbc.sql("SELECT isolation FROM bed WHERE id = ?").param(bed).query(String.class).single())
        .isEqualTo("ISOLATED");
    mvc.perform(put("/api/v1/beds/{id}/isolation", bed).with(user(manager)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"isolation\":\"QUARANTINE\"}")).andExpect(status().isBadRequest());
  }
}

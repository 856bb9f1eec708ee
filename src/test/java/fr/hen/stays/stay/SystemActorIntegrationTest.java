package fr.hen.stays.stay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.platform.Role;
import fr.hen.platform.SystemActor;
import fr.hen.platform.SystemActors;
import fr.hen.stays.AdmissionSource;
import fr.hen.stays.StayFacts;
import fr.hen.stays.StaysFixture;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Services called by a named system actor (an interface feed), with its own identity and explicit rights. */
class SystemActorIntegrationTest extends OneBedHospitalTest {

  @Autowired StayService stays;
  @Autowired StayFacts facts;

  AdmitCommand command(String mrn) {
    return new AdmitCommand(new PatientIdentity(mrn, "Martin", "Jeanne", LocalDate.of(1950, 2, 3), Sex.F), unit, bed,
        LocalDateTime.now().minusHours(1).truncatedTo(ChronoUnit.MINUTES), AdmissionSource.EMERGENCY, false);
  }

  @Test
  void feedWithBedManagerRights_admits_andIsAuditedAsASystemActor() {
    SystemActor feed = SystemActor.forOrganisation("adt-feed", org, Set.of(Role.BED_MANAGER));
    long stayId = SystemActors.run(feed, () -> stays.admit(feed, command(StaysFixture.unique("M"))));

    assertThat(jdbc.sql("SELECT username, actor_kind, organisation_id, action, client_address FROM audit_event "
            + "WHERE resource_type = 'Stay' AND resource_id = :id").param("id", String.valueOf(stayId))
        .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getLong(3) + "|" + rs.getString(4)
            + "|" + rs.getString(5)).list())
        .containsExactly("system:adt-feed|SYSTEM|" + org + "|ADMIT|null");
    assertThat(fixture.count("SELECT COUNT(*) FROM movement WHERE stay_id = ? AND created_by = 'system:adt-feed'",
        stayId)).isEqualTo(1);
  }

  @Test
  void auditPage_showsTheSystemActorAsSuch() throws Exception {
    SystemActor feed = SystemActor.forOrganisation("adt-feed", org, Set.of(Role.BED_MANAGER));
    SystemActors.run(feed, () -> stays.admit(feed, command(StaysFixture.unique("M"))));
    String page = mvc.perform(get("/admin/audit").param("username", "system:adt-feed")
            .with(user(StaysFixture.user(org, Role.ADMIN))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("system:adt-feed").contains("système");
  }

  @Test
  void feedWithoutTheRole_isRefused_andNothingIsWritten() {
    SystemActor importer = SystemActor.forOrganisation("csv-import", org, Set.of(Role.QUALITY_MANAGER));
    String mrn = StaysFixture.unique("M");
    assertThatThrownBy(() -> SystemActors.run(importer, () -> stays.admit(importer, command(mrn))))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(fixture.count("SELECT COUNT(*) FROM patient WHERE mrn = ?", mrn)).isZero();
  }

  @Test
  void serviceCalledWithoutAnyActor_isRefused() {
    SystemActor feed = SystemActor.forOrganisation("adt-feed", org, Set.of(Role.BED_MANAGER));
    assertThatThrownBy(() -> stays.admit(feed, command(StaysFixture.unique("M"))))
        .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
  }

  @Test
  void stayFacts_needTheReadRight_whichNoPersonHas() {
    SystemActor feed = SystemActor.forOrganisation("adt-feed", org, Set.of(Role.BED_MANAGER));
    long stayId = SystemActors.run(feed, () -> stays.admit(feed, command(StaysFixture.unique("M"))));

    assertThatThrownBy(() -> SystemActors.run(feed, () -> facts.find(stayId)))
        .isInstanceOf(AccessDeniedException.class);
    SystemActor census = SystemActor.of("test-census", StayFacts.READ_RIGHT);
    StayFacts.StayFact fact = SystemActors.run(census, () -> facts.find(stayId)).orElseThrow();
    assertThat(fact.organisationId()).isEqualTo(org);
    assertThat(fact.placements()).singleElement()
        .satisfies(p -> {
          assertThat(p.unitCode()).isEqualTo(unit);
          assertThat(p.bedId()).isEqualTo(bed);
          assertThat(p.to()).isNull();
        });
    assertThat(fixture.count("SELECT COUNT(*) FROM audit_event WHERE username = 'system:test-census'")).isZero();
  }

  @Test
  void networkWideActor_cannotCallAServiceScopedToAnOrganisation() {
    SystemActor job = new SystemActor("system:nightly", null, Set.of(Role.BED_MANAGER), Set.of());
    assertThatThrownBy(() -> SystemActors.run(job, () -> stays.admit(job, command(StaysFixture.unique("M")))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("system:nightly acts for no organisation");
  }

  @Test
  void systemActorNames_areChecked() {
    assertThatThrownBy(() -> new SystemActor("admin", 1L, Set.of(), Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

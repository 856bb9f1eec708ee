package fr.hen.quality.census;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.stays.PatientAdmitted;
import fr.hen.stays.PatientDischarged;
import fr.hen.stays.DischargeDestination;
import fr.hen.stays.StaysFixture;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The quality module alone with the modules it depends on (stays, network, platform): the census listener consumes
 * the stays module's published events and reads the stays read API, never its tables.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("pgtest")
@Tag("postgres")
class BedCensusModuleTest {

  @Autowired JdbcClient jdbc;
  @Autowired CensusStore store;

  @Test
  void admissionEvent_writesTheStaysPlacement_andDischargeClosesIt(Scenario scenario) {
    StaysFixture fixture = new StaysFixture(jdbc);
    long org = fixture.organisation("HOSPITAL");
    long unit = fixture.unit(org, StaysFixture.unique("U"));
    long bed = fixture.bed(fixture.room(unit, "101", "ANY"), "A", "OCCUPIED", null);
    LocalDateTime admitted = LocalDateTime.now().minusDays(3).withNano(0);
    long stay = fixture.admittedStay(org, unit, bed, admitted);

    scenario.publish(new PatientAdmitted(stay, org))
        .andWaitForStateChange(() -> store.placements(stay), n -> n > 0)
        .andVerify(n -> assertThat(n).isEqualTo(1));

    LocalDateTime discharged = admitted.plusDays(2);
    jdbc.sql("UPDATE stay SET status = 'DISCHARGED', bed_id = NULL, discharged_at = :at, discharge_destination = "
        + "'HOME' WHERE id = :id").param("at", discharged).param("id", stay).update();
    jdbc.sql("INSERT INTO movement (stay_id, kind, occurred_at, from_unit_id, from_bed_id, created_at, created_by) "
        + "VALUES (:id, 'DISCHARGE', :at, :unit, :bed, CURRENT_TIMESTAMP, 'fixture')")
        .param("id", stay).param("at", discharged).param("unit", unit).param("bed", bed).update();

    scenario.publish(new PatientDischarged(stay, org, DischargeDestination.HOME, discharged))
        .andWaitForStateChange(() -> closedAt(stay), at -> at != null)
        .andVerify(at -> assertThat(at).isEqualTo(discharged));
  }

  LocalDateTime closedAt(long stay) {
    return jdbc.sql("SELECT to_at FROM census_placement WHERE stay_id = :id").param("id", stay)
        .query(LocalDateTime.class).optional().orElse(null);
  }
}

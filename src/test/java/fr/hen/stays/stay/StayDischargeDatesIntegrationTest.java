package fr.hen.stays.stay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.hen.PostgresIntegrationTest;
import fr.hen.platform.ConflictException;
import fr.hen.platform.HenUser;
import fr.hen.platform.InvalidFieldException;
import fr.hen.platform.NotFoundException;
import fr.hen.platform.Role;
import fr.hen.stays.DischargeDates;
import fr.hen.stays.DischargePlanChanged;
import fr.hen.stays.StaysFixture;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stay's copy of its plan's dates ({@link DischargeDates}), written by the discharge module: the roles, the
 * physician's privilege over medically ready and the stays rules checked again (defence in depth).
 */
@PostgresIntegrationTest
@Transactional
@RecordApplicationEvents
class StayDischargeDatesIntegrationTest {

  @Autowired DischargeDates dates;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;

  StaysFixture fixture;
  long org;
  long stay;
  LocalDateTime admittedAt = LocalDateTime.now().minusDays(2).truncatedTo(ChronoUnit.MINUTES);

  @BeforeEach
  void inHospitalStay() {
    fixture = new StaysFixture(jdbc);
    org = fixture.organisation("HOSPITAL");
    long unit = fixture.unit(org, StaysFixture.unique("U"));
    stay = fixture.admittedStay(org, unit, fixture.bed(fixture.room(unit, "101", "ANY"), "A", "OCCUPIED", null),
        admittedAt);
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  HenUser signedIn(long organisation, Role role) {
    HenUser user = StaysFixture.user(organisation, role);
    SecurityContextHolder.getContext().setAuthentication(
        new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    return user;
  }

  @Test
  void coordinator_recordsTheExpectedDischargeDate_andTheEventIsPublished() {
    HenUser coordinator = signedIn(org, Role.DISCHARGE_COORDINATOR);
    dates.record(coordinator, stay, LocalDate.now().plusDays(3), null);
    assertThat(fixture.count("SELECT COUNT(*) FROM stay WHERE id = ? AND expected_discharge_date = ? "
        + "AND changed_by = ?", stay, LocalDate.now().plusDays(3), coordinator.getUsername())).isOne();
    assertThat(events.stream(DischargePlanChanged.class)).containsExactly(new DischargePlanChanged(stay, org));
  }

  @Test
  void nonPhysician_changingMedicallyReady_isDenied() {
    HenUser bedManager = signedIn(org, Role.BED_MANAGER);
    assertThatThrownBy(() -> dates.record(bedManager, stay, null, admittedAt.plusHours(1)))
        .isInstanceOf(AccessDeniedException.class);
    HenUser physician = signedIn(org, Role.PHYSICIAN);
    dates.record(physician, stay, null, admittedAt.plusHours(1));
    HenUser coordinator = signedIn(org, Role.DISCHARGE_COORDINATOR);
    assertThatThrownBy(() -> dates.record(coordinator, stay, null, null)).isInstanceOf(AccessDeniedException.class);
    dates.record(coordinator, stay, LocalDate.now(), admittedAt.plusHours(1)); // unchanged: allowed
    assertThat(fixture.count("SELECT COUNT(*) FROM stay WHERE id = ? AND medically_ready_at = ?", stay,
        admittedAt.plusHours(1))).isOne();
  }

  @Test
  void otherRoles_areDenied() {
    HenUser quality = signedIn(org, Role.QUALITY_MANAGER);
    assertThatThrownBy(() -> dates.record(quality, stay, LocalDate.now(), null))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void stayOfAnotherOrganisation_isNotFound() {
    HenUser stranger = signedIn(fixture.organisation("HOSPITAL"), Role.PHYSICIAN);
    assertThatThrownBy(() -> dates.record(stranger, stay, LocalDate.now(), null))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void staysRules_areCheckedAgain() {
    HenUser physician = signedIn(org, Role.PHYSICIAN);
    assertThatThrownBy(() -> dates.record(physician, stay, admittedAt.toLocalDate().minusDays(1), null))
        .isInstanceOfSatisfying(InvalidFieldException.class,
            e -> assertThat(e.field()).isEqualTo("expected_discharge_date"));
    assertThatThrownBy(() -> dates.record(physician, stay, null, LocalDateTime.now().plusHours(1)))
        .isInstanceOfSatisfying(InvalidFieldException.class,
            e -> assertThat(e.field()).isEqualTo("medically_ready_at"));
    jdbc.sql("UPDATE stay SET status = 'DISCHARGED', discharged_at = ?, discharge_destination = 'HOME' WHERE id = ?")
        .params(LocalDateTime.now().minusHours(1), stay).update();
    assertThatThrownBy(() -> dates.record(physician, stay, LocalDate.now(), null))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("stay-discharged"));
  }
}

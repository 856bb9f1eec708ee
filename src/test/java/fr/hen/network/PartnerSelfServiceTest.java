package fr.hen.network;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who may declare capacity and edit contacts of an organisation. */
class PartnerSelfServiceTest {

  static HenUser user(long organisationId, Role... roles) {
    return new HenUser(1, "u", null, "U", organisationId, List.of(roles), true, false);
  }

  @Test
  void partnerCoordinator_managesTheirOwnOrganisationOnly() {
    assertThat(PartnerSelfService.mayManage(user(7, Role.PARTNER_COORDINATOR), 7)).isTrue();
    assertThat(PartnerSelfService.mayManage(user(7, Role.PARTNER_COORDINATOR), 8)).isFalse();
  }

  @Test
  void networkCoordinatorsAndAdministrators_manageAnyOrganisation() {
    assertThat(PartnerSelfService.mayManage(user(1, Role.NETWORK_COORDINATOR), 8)).isTrue();
    assertThat(PartnerSelfService.mayManage(user(1, Role.ADMIN), 8)).isTrue();
  }

  @Test
  void otherRoles_manageNoOrganisation_notEvenTheirOwn() {
    for (Role role : List.of(Role.BED_MANAGER, Role.PHYSICIAN, Role.DISCHARGE_COORDINATOR, Role.QUALITY_MANAGER,
        Role.PATIENT_PARTNER)) {
      assertThat(PartnerSelfService.mayManage(user(7, role), 7)).as(role.name()).isFalse();
    }
  }
}

package fr.hen.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class HomeControllerTest {

  private static HenUser user(Role... roles) {
    return new HenUser(1, "u", null, "U", 1, EnumSet.of(roles[0], roles), true, false);
  }

  @Test
  void bedManager_getsBoardStaysAdmitAndDirectory() {
    assertThat(HomeController.shortcuts(user(Role.BED_MANAGER))).extracting(HomeController.Shortcut::href)
        .containsExactly("/beds", "/stays", "/stays/new", "/organisations");
  }

  @Test
  void networkCoordinator_getsDirectoryOnboardingAndTheNetworkView_butNoPatientPages() {
    assertThat(HomeController.shortcuts(user(Role.NETWORK_COORDINATOR))).extracting(HomeController.Shortcut::href)
        .containsExactly("/organisations", "/network/beds", "/organisations/new");
  }

  @Test
  void partner_getsTheDirectoryAndTheirOwnProfile() {
    assertThat(HomeController.shortcuts(user(Role.PARTNER_COORDINATOR))).extracting(HomeController.Shortcut::href)
        .containsExactly("/organisations", "/organisations/mine");
  }

  @Test
  void admin_getsUnitsUsersAndAudit() {
    assertThat(HomeController.shortcuts(user(Role.ADMIN))).extracting(HomeController.Shortcut::href)
        .containsExactly("/organisations", "/units", "/admin/users", "/admin/audit");
  }
}

package fr.hen.discharge.referral;

import fr.hen.platform.AuditResourceType;
import fr.hen.platform.AuditTypeContributor;
import fr.hen.platform.HomeShortcut;
import fr.hen.platform.MessageBundleContributor;
import fr.hen.platform.NavigationContributor;
import fr.hen.platform.NavigationEntry;
import fr.hen.platform.Role;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What the referral part adds to the platform: "Demandes" for the hospital's clinical roles, "Demandes reçues" and a
 * home card for a partner's coordinator, its message bundle and its audit resource types.
 */
@Component
class ReferralContributions implements NavigationContributor, MessageBundleContributor, AuditTypeContributor {

  private static final Set<Role> HOSPITAL = Set.of(Role.BED_MANAGER, Role.DISCHARGE_COORDINATOR, Role.PHYSICIAN);
  private static final Set<Role> PARTNER = Set.of(Role.PARTNER_COORDINATOR);

  @Override
  public List<NavigationEntry> navigationEntries() {
    return List.of(
        new NavigationEntry("referrals.nav", "/referrals", 35, HOSPITAL),
        new NavigationEntry("portal.nav", "/partner/referrals", 35, PARTNER));
  }

  @Override
  public List<HomeShortcut> homeShortcuts() {
    return List.of(new HomeShortcut("portal.home.title", "portal.home.text", "/partner/referrals", 5, PARTNER));
  }

  @Override
  public List<String> messageBundles() {
    return List.of("i18n/discharge-referral");
  }

  @Override
  public List<AuditResourceType> auditResourceTypes() {
    return List.of(AuditResourceType.patientData(ReferralService.RESOURCE),
        AuditResourceType.patientData(ReferralService.ATTACHMENT));
  }
}

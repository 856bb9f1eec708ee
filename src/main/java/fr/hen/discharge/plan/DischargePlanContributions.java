package fr.hen.discharge.plan;

import fr.hen.platform.AuditResourceType;
import fr.hen.platform.AuditTypeContributor;
import fr.hen.platform.MessageBundleContributor;
import java.util.List;
import org.springframework.stereotype.Component;

/** What the discharge plan adds to the platform: its message bundle and its audit resource type (patient data). */
@Component
class DischargePlanContributions implements MessageBundleContributor, AuditTypeContributor {

  @Override
  public List<String> messageBundles() {
    return List.of("i18n/discharge-plan");
  }

  @Override
  public List<AuditResourceType> auditResourceTypes() {
    return List.of(AuditResourceType.patientData(PlanService.RESOURCE));
  }
}

package fr.hen.platform.audit;

import fr.hen.platform.AuditResourceType;
import fr.hen.platform.AuditTypeContributor;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The audit resource types the modules declare ({@link AuditTypeContributor}), for the audit filter: the
 * administration ones, by name; every other type, declared or not, is about patient data.
 */
@Component
class AuditTypes {

  private final List<String> administration;

  AuditTypes(List<AuditTypeContributor> contributors) {
    Map<String, AuditResourceType> byName = new TreeMap<>();
    for (AuditResourceType type : contributors.stream().flatMap(c -> c.auditResourceTypes().stream()).toList()) {
      AuditResourceType other = byName.putIfAbsent(type.name(), type);
      if (other != null && other.administration() != type.administration()) {
        throw new IllegalStateException("Audit resource type " + type.name()
            + " is declared both as administration and as patient data");
      }
    }
    this.administration = byName.values().stream().filter(AuditResourceType::administration)
        .map(AuditResourceType::name).toList();
  }

  /** The types of administration entries, in alphabetical order. */
  List<String> administration() {
    return administration;
  }
}

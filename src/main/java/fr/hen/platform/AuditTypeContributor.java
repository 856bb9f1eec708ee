package fr.hen.platform;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/** The resource types a module writes to the {@link AuditLog}, for the audit page's filter. */
@NamedInterface("spi")
@FunctionalInterface
public interface AuditTypeContributor {

  List<AuditResourceType> auditResourceTypes();
}

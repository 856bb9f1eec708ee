package fr.hen.platform;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the platform needs to know about organisations (implemented by the network module): names for display
 * and the list to choose from when creating a user.
 */
public interface OrganisationNames {

  record OrganisationRef(long id, String code, String name, String type) {}

  Optional<OrganisationRef> find(long id);

  List<OrganisationRef> all();

  /** The organisations of these ids (for the rows of one page), by id; unknown ids are absent. */
  Map<Long, OrganisationRef> byIds(Collection<Long> ids);
}

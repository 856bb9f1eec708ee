package fr.hen.platform;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the platform needs to know about organisations (implemented by the network module): names for display
 * and the organisation of a user account, looked up by code or searched as the administrator types.
 */
public interface OrganisationNames {

  record OrganisationRef(long id, String code, String name, String type, String city) {}

  Optional<OrganisationRef> find(long id);

  /** The active organisation of this code (codes are upper-case), or empty. */
  Optional<OrganisationRef> findActiveByCode(String code);

  /** Active organisations whose code, name or city contains the text (case-insensitive), by name, at most limit. */
  List<OrganisationRef> search(String text, int limit);

  /** The organisations of these ids (for the rows of one page), by id; unknown ids are absent. */
  Map<Long, OrganisationRef> byIds(Collection<Long> ids);
}

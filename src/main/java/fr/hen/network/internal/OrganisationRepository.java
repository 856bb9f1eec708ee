package fr.hen.network.internal;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** Loads and saves whole organisation aggregates (writes); reads for display go through {@link OrganisationRows}. */
public interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {

  Optional<Organisation> findByCode(String code);

  boolean existsByCode(String code);
}

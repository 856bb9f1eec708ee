package fr.hen.network.internal;

import fr.hen.network.OrganisationProfile;
import fr.hen.platform.ConflictException;
import fr.hen.platform.NotFoundException;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Component;

/** Loads organisation aggregates by code and saves them, turning a taken code into a conflict. */
@Component
public class OrganisationStore {

  private final OrganisationRepository repository;
  private final OrganisationRows rows;
  private final Clock clock;

  OrganisationStore(OrganisationRepository repository, OrganisationRows rows, Clock clock) {
    this.repository = repository;
    this.rows = rows;
    this.clock = clock;
  }

  public Organisation load(String code) {
    return repository.findByCode(code).orElseThrow(() -> new NotFoundException("Organisation", code));
  }

  public void requireFreeCode(String code) {
    if (repository.existsByCode(code)) {
      throw duplicate(code);
    }
  }

  /** The organisation as the directory shows it, as saved (before a change is applied to the aggregate). */
  public OrganisationProfile profile(Organisation organisation) {
    return rows.byId(organisation.id()).orElseThrow();
  }

  /** Saves the aggregate and reads it back as the directory shows it. */
  public OrganisationProfile save(Organisation organisation) {
    try {
      Organisation saved = repository.save(organisation);
      return rows.byId(saved.id()).orElseThrow();
    } catch (DbActionExecutionException e) {
      if (e.getCause() instanceof DuplicateKeyException) {
        throw duplicate(organisation.code());
      }
      throw e;
    }
  }

  public LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  private static ConflictException duplicate(String code) {
    return new ConflictException("duplicate-code", "An organisation with code '" + code + "' already exists");
  }
}

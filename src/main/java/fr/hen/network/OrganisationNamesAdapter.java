package fr.hen.network;

import fr.hen.platform.OrganisationNames;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Gives the platform the names of organisations (for users and the home page). */
@Component
class OrganisationNamesAdapter implements OrganisationNames {

  private final JdbcClient jdbc;

  OrganisationNamesAdapter(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<OrganisationRef> find(long id) {
    return jdbc.sql("SELECT id, code, name, type FROM organisation WHERE id = :id")
        .param("id", id).query(OrganisationRef.class).optional();
  }

  @Override
  public List<OrganisationRef> all() {
    return jdbc.sql("SELECT id, code, name, type FROM organisation WHERE active ORDER BY name")
        .query(OrganisationRef.class).list();
  }
}

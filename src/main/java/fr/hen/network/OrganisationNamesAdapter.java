package fr.hen.network;

import fr.hen.platform.OrganisationNames;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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
    return jdbc.sql("SELECT id, code, name, type, city FROM organisation WHERE id = :id")
        .param("id", id).query(OrganisationRef.class).optional();
  }

  @Override
  public Map<Long, OrganisationRef> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return jdbc.sql("SELECT id, code, name, type, city FROM organisation WHERE id IN (:ids)")
        .param("ids", List.copyOf(ids)).query(OrganisationRef.class).list().stream()
        .collect(Collectors.toMap(OrganisationRef::id, Function.identity()));
  }

  @Override
  public Optional<OrganisationRef> findActiveByCode(String code) {
    return jdbc.sql("SELECT id, code, name, type, city FROM organisation WHERE code = :code AND active")
        .param("code", code).query(OrganisationRef.class).optional();
  }

  @Override
  public List<OrganisationRef> search(String text, int limit) {
    String like = "%" + (text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT)) + "%";
    return jdbc.sql("""
            SELECT id, code, name, type, city FROM organisation
            WHERE active AND (LOWER(code) LIKE :q OR LOWER(name) LIKE :q OR LOWER(city) LIKE :q)
            ORDER BY name, code LIMIT :limit""")
        .param("q", like).param("limit", limit).query(OrganisationRef.class).list();
  }
}

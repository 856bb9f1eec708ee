package fr.hen.stays.stay;

import fr.hen.platform.PatientIdentifiers;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** MRNs of the hospital's patients for the audit log (see {@link PatientIdentifiers}), always within one hospital. */
@Component
class PatientIdentifierLookup implements PatientIdentifiers {

  private final JdbcClient jdbc;

  PatientIdentifierLookup(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Long> idOf(long organisationId, String mrn) {
    return jdbc.sql("SELECT id FROM patient WHERE organisation_id = :org AND mrn = :mrn")
        .param("org", organisationId).param("mrn", mrn).query(Long.class).optional();
  }

  @Override
  public Map<Long, String> mrns(long organisationId, Collection<Long> patientIds) {
    return jdbc.sql("SELECT id, mrn FROM patient WHERE organisation_id = :org AND id IN (:ids)")
        .param("org", organisationId).param("ids", patientIds)
        .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}

package fr.hen.stays.capacity;

import fr.hen.stays.StayFacts;
import fr.hen.stays.UnitBeds;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link UnitBeds}: one grouped query over units, rooms and beds. */
@Service
@PreAuthorize("hasAuthority('" + StayFacts.READ_RIGHT + "')")
class UnitBedsReader implements UnitBeds {

  private final JdbcClient jdbc;

  UnitBedsReader(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public List<UnitCapacity> ofOrganisation(long organisationId) {
    return jdbc.sql("""
            SELECT u.id, u.code, u.name, COUNT(b.id) AS beds,
                   SUM(CASE WHEN b.status = 'BLOCKED' THEN 1 ELSE 0 END) AS blocked
            FROM unit u LEFT JOIN room r ON r.unit_id = u.id LEFT JOIN bed b ON b.room_id = r.id
            WHERE u.organisation_id = :org
            GROUP BY u.id, u.code, u.name ORDER BY u.code""")
        .param("org", organisationId)
        .query((rs, n) -> new UnitCapacity(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
            rs.getInt("beds"), rs.getInt("blocked")))
        .list();
  }
}

package fr.hen.stays.stay;

import fr.hen.platform.Actor;
import fr.hen.platform.AuditLog;
import fr.hen.platform.Periods;
import fr.hen.platform.OrganisationNames;
import fr.hen.platform.OrganisationNames.OrganisationRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stays file of PRODUCT.md §4 (CSV, one stay a line) for the stays of the actor's hospital discharged in a
 * period: patient data leaving the application, so every export is audited as {@code EXPORT} naming its patients,
 * whether a person or a system actor (right {@code stays:export}) asks for it. The patient is its internal id, never
 * a name or an MRN.
 */
@Service
class StayExport {

  /** The right of a system actor (a nightly submission to the network) to export stays. */
  static final String EXPORT_RIGHT = "stays:export";

  static final String HEADER = "stay_id,patient_id,birth_date,sex,establishment,unit,admitted_at,discharged_at,"
      + "admission_source,discharge_destination,planned,medically_ready_at";

  static final int MAX_DAYS = 366;

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private record Line(long patientId, String csv) {}

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final OrganisationNames organisations;

  StayExport(JdbcClient jdbc, AuditLog audit, OrganisationNames organisations) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.organisations = organisations;
  }

  @Transactional // writes its audit entry
  @PreAuthorize("hasRole('QUALITY_MANAGER') or hasAuthority('" + EXPORT_RIGHT + "')")
  public String csv(Actor actor, LocalDate from, LocalDate to) {
    Periods.requireValid(from, to, MAX_DAYS);
    long org = actor.organisationId();
    String establishment = organisations.find(org).map(OrganisationRef::code).orElse(String.valueOf(org));
    List<Line> lines = jdbc.sql("""
            SELECT s.id, s.patient_id, p.birth_date, p.sex, u.code AS unit, s.admitted_at, s.discharged_at,
                   s.admission_source, s.discharge_destination, s.planned, s.medically_ready_at
            FROM stay s JOIN patient p ON p.id = s.patient_id AND p.organisation_id = :org
                        JOIN unit u ON u.id = s.unit_id AND u.organisation_id = :org
            WHERE s.organisation_id = :org AND s.voided = FALSE AND s.status = 'DISCHARGED'
              AND s.discharged_at >= :from AND s.discharged_at < :to
            ORDER BY s.discharged_at, s.id""")
        .param("org", org).param("from", from.atStartOfDay()).param("to", to.plusDays(1).atStartOfDay())
        .query((rs, n) -> line(rs, establishment)).list();
    audit.recordExport(actor, "StayExport", lines.stream().map(Line::patientId).distinct().toList(),
        "stays discharged " + from + " to " + to + "; " + lines.size() + " stays");
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    lines.forEach(l -> out.append(l.csv()).append('\n'));
    return out.toString();
  }


  private static Line line(ResultSet rs, String establishment) throws SQLException {
    List<String> fields = new ArrayList<>();
    fields.add(String.valueOf(rs.getLong("id")));
    fields.add(String.valueOf(rs.getLong("patient_id")));
    fields.add(rs.getDate("birth_date").toLocalDate().toString());
    fields.add(rs.getString("sex"));
    fields.add(establishment);
    fields.add(rs.getString("unit"));
    fields.add(time(rs.getTimestamp("admitted_at")));
    fields.add(time(rs.getTimestamp("discharged_at")));
    fields.add(rs.getString("admission_source"));
    fields.add(rs.getString("discharge_destination"));
    fields.add(String.valueOf(rs.getBoolean("planned")));
    fields.add(time(rs.getTimestamp("medically_ready_at")));
    return new Line(rs.getLong("patient_id"), String.join(",", fields.stream().map(StayExport::quoted).toList()));
  }

  private static String time(Timestamp t) {
    return t == null ? "" : t.toLocalDateTime().format(MINUTES);
  }

  /** A field as CSV writes it: quoted when it holds a comma, a quote or a line break (codes and dates never do). */
  static String quoted(String field) {
    return field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")
        ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
  }
}

package fr.hen.stays.planned;

import fr.hen.platform.Actor;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the board and the wall screen show of the queue: planned admissions still without a bed, by day and unit
 * wished, without identity (a count, a sex and an age). The caller is the board, which checks its readers.
 */
@Component
public class QueueSummary {

  /** A planned admission waiting for a bed, as a wall may show it. */
  public record Waiting(long id, LocalDate plannedDate, String unitCode, String specialism, String sex, int age,
      int nights) {}

  private final JdbcClient jdbc;

  QueueSummary(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The actor's hospital's planned admissions from {@code from} to {@code to} with no bed reserved. */
  public List<Waiting> withoutBed(Actor actor, LocalDate from, LocalDate to, String unitCode) {
    return jdbc.sql("""
            SELECT pa.id, pa.planned_date, u.code AS unit_code, pa.specialism, pa.sex, pa.age, pa.birth_date, pa.nights
            FROM planned_admission pa LEFT JOIN unit u ON u.id = pa.unit_id
            WHERE pa.organisation_id = :org AND pa.status = 'PLANNED' AND pa.reserved_bed_id IS NULL
              AND pa.planned_date BETWEEN :from AND :to
              AND (CAST(:unit AS VARCHAR(20)) IS NULL OR u.code = :unit)
            ORDER BY pa.planned_date, u.code, pa.id""")
        .param("org", actor.organisationId()).param("from", from).param("to", to)
        .param("unit", unitCode == null || unitCode.isBlank() ? null : unitCode)
        .query((rs, n) -> {
          LocalDate date = rs.getObject("planned_date", LocalDate.class);
          return new Waiting(rs.getLong("id"), date, rs.getString("unit_code"), rs.getString("specialism"),
              rs.getString("sex"), PlanRules.ageOn(date, rs.getObject("age", Integer.class),
                  rs.getObject("birth_date", LocalDate.class)), rs.getInt("nights"));
        }).list();
  }
}

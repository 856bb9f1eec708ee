package fr.hen.discharge.worklist;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The worklist's reads of this module's tables, scoped to the organisation in SQL: the in-hospital plans, and the
 * referrals of their stays grouped per stay (one query each, whatever the number of patients).
 */
@Component
class WorklistQueries {

  /** What the worklist reads of a plan row. */
  record PlanRow(LocalDate expectedDischargeDate, LocalDateTime medicallyReadyAt, String needs,
      String destinationType) {}

  private final JdbcClient jdbc;

  WorklistQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Map<Long, PlanRow> plans(long organisationId) {
    Map<Long, PlanRow> plans = new HashMap<>();
    jdbc.sql("""
            SELECT stay_id, expected_discharge_date, medically_ready_at, needs, destination_type
            FROM discharge_plan WHERE organisation_id = :org AND status = 'IN_HOSPITAL'""")
        .param("org", organisationId)
        .query(rs -> {
          plans.put(rs.getLong("stay_id"), new PlanRow(rs.getObject("expected_discharge_date", LocalDate.class),
              rs.getObject("medically_ready_at", LocalDateTime.class), rs.getString("needs"),
              rs.getString("destination_type")));
        });
    return plans;
  }

  Map<Long, StayFacts.Referrals> referrals(long organisationId) {
    Map<Long, StayFacts.Referrals> referrals = new HashMap<>();
    jdbc.sql("""
            SELECT r.stay_id,
                   SUM(CASE WHEN r.status IN ('SENT', 'VIEWED') THEN 1 ELSE 0 END) AS awaiting,
                   MIN(CASE WHEN r.status IN ('SENT', 'VIEWED') THEN r.sent_at END) AS oldest_awaiting,
                   COUNT(DISTINCT CASE WHEN r.refused_at IS NOT NULL THEN r.partner_id END) AS refusals,
                   SUM(CASE WHEN r.status = 'ACCEPTED' THEN 1 ELSE 0 END) AS accepted,
                   SUM(CASE WHEN r.status = 'INFO_REQUESTED' THEN 1 ELSE 0 END) AS info_requested,
                   SUM(CASE WHEN r.status IN ('CONFIRMED', 'TRANSFERRED') THEN 1 ELSE 0 END) AS confirmed,
                   SUM(CASE WHEN r.partner_type = 'DAC' AND r.status IN ('DRAFT', 'SENT', 'VIEWED', 'ACCEPTED',
                       'INFO_REQUESTED', 'CONFIRMED') THEN 1 ELSE 0 END) AS dac_open
            FROM referral r JOIN discharge_plan p ON p.stay_id = r.stay_id
            WHERE r.organisation_id = :org AND p.organisation_id = :org AND p.status = 'IN_HOSPITAL'
            GROUP BY r.stay_id""")
        .param("org", organisationId)
        .query(rs -> {
          referrals.put(rs.getLong("stay_id"), new StayFacts.Referrals(rs.getInt("awaiting"),
              rs.getObject("oldest_awaiting", LocalDateTime.class), rs.getInt("refusals"), rs.getInt("accepted"),
              rs.getInt("info_requested"), rs.getInt("confirmed") > 0, rs.getInt("dac_open") > 0));
        });
    return referrals;
  }
}

package fr.hen.discharge.figures;

import fr.hen.discharge.RefusalReason;
import fr.hen.discharge.figures.FiguresCalculator.PlanRow;
import fr.hen.discharge.figures.FiguresCalculator.ReferralRow;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows the figures are computed from, read from the discharge module's own tables only, scoped in SQL to one
 * hospital ({@code organisationId}) or, when it is null, to the whole network. Ids and dates only: no patient.
 */
@Repository
class FiguresQueries {

  private final JdbcClient jdbc;

  FiguresQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Plans (not voided) that may count in the period: admitted before the end of its last midnight, and still in
   * hospital or discharged on or after its first day.
   */
  List<PlanRow> plans(Long organisationId, LocalDate from, LocalDate to) {
    return jdbc.sql("""
            SELECT admitted_at, discharged_at, medically_ready_at FROM discharge_plan
            WHERE status <> 'VOIDED' AND admitted_at <= :lastMidnight
              AND (discharged_at IS NULL OR discharged_at >= :start)""" + scope(organisationId))
        .param("lastMidnight", Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
        .param("start", Timestamp.valueOf(from.atStartOfDay()))
        .params(scopeParams(organisationId))
        .query((rs, i) -> new PlanRow(time(rs.getTimestamp(1)), time(rs.getTimestamp(2)),
            time(rs.getTimestamp(3))))
        .list();
  }

  /** Referrals sent in the period (by sent date, {@code from..to} inclusive). */
  List<ReferralRow> referralsSent(Long organisationId, LocalDate from, LocalDate to) {
    return jdbc.sql("""
            SELECT partner_id, partner_code, partner_type, sent_at, answered_at, accepted_at, refused_at,
                   refusal_reason
            FROM referral WHERE sent_at >= :start AND sent_at < :end""" + scope(organisationId))
        .param("start", Timestamp.valueOf(from.atStartOfDay()))
        .param("end", Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
        .params(scopeParams(organisationId))
        .query((rs, i) -> new ReferralRow(rs.getLong(1), rs.getString(2), rs.getString(3),
            time(rs.getTimestamp(4)), time(rs.getTimestamp(5)), time(rs.getTimestamp(6)), time(rs.getTimestamp(7)),
            rs.getString(8) == null ? null : RefusalReason.valueOf(rs.getString(8))))
        .list();
  }

  /** Requests sent to each partner in {@code from..to} (dates inclusive), by partner id. */
  Map<Long, Integer> requestsPerPartner(Long organisationId, LocalDate from, LocalDate to) {
    Map<Long, Integer> counts = new HashMap<>();
    jdbc.sql("SELECT partner_id, COUNT(*) FROM referral WHERE sent_at >= :start AND sent_at < :end"
            + scope(organisationId) + " GROUP BY partner_id")
        .param("start", Timestamp.valueOf(from.atStartOfDay()))
        .param("end", Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
        .params(scopeParams(organisationId))
        .query((rs, i) -> counts.put(rs.getLong(1), rs.getInt(2))).list();
    return counts;
  }

  /** The care needs (capability codes) of the referral files sent in {@code from..to}: what the hospital asked for. */
  Set<String> neededCapabilities(Long organisationId, LocalDate from, LocalDate to) {
    Set<String> needs = new TreeSet<>();
    jdbc.sql("""
            SELECT DISTINCT f.needs FROM referral_file f
            WHERE EXISTS (SELECT 1 FROM referral r WHERE r.file_id = f.id AND r.sent_at >= :start
              AND r.sent_at < :end)""" + scope(organisationId).replace("organisation_id", "f.organisation_id"))
        .param("start", Timestamp.valueOf(from.atStartOfDay()))
        .param("end", Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
        .params(scopeParams(organisationId))
        .query(String.class).list()
        .forEach(codes -> Arrays.stream(codes.split(",")).map(String::trim).filter(c -> !c.isEmpty())
            .forEach(needs::add));
    return needs;
  }

  private static String scope(Long organisationId) {
    return organisationId == null ? "" : " AND organisation_id = :organisationId";
  }

  private static Map<String, Object> scopeParams(Long organisationId) {
    return organisationId == null ? Map.of() : Map.of("organisationId", organisationId);
  }

  private static LocalDateTime time(Timestamp t) {
    return t == null ? null : t.toLocalDateTime();
  }

}

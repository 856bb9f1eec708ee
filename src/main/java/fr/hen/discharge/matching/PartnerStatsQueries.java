package fr.hen.discharge.matching;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every partner's past referrals in one grouped query over the network's referrals (PostgreSQL and H2 alike): no
 * patient is read, only counts and a median per partner.
 */
@Component
class PartnerStatsQueries {

  private final JdbcClient jdbc;

  PartnerStatsQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Statistics of every partner sent a referral over the last {@value MatchRules#STATS_DAYS} days, by partner id. */
  Map<Long, PartnerStats> all(LocalDateTime now) {
    Map<Long, PartnerStats> stats = new HashMap<>();
    jdbc.sql("""
            SELECT partner_id,
                   SUM(CASE WHEN sent_at >= :recent THEN 1 ELSE 0 END) AS recent,
                   COUNT(answered_at) AS answered,
                   COUNT(CASE WHEN answered_at IS NOT NULL THEN accepted_at END) AS accepted,
                   PERCENTILE_CONT(0.5) WITHIN GROUP (
                       ORDER BY EXTRACT(EPOCH FROM answered_at) - EXTRACT(EPOCH FROM sent_at)) AS median_seconds
            FROM referral
            WHERE sent_at >= :since
            GROUP BY partner_id""")
        .param("recent", now.minusDays(MatchRules.RECENT_DAYS))
        .param("since", now.minusDays(MatchRules.STATS_DAYS))
        .query(rs -> {
          Number median = (Number) rs.getObject("median_seconds");
          stats.put(rs.getLong("partner_id"), new PartnerStats(rs.getInt("recent"), rs.getInt("answered"),
              rs.getInt("accepted"), median == null ? null : median.doubleValue() / 3600));
        });
    return stats;
  }
}
